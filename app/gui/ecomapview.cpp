#include "ecomapview.h"

#include "casesession.h"
#include "documents/ecomap.h"

#include <QAccessible>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace hearth {

EcomapView::EcomapView(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Ecomap"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&m_session, &CaseSession::changed, this, &EcomapView::refresh);
    connect(&m_session, &CaseSession::opened, this, &EcomapView::refresh);
    refresh();
}

QSize EcomapView::sizeHint() const
{
    // Tall enough for thirty members with two-line labels at the body font size.
    return {760, fontMetrics().height() * 34};
}

QSize EcomapView::minimumSizeHint() const
{
    return {320, fontMetrics().height() * 20};
}

void EcomapView::refresh()
{
    const QString description = Ecomap::describe(m_session.person(), m_session.network());
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void EcomapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    Ecomap::paint(painter, rect(), m_session.person(), m_session.network());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace hearth
