#pragma once

#include <QWidget>

namespace hearth {

class CaseSession;

// The wellbeing wheel drawn live beside the nine areas (WellbeingWheel::paint).
class WellbeingWheelView : public QWidget
{
    Q_OBJECT

public:
    explicit WellbeingWheelView(CaseSession &session, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CaseSession &m_session;
};

} // namespace hearth
