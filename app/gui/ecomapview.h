#pragma once

#include <QWidget>

namespace hearth {

class CaseSession;

// The ecomap drawn live beside the network editor (Ecomap::paint), redrawn on every edit.
class EcomapView : public QWidget
{
    Q_OBJECT

public:
    explicit EcomapView(CaseSession &session, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CaseSession &m_session;
};

} // namespace hearth
