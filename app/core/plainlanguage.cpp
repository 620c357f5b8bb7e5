#include "plainlanguage.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

// Outside the namespace, as Q_INIT_RESOURCE requires. The glossary is linked into the static
// hearth_core as an object library; this keeps it reachable whatever the final program links.
static void initCoreResources()
{
    Q_INIT_RESOURCE(hearth_core_resources);
}

namespace hearth {

namespace {

const auto kGlossaryPath = u":/hearth/plain-language/glossary.tsv"_s;

// A run of letters or digits; an apostrophe between letters stays inside ("don't", "carer's").
// A hyphen splits words, so "NHS-funded" is checked as "NHS" and "funded".
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text.at(i)))
                ++i;
            else if (isApostrophe(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1)))
                ++i;
            else
                break;
        }
        tokens.append({start, i - start});
    }
    return tokens;
}

// For comparing with the glossary: lower case, one kind of apostrophe.
QString folded(QStringView word)
{
    QString result = word.toString().toLower();
    result.replace(u'\u2019', u'\'');
    return result;
}

// The person's own words, inside "...", “...”, '...' or ‘...’ (DESIGN 2.5: their words quoted
// as theirs), are never checked. A quotation mark left open at the end of a paragraph is taken
// as a stray mark, not a quote, so one typo does not hide the rest of the text.
QList<bool> quotedMask(const QString &text)
{
    enum class Open { None, Straight, Curly, StraightSingle, CurlySingle };
    const qsizetype n = text.size();
    QList<bool> mask(n, false);
    Open open = Open::None;
    qsizetype openedAt = -1;

    const auto close = [&](qsizetype at) {
        for (qsizetype p = openedAt; p <= at; ++p)
            mask[p] = true;
        open = Open::None;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            open = Open::None;
            continue;
        }
        const bool afterSpace = i == 0 || text.at(i - 1).isSpace()
            || QStringView(u"([{\u2014\u2013-").contains(text.at(i - 1));
        const bool beforeSpace = i + 1 >= n || text.at(i + 1).isSpace();
        const bool beforeWordChar = i + 1 < n && isWordChar(text.at(i + 1));
        switch (open) {
        case Open::None:
            openedAt = i;
            if (c == u'"')
                open = Open::Straight;
            else if (c == u'\u201c')
                open = Open::Curly;
            else if (c == u'\'' && afterSpace && !beforeSpace)
                open = Open::StraightSingle;
            else if (c == u'\u2018')
                open = Open::CurlySingle;
            break;
        case Open::Straight:
            if (c == u'"')
                close(i);
            break;
        case Open::Curly:
            if (c == u'\u201d')
                close(i);
            break;
        case Open::StraightSingle:
            // Not an apostrophe: "don't" has a letter after it.
            if (c == u'\'' && !afterSpace && !beforeWordChar)
                close(i);
            break;
        case Open::CurlySingle:
            if (c == u'\u2019' && !beforeWordChar)
                close(i);
            break;
        }
    }
    return mask;
}

// Words are what lie between spaces; "short-term" is one word, a lone dash is none.
int countWords(const QString &text, qsizetype from, qsizetype to, const QList<bool> &quoted)
{
    int count = 0;
    bool inWord = false;
    bool counted = false;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            inWord = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber() && !quoted.at(i)) {
            ++count;
            counted = true;
        }
    }
    return count;
}

// Everyday words that the syllable count would call long. Kept short on purpose: easy read
// prefers short words (DESIGN 2.8), so only words most readers meet every day belong here.
bool isEverydayLongWord(const QString &lower)
{
    static const QSet<QString> words = {
        u"anybody"_s,
        u"everybody"_s,
        u"everyday"_s,
        u"everything"_s,
        u"comfortable"_s,
        u"information"_s,
        u"television"_s,
        u"understanding"_s,
        u"vegetables"_s,
    };
    return words.contains(lower) || (lower.endsWith(u's') && words.contains(lower.chopped(1)));
}

// Capitals that are everyday words in their own right.
bool isEverydayInitials(const QString &word)
{
    return word == u"OK"_s || word == u"TV"_s;
}

// Two or more capitals, and at least as many capitals as small letters: "NHS", "GPs", "DoLS",
// but not "McDonald". "I" and a single capital are words, not initials.
bool looksLikeInitials(QStringView word)
{
    int upper = 0;
    int lower = 0;
    for (const QChar c : word) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return upper >= 2 && upper >= lower && !isEverydayInitials(word.toString());
}

