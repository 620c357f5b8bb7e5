#include "spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextStream>

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <optional>

namespace hearth {

namespace {

const QChar typographicApostrophe(0x2019);

// Debian's hunspell-en-gb, where the dictionaries of every Debian-based laptop live.
QStringList dictionaryFolders()
{
    QStringList folders;
    const QString override = qEnvironmentVariable("HEARTH_HUNSPELL_DIR");
    if (!override.isEmpty())
        folders << override;
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell");
    return folders;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Inside a word, not at its ends: don’t, Margaret's, day-to-day.
bool isJoiner(QChar c)
{
    return c == QLatin1Char('\'') || c == typographicApostrophe || c == QLatin1Char('-');
}

bool isAddress(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive))
        return true;
    const qsizetype at = chunk.indexOf(QLatin1Char('@'));
    return at > 0 && chunk.indexOf(QLatin1Char('.'), at) > at + 1;
}

bool hasDigit(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// NHS, GP, DNACPR: initials are not spelt, and a practitioner's notes are full of them.
bool isInitials(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

} // namespace

struct SpellChecker::Private
{
    bool loaded = false;
    std::unique_ptr<Hunspell> hunspell;
    QByteArray encoding;
    QSet<QString> ignored;

    void ensureLoaded();
    void addWord(const QString &word);
    std::optional<std::string> encode(const QString &text) const;
    QString decode(const std::string &text) const;
    bool spell(const QString &word) const;
};

void SpellChecker::Private::ensureLoaded()
{
    if (loaded)
        return;
    loaded = true;
    for (const QString &folder : dictionaryFolders()) {
        const QDir dir(folder);
        const QString aff = dir.filePath(QStringLiteral("en_GB.aff"));
        const QString dic = dir.filePath(QStringLiteral("en_GB.dic"));
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        hunspell = std::make_unique<Hunspell>(
            QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        encoding = QByteArray::fromStdString(hunspell->get_dict_encoding()).trimmed();
        if (encoding.isEmpty() || !QStringEncoder(encoding.constData()).isValid())
            encoding = QByteArrayLiteral("UTF-8");
        break;
    }
    if (!hunspell)
        return;

    QFile words(QStringLiteral(":/hearth/spelling/hearth-words.txt"));
    if (words.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&words);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                addWord(line);
        }
    }
}

void SpellChecker::Private::addWord(const QString &word)
{
    if (const auto encoded = encode(word))
        hunspell->add(*encoded);
}

// Hunspell works in the dictionary's own encoding (UTF-8 for en_GB, but not for every one).
std::optional<std::string> SpellChecker::Private::encode(const QString &text) const
{
    if (encoding == "UTF-8")
        return text.toStdString();
    QStringEncoder encoder(encoding.constData());
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return std::nullopt;
    return bytes.toStdString();
}

QString SpellChecker::Private::decode(const std::string &text) const
{
    if (encoding == "UTF-8")
        return QString::fromStdString(text);
    QStringDecoder decoder(encoding.constData());
    return decoder.decode(QByteArray::fromStdString(text));
}

bool SpellChecker::Private::spell(const QString &word) const
{
    const auto encoded = encode(word);
    // A letter the dictionary cannot even write is not one it can judge.
    return !encoded || hunspell->spell(*encoded);
}

SpellChecker::SpellChecker()
    : d(std::make_unique<Private>())
{
}

SpellChecker::~SpellChecker() = default;

SpellChecker &SpellChecker::instance()
{
    static SpellChecker checker;
    return checker;
}

bool SpellChecker::isAvailable() const
{
    d->ensureLoaded();
    return d->hunspell != nullptr;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    QString w = word;
    w.replace(typographicApostrophe, QLatin1Char('\''));
    while (!w.isEmpty() && isJoiner(w.front()))
        w.remove(0, 1);
    while (!w.isEmpty() && isJoiner(w.back()))
        w.chop(1);
    if (w.isEmpty() || hasDigit(w) || isInitials(w) || isAddress(w))
        return true;
    if (!isAvailable())
        return true;
    if (d->ignored.contains(w) || d->ignored.contains(w.toLower()))
        return true;
    if (d->spell(w))
        return true;
    // self-assessment, day-to-day: right when every part is, whether or not the dictionary
    // lists the compound.
    if (w.contains(QLatin1Char('-'))) {
        const QStringList parts = w.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        return std::all_of(
            parts.cbegin(), parts.cend(), [this](const QString &part) { return isCorrect(part); });
    }
    // Possessives of words the dictionary knows only plain: the ecomap's lines, Okafor's.
    if (w.endsWith(QLatin1String("'s"), Qt::CaseInsensitive) && w.size() > 2)
        return d->spell(w.chopped(2)) || d->ignored.contains(w.chopped(2));
    return false;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    if (!isAvailable() || max <= 0)
        return {};
    const bool typographic = word.contains(typographicApostrophe);
    QString w = word;
    w.replace(typographicApostrophe, QLatin1Char('\''));
    const auto encoded = d->encode(w);
    if (!encoded)
        return {};
    QStringList result;
    for (const std::string &suggestion : d->hunspell->suggest(*encoded)) {
        QString s = d->decode(suggestion);
        // Keep the apostrophe the person types.
        if (typographic)
            s.replace(QLatin1Char('\''), typographicApostrophe);
        if (!result.contains(s))
            result << s;
        if (result.size() >= max)
            break;
    }
    return result;
}

QList<SpellChecker::Span> SpellChecker::misspellings(const QString &text) const
{
    QList<Span> spans;
    if (!isAvailable())
        return spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype chunkEnd = i;
        while (chunkEnd < n && !text.at(chunkEnd).isSpace())
            ++chunkEnd;
        if (isAddress(QStringView(text).mid(i, chunkEnd - i))) {
            i = chunkEnd;
            continue;
        }
        qsizetype j = i;
        while (j < chunkEnd) {
            if (!text.at(j).isLetterOrNumber()) {
                ++j;
                continue;
            }
            qsizetype k = j + 1;
            while (k < chunkEnd) {
                if (isWordChar(text.at(k))
                    || (isJoiner(text.at(k)) && k + 1 < chunkEnd && isWordChar(text.at(k + 1))))
                    ++k;
                else
                    break;
            }
            if (!isCorrect(text.mid(j, k - j)))
                spans.append({j, k - j});
            j = k;
        }
        i = chunkEnd;
    }
    return spans;
}

void SpellChecker::ignoreWord(const QString &word)
{
    QString w = word;
    w.replace(typographicApostrophe, QLatin1Char('\''));
    d->ignored.insert(w);
}

} // namespace hearth
