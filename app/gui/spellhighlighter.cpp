#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QList>

namespace hearth {

namespace {

QList<SpellHighlighter *> &highlighters()
{
    static QList<SpellHighlighter *> all;
    return all;
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    highlighters().append(this);
}

SpellHighlighter::~SpellHighlighter()
{
    highlighters().removeOne(this);
}

void SpellHighlighter::recheckAll()
{
    for (SpellHighlighter *highlighter : std::as_const(highlighters()))
        highlighter->rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    const auto spans = SpellChecker::instance().misspellings(text);
    for (const SpellChecker::Span &span : spans)
        setFormat(int(span.start), int(span.length), misspelt);
}

} // namespace hearth