struct GlossaryIndex
{
    QList<PlainLanguageTerm> entries;
    struct Candidate
    {
        QStringList words; // folded
        qsizetype entry = -1; // index into entries
        // Initials match only when written in capitals: "SALT" the therapist, not "salt".
        bool initials = false;
    };
    // First word (folded) -> candidates, longest first.
    QHash<QString, QList<Candidate>> byFirstWord;
};

const GlossaryIndex &glossaryIndex()
{
    static const GlossaryIndex index = [] {
        initCoreResources();
        GlossaryIndex result;
        QFile file(kGlossaryPath);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("PlainLanguage: cannot open the glossary %s: %s",
                qUtf8Printable(kGlossaryPath), qUtf8Printable(file.errorString()));
            return result;
        }
        const QString content = QString::fromUtf8(file.readAll());
        QSet<QString> seen;
        for (const QString &rawLine : content.split(u'\n')) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            const QString term = tab < 0 ? QString() : line.left(tab).trimmed();
            const QString plain = tab < 0 ? QString() : line.mid(tab + 1).trimmed();
            if (term.isEmpty() || plain.isEmpty()) {
                qWarning("PlainLanguage: glossary line without a term and a plain alternative: %s",
                    qUtf8Printable(line));
                continue;
            }
            QStringList words;
            for (const Token &token : tokenize(term))
                words.append(folded(QStringView(term).mid(token.start, token.length)));
            const QString key = words.join(u' ');
            if (words.isEmpty() || seen.contains(key)) {
                qWarning(
                    "PlainLanguage: glossary term repeated or empty: %s", qUtf8Printable(term));
                continue;
            }
            seen.insert(key);
            result.byFirstWord[words.first()].append(
                {words, result.entries.size(), words.size() == 1 && looksLikeInitials(term)});
            result.entries.append({term, plain});
        }
        for (auto &candidates : result.byFirstWord)
            std::stable_sort(candidates.begin(), candidates.end(),
                [](const auto &a, const auto &b) { return a.words.size() > b.words.size(); });
        return result;
    }();
    return index;
}

// Between two words of a phrase only spaces or one hyphen: "self funder" is "self-funder",
// but "care, package" is not "care package".
bool joinsPhrase(QStringView gap)
{
    if (gap.isEmpty())
        return false;
    if (gap.size() == 1 && isHyphen(gap.front()))
        return true;
    return std::all_of(
        gap.begin(), gap.end(), [](QChar c) { return c.isSpace() && !isLineBreak(c); });
}

// The last word may be a plural or possessive of the glossary's word: "GPs", "GP's", "outcomes".
bool matchesLastWord(const QString &word, const QString &term)
{
    return word == term || word == term + u's' || word == term + u"'s"_s;
}

struct GlossaryMatch
{
    qsizetype words = 0; // tokens covered
    qsizetype entry = -1;
};

GlossaryMatch longestMatch(const QString &text, const QList<Token> &tokens,
    const QList<QString> &foldedTokens, qsizetype at)
{
    const GlossaryIndex &index = glossaryIndex();
    QString first = foldedTokens.at(at);
    auto candidates = index.byFirstWord.constFind(first);
    // A one-word term with a plural or possessive ending: look it up without the ending.
    if (candidates == index.byFirstWord.constEnd()) {
        for (const QString &ending : {u"'s"_s, u"s"_s}) {
            if (first.size() > ending.size() + 1 && first.endsWith(ending)) {
                candidates = index.byFirstWord.constFind(first.chopped(ending.size()));
                if (candidates != index.byFirstWord.constEnd())
                    break;
            }
        }
    }
    if (candidates == index.byFirstWord.constEnd())
        return {};
    for (const auto &[words, entry, initials] : *candidates) {
        if (at + words.size() > tokens.size())
            continue;
        if (initials
            && !looksLikeInitials(QStringView(text).mid(tokens.at(at).start, tokens.at(at).length)))
            continue;
        bool matches = true;
        for (qsizetype w = 0; w < words.size() && matches; ++w) {
            const qsizetype t = at + w;
            if (w > 0) {
                const qsizetype gapStart = tokens.at(t - 1).end();
                matches
                    = joinsPhrase(QStringView(text).mid(gapStart, tokens.at(t).start - gapStart));
            }
            if (!matches)
                break;
            matches = w + 1 == words.size() ? matchesLastWord(foldedTokens.at(t), words.at(w))
                                            : foldedTokens.at(t) == words.at(w);
        }
        if (matches)
            return {words.size(), entry};
    }
    return {};
}

bool isVowel(const QString &word, qsizetype i)
{
    const QChar c = word.at(i);
    if (c == u'y')
        return i > 0; // "you", "yes": a consonant at the start
    return QStringView(u"aeiou").contains(c);
}

