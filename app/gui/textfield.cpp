#include "textfield.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace hearth {

TextField::TextField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_quiet)
            emit edited(toPlainText());
    });
}

QString TextField::text() const
{
    QString text = toPlainText();
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

void TextField::setTextQuietly(const QString &text)
{
    if (toPlainText() == text)
        return;
    m_quiet = true;
    setPlainText(text);
    m_quiet = false;
}

void TextField::setVisibleLines(int lines)
{
    m_visibleLines = qMax(1, lines);
    updateGeometry();
}

QSize TextField::sizeHint() const
{
    const int height = fontMetrics().lineSpacing() * m_visibleLines
        + 2 * (frameWidth() + int(document()->documentMargin())) + 4;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize TextField::minimumSizeHint() const
{
    const int height = fontMetrics().lineSpacing() * qMin(m_visibleLines, 2)
        + 2 * (frameWidth() + int(document()->documentMargin())) + 4;
    return {fontMetrics().averageCharWidth() * 20, height};
}

void TextField::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace hearth
