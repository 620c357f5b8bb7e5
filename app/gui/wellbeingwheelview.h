#pragma once

#include <QWidget>

namespace hearth {

class CaseSession;

// The wellbeing wheel drawn live beside the nine areas (WellbeingWheel::paint). It takes focus
// so a screen reader can reach it; its description gives every area's state in words.
class WellbeingWheelView : public QWidget
{
    Q_OBJECT

public:
    explicit WellbeingWheelView(CaseSession &session, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    CaseSession &m_session;
};

} // namespace hearth