// Where a long sentence splits naturally (DESIGN 2.8: one idea per sentence). A break marked
// by punctuation or a turn ("but", "which") is a surer place than a bare "and", which as often
// joins two things in a list ("your shopping and your medication").
struct Connector
{
    QString text;
    int rank = 0; // 0 is surest
    bool needsSubject = false; // the second part must open with someone or something
};

struct SplitPoint
{
    const Connector *connector = nullptr;
    qsizetype at = -1; // index in the text
};

// Words that open a clause with its own subject: "and your son helps you" can stand alone as
// "Your son helps you", but "and checks on you" cannot.
bool opensWithSubject(const QString &text, qsizetype from, qsizetype end)
{
    static const QSet<QString> subjects = {u"you"_s, u"your"_s, u"he"_s, u"she"_s, u"they"_s,
        u"we"_s, u"it"_s, u"i"_s, u"his"_s, u"her"_s, u"their"_s, u"our"_s, u"my"_s, u"the"_s,
        u"this"_s, u"that"_s, u"there"_s, u"these"_s, u"those"_s, u"someone"_s};
    while (from < end && !isWordChar(text.at(from)))
        ++from;
    qsizetype to = from;
    while (to < end && (isWordChar(text.at(to)) || isApostrophe(text.at(to))))
        ++to;
    const QString word = folded(QStringView(text).mid(from, to - from));
    const qsizetype apostrophe = word.indexOf(u'\'');
    // A capital mid-sentence is a name: "and Sarah helps you".
    return subjects.contains(apostrophe < 0 ? word : word.left(apostrophe))
        || (from < end && text.at(from).isUpper());
}

// The sentence as two: "You need help with washing. Your son helps you on Sundays."
QString splitSuggestion(
    const QString &text, qsizetype start, qsizetype end, const QList<bool> &quoted)
{
    static const QList<Connector> connectors = {
        {u"; "_s, 0, false},
        {u", which "_s, 0, false},
        {u", but "_s, 0, false},
        {u", and "_s, 0, true},
        {u", so "_s, 0, true},
        {u" but "_s, 1, false},
        {u" because "_s, 1, true},
        {u" and "_s, 2, true},
        {u" so "_s, 2, true},
    };
    const QString sentence = text.mid(start, end - start);
    SplitPoint best;
    int bestImbalance = 0;
    for (const Connector &connector : connectors) {
        qsizetype from = 0;
        while (true) {
            const qsizetype found = sentence.indexOf(connector.text, from, Qt::CaseInsensitive);
            if (found < 0)
                break;
            from = found + 1;
            const qsizetype at = start + found;
            const qsizetype rest = at + connector.text.size();
            if (quoted.at(at + 1))
                continue;
            // Already taken as ", and" or ", but".
            if (connector.text.front() == u' ' && at > start && text.at(at - 1) == u',')
                continue;
            const int before = countWords(text, start, at, quoted);
            const int after = countWords(text, rest, end, quoted);
            // A part of one or two words is not a sentence of its own.
            if (before < 3 || after < 3)
                continue;
            if (connector.needsSubject && !opensWithSubject(text, rest, end))
                continue;
            const int imbalance = std::abs(before - after);
            if (!best.connector || connector.rank < best.connector->rank
                || (connector.rank == best.connector->rank && imbalance < bestImbalance)) {
                best = {&connector, at};
                bestImbalance = imbalance;
            }
        }
    }
    if (!best.connector)
        return {};

    const qsizetype rest = best.at + best.connector->text.size();
    QString first = text.mid(start, best.at - start).trimmed();
    while (!first.isEmpty() && QStringView(u",;:").contains(first.back()))
        first.chop(1);
    QString second = text.mid(rest, end - rest).trimmed();
    // The word as written, so its case carries over: "but" -> "But".
    const QString word = text.mid(best.at, rest - best.at).remove(u',').remove(u';').trimmed();
    const QString connector = best.connector->text;
    if (connector.contains(u"which"_s))
        //: Replaces "which" when a long sentence is split in two: "..., which costs £5" ->
        //: "... . This costs £5".
        second = PlainLanguage::tr("This") + u' ' + second;
    else if (connector.contains(u"because"_s))
        //: Replaces "because" when a long sentence is split in two: "... because she works" ->
        //: "... . This is because she works".
        second = PlainLanguage::tr("This is") + u' ' + word + u' ' + second;
    else if (connector.contains(u"but"_s) || connector.contains(u"so"_s))
        second = word + u' ' + second;
    if (!second.isEmpty())
        second[0] = second.at(0).toUpper();
    return first + u". "_s + second;
}

} // namespace

