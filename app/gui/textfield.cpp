#include "textfield.h"

#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTextBlock>

namespace hearth {

TextField::TextField(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(new SpellHighlighter(document()))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Only a change of the words is an edit: QSyntaxHighlighter::rehighlight() signals
    // textChanged too, and an underline is not something to save.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        QString text = toPlainText();
        if (m_quiet || text == m_lastText)
            return;
        m_lastText = std::move(text);
        emit edited(m_lastText);
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
    m_lastText = toPlainText();
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

QMenu *TextField::createSpellingMenu(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu(pos);
    if (isReadOnly())
        return menu;

    const QTextCursor at = cursorForPosition(pos);
    const QTextBlock block = at.block();
    const int offset = at.positionInBlock();
    const QString text = block.text();
    SpellChecker &checker = SpellChecker::instance();
    const auto spans = checker.misspellings(text);
    // A caret just after the word still means that word (the Menu key after typing it).
    const auto span = std::find_if(spans.cbegin(), spans.cend(),
        [offset](const auto &s) { return offset >= s.start && offset <= s.start + s.length; });
    if (span == spans.cend())
        return menu;

    const int position = block.position() + int(span->start);
    const QString word = text.mid(span->start, span->length);
    QAction *standardFirst = menu->actions().value(0);
    const QStringList suggestions = checker.suggestions(word, 6);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        connect(action, &QAction::triggered, this,
            [this, position, word, suggestion] { replaceWord(position, word, suggestion); });
        menu->insertAction(standardFirst, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(standardFirst, none);
    }
    auto *ignore = new QAction(tr("Ignore this word"), menu);
    ignore->setObjectName(QStringLiteral("ignoreWordAction"));
    connect(ignore, &QAction::triggered, this, [word] {
        SpellChecker::instance().ignoreWord(word);
        SpellHighlighter::recheckAll();
    });
    menu->insertAction(standardFirst, ignore);
    menu->insertSeparator(standardFirst);
    return menu;
}

void TextField::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (Menu key, Shift+F10) the menu belongs to the caret, not the mouse.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QPoint pos = keyboard ? cursorRect().center() : event->pos();
    QMenu *menu = createSpellingMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(keyboard ? viewport()->mapToGlobal(pos) : event->globalPos());
}

void TextField::keyPressEvent(QKeyEvent *event)
{
    // Shift+F10 is the context menu key of Windows, GNOME and KDE alike, but Qt on Linux
    // makes a context menu event of the Menu key alone.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        const QPoint pos = viewport()->mapTo(this, cursorRect().center());
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, pos, mapToGlobal(pos));
        contextMenuEvent(&menuEvent);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// One undo step, and an edit like any other (autosave hears of it through edited()).
void TextField::replaceWord(int position, const QString &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + int(word.size()), QTextCursor::KeepAnchor);
    // The text changed while the menu was open: the word is no longer where it was.
    if (cursor.selectedText() != word)
        return;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace hearth
