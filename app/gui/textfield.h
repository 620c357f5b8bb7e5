#pragma once

#include <QPlainTextEdit>

class QMenu;

namespace hearth {

class SpellHighlighter;

// Free text in the assessment: a few lines high, grows no further than it must, Tab moves on
// (the keyboard path matters more than tab characters in a note), undo and redo inside the
// field, and en-GB spelling underlined with suggestions on right-click (SpellChecker).
class TextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextField(QWidget *parent = nullptr);

    // The text without the trailing whitespace a person leaves while typing.
    QString text() const;
    // Replaces the text without signalling an edit and without an undo step.
    void setTextQuietly(const QString &text);
    // How many lines tall the field is at rest.
    void setVisibleLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The context menu for a point in the viewport: on a misspelt word, up to six
    // suggestions and "Ignore this word" above the standard actions. The caller owns it.
    QMenu *createSpellingMenu(const QPoint &pos);

signals:
    // The person typed, pasted, undid or chose a spelling suggestion.
    void edited(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replaceWord(int position, const QString &word, const QString &replacement);

    SpellHighlighter *m_spelling = nullptr;
    int m_visibleLines = 3;
    bool m_quiet = false;
    QString m_lastText;
};

} // namespace hearth