const QList<PlainLanguageTerm> &PlainLanguage::glossary()
{
    return glossaryIndex().entries;
}

int PlainLanguage::syllables(const QString &word)
{
    // Letters only, without accents ("café" -> "cafe"), lower case.
    QString w;
    bool lastAccented = false; // "café": the final e is sounded
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter()) {
            w.append(c.toLower());
            lastAccented = false;
        } else if (c.isMark() && !w.isEmpty()) {
            lastAccented = true;
        }
    }
    if (w.endsWith(u"'s"_s))
        w.chop(2);
    const qsizetype n = w.size();
    if (n == 0)
        return 0;
    if (n <= 3)
        return 1;

    int count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isVowel(w, i))
            continue;
        if (i == 0 || !isVowel(w, i - 1)) {
            ++count;
            continue;
        }
        // "ia" and "io" are two syllables ("ra-di-o", "ap-pro-pri-ate") except after c, g, s, t
        // or x, where they make one ("so-cial", "sta-tion", "re-gion").
        const QChar prev = w.at(i - 1);
        if (prev == u'i' && (w.at(i) == u'a' || w.at(i) == u'o') && i >= 2
            && !QStringView(u"cgstx").contains(w.at(i - 2)))
            ++count;
    }

    const auto consonantAt = [&](qsizetype i) { return i >= 0 && !isVowel(w, i); };
    if (count > 1) {
        if (w.endsWith(u'e')) {
            // A silent final e ("home", "make"), but not in "table", "people" or "café".
            const bool consonantLe = w.endsWith(u"le"_s) && consonantAt(n - 3);
            if (consonantAt(n - 2) && !consonantLe && !lastAccented)
                --count;
        } else if (w.endsWith(u"ed"_s) && consonantAt(n - 3)) {
            // "helped", "moved"; but "wanted", "needed" keep the syllable.
            if (w.at(n - 3) != u't' && w.at(n - 3) != u'd')
                --count;
        } else if (w.endsWith(u"es"_s) && consonantAt(n - 3)) {
            // "homes", "makes"; but "boxes", "changes", "watches", "tables" keep it.
            const bool sibilant = QStringView(u"sxzcg").contains(w.at(n - 3))
                || w.endsWith(u"ches"_s) || w.endsWith(u"shes"_s);
            const bool consonantLes = w.endsWith(u"les"_s) && consonantAt(n - 4);
            if (!sibilant && !consonantLes)
                --count;
        }
    }
    return std::max(count, 1);
}

