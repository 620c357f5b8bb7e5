#include "wellbeingwheelview.h"

#include "casesession.h"
#include "documents/wellbeingwheel.h"

#include <QAccessible>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace hearth {

WellbeingWheelView::WellbeingWheelView(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Wellbeing wheel"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&m_session, &CaseSession::changed, this, &WellbeingWheelView::refresh);
    connect(&m_session, &CaseSession::opened, this, &WellbeingWheelView::refresh);
    refresh();
}

QSize WellbeingWheelView::sizeHint() const
{
    return {760, fontMetrics().height() * 30};
}

QSize WellbeingWheelView::minimumSizeHint() const
{
    return {320, fontMetrics().height() * 20};
}

void WellbeingWheelView::refresh()
{
    const QString description = WellbeingWheel::describe(m_session.assessment());
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void WellbeingWheelView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    WellbeingWheel::paint(painter, rect(), m_session.assessment());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace hearth
