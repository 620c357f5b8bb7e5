#include "ecomapview.h"

#include "casesession.h"
#include "documents/ecomap.h"

#include <QPainter>

namespace hearth {

EcomapView::EcomapView(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Ecomap"));
    connect(&m_session, &CaseSession::changed, this, qOverload<>(&QWidget::update));
    connect(&m_session, &CaseSession::opened, this, qOverload<>(&QWidget::update));
}

QSize EcomapView::sizeHint() const
{
    return {420, 420};
}

void EcomapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Ecomap::paint(painter, rect(), m_session.person(), m_session.network());
}

} // namespace hearth