QList<std::pair<qsizetype, QString>> PlainLanguage::sentences(const QString &text)
{
    // Abbreviations whose full stop never ends a sentence.
    static const QSet<QString> neverEnds
        = {u"e.g."_s, u"eg."_s, u"i.e."_s, u"ie."_s, u"mr."_s, u"mrs."_s, u"ms."_s, u"mx."_s,
            u"dr."_s, u"st."_s, u"prof."_s, u"rev."_s, u"approx."_s, u"tel."_s};
    // Abbreviations that end a sentence only when a capital follows: "at 9 a.m. Then ...".
    static const QSet<QString> endsBeforeCapital = {u"a.m."_s, u"p.m."_s, u"etc."_s};

    QList<std::pair<qsizetype, QString>> result;
    const qsizetype n = text.size();
    qsizetype segmentStart = 0;

    const auto flush = [&](qsizetype end) {
        qsizetype s = segmentStart;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        const QStringView piece = QStringView(text).mid(s, e - s);
        if (std::any_of(piece.begin(), piece.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            result.append({s, piece.toString()});
        segmentStart = end;
    };

    const auto isTerminator
        = [](QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026'; };
    const auto isClosing = [](QChar c) { return QStringView(u"\"')]\u201d\u2019").contains(c); };

    // Whether the full stop at `dot` belongs to an abbreviation or an initial ("J. Smith").
    const auto isAbbreviation = [&](qsizetype dot, qsizetype next) {
        qsizetype b = dot;
        while (b > 0 && (text.at(b - 1).isLetter() || text.at(b - 1) == u'.'))
            --b;
        const QString word = text.mid(b, dot + 1 - b).toLower();
        if (neverEnds.contains(word))
            return true;
        if (dot - b == 1 && text.at(b).isUpper() && text.at(b) != u'I')
            return true;
        if (endsBeforeCapital.contains(word)) {
            while (next < n && text.at(next).isSpace())
                ++next;
            return next < n && !text.at(next).isUpper();
        }
        return false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            flush(i);
            segmentStart = i + 1;
            continue;
        }
        if (!isTerminator(c))
            continue;
        qsizetype j = i;
        while (j < n && isTerminator(text.at(j)))
            ++j;
        qsizetype k = j;
        while (k < n && isClosing(text.at(k)))
            ++k;
        // "3.5" and "e.g" have no space after the stop.
        const bool ends = k == n || text.at(k).isSpace();
        if (ends && !(c == u'.' && j == i + 1 && isAbbreviation(i, k))) {
            flush(k);
            i = k - 1;
        } else {
            i = j - 1;
        }
    }
    flush(n);
    return result;
}

int PlainLanguage::wordCount(const QString &sentence)
{
    return countWords(sentence, 0, sentence.size(), quotedMask(sentence));
}

QList<PlainLanguageProblem> PlainLanguage::check(const QString &text)
{
    QList<PlainLanguageProblem> problems;
    const QList<bool> quoted = quotedMask(text);
    const auto sentenceList = sentences(text);

    const auto problem = [&](PlainLanguageProblem::Kind kind, qsizetype start, qsizetype length,
                             const QString &message, const QString &suggestion) {
        problems.append({kind, start, length, text.mid(start, length), message, suggestion});
    };

    // Long sentences (DESIGN 2.8: one idea per sentence, 15 words or fewer).
    for (const auto &[start, sentence] : sentenceList) {
        const qsizetype end = start + sentence.size();
        const int words = countWords(text, start, end, quoted);
        if (words <= kMaxWordsPerSentence)
            continue;
        problem(PlainLanguageProblem::Kind::LongSentence, start, sentence.size(),
            tr("This sentence has %1 words. Easy read keeps to %2 or fewer: split it into two.")
                .arg(words)
                .arg(kMaxWordsPerSentence),
            splitSuggestion(text, start, end, quoted));
    }

    // Whether a word opens its sentence; a capital elsewhere is a name, which stays as it is.
    const auto opensSentence = [&](qsizetype at) {
        auto it = std::upper_bound(sentenceList.cbegin(), sentenceList.cend(), at,
            [](qsizetype pos, const auto &s) { return pos < s.first; });
        if (it == sentenceList.cbegin())
            return true;
        const qsizetype from = std::prev(it)->first;
        const QStringView before = QStringView(text).mid(from, at - from);
        return std::none_of(
            before.begin(), before.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };

    const QList<Token> tokens = tokenize(text);
    QList<QString> foldedTokens;
    foldedTokens.reserve(tokens.size());
    for (const Token &token : tokens)
        foldedTokens.append(folded(QStringView(text).mid(token.start, token.length)));

    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (quoted.at(token.start))
            continue;
        const QString word = text.mid(token.start, token.length);

        // Jargon: everyday words (DESIGN 2.8); the longest phrase in the glossary wins.
        const GlossaryMatch match = longestMatch(text, tokens, foldedTokens, t);
        const qsizetype last = t + match.words - 1;
        if (match.entry >= 0 && !quoted.at(tokens.at(last).end() - 1)) {
            const qsizetype end = tokens.at(last).end();
            const QString phrase = text.mid(token.start, end - token.start);
            const QString message = match.words == 1 && looksLikeInitials(word)
                ? tr("\u201c%1\u201d is initials. Easy read uses no initials: use everyday "
                     "words instead.")
                      .arg(phrase)
                : tr("\u201c%1\u201d is a word services use. Easy read uses everyday words "
                     "instead.")
                      .arg(phrase);
            problem(PlainLanguageProblem::Kind::Jargon, token.start, end - token.start, message,
                glossary().at(match.entry).plain);
            t = last;
            continue;
        }

        // No initials (DESIGN 2.8).
        if (looksLikeInitials(word)) {
            problem(PlainLanguageProblem::Kind::Initials, token.start, token.length,
                tr("\u201c%1\u201d is initials. Easy read uses no initials: write the words out "
                   "in full.")
                    .arg(word),
                {});
            continue;
        }

        // Short everyday words (DESIGN 2.8). Names of people and places stay as they are.
        if (syllables(word) >= kLongWordSyllables && !isEverydayLongWord(foldedTokens.at(t))
            && (!word.front().isUpper() || opensSentence(token.start))) {
            problem(PlainLanguageProblem::Kind::LongWord, token.start, token.length,
                tr("\u201c%1\u201d is a long word. Easy read uses short everyday words: try a "
                   "shorter one.")
                    .arg(word),
                {});
        }
    }

    std::stable_sort(problems.begin(), problems.end(), [](const auto &a, const auto &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return problems;
}

} // namespace hearth
