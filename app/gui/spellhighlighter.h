#pragma once

#include <QSyntaxHighlighter>

namespace hearth {

// Underlines the misspelt words of a TextField in red (SpellChecker), paragraph by paragraph
// as the person types.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;

    // Every field checks its text again: a word was ignored, so it is no longer underlined
    // anywhere.
    static void recheckAll();

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace hearth
