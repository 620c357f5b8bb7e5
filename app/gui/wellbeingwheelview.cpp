#include "wellbeingwheelview.h"

#include "casesession.h"
#include "documents/wellbeingwheel.h"

#include <QPainter>

namespace hearth {

WellbeingWheelView::WellbeingWheelView(CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Wellbeing wheel"));
    connect(&m_session, &CaseSession::changed, this, qOverload<>(&QWidget::update));
    connect(&m_session, &CaseSession::opened, this, qOverload<>(&QWidget::update));
}

QSize WellbeingWheelView::sizeHint() const
{
    return {420, 420};
}

void WellbeingWheelView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    WellbeingWheel::paint(painter, rect(), m_session.assessment());
}

} // namespace hearth
