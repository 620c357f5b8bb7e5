#pragma once

#include <QWidget>

namespace hearth {

class CaseSession;

// The ecomap drawn live beside the network editor (Ecomap::paint), redrawn on every edit. It
// takes focus so a screen reader can reach it; its description lists the network in words.
class EcomapView : public QWidget
{
    Q_OBJECT

public:
    explicit EcomapView(CaseSession &session, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    CaseSession &m_session;
};

} // namespace hearth
