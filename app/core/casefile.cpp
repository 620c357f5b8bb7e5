#include "casefile.h"

#include "nhsnumber.h"
#include "statutory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

// Messages name their context, "hearth::CaseFile", wherever they are written in this file
// (inside a helper class too), so that lupdate and the lookup agree on it.

// The largest integer a JSON number holds exactly in every reader (2^53 - 1).
constexpr qint64 kMaxSafeInteger = 9007199254740991LL;

const QString kFormatName = u"hearth-case"_s;

// Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1. Checked on
// the raw bytes because QJsonDocument silently replaces bad sequences with U+FFFD.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char next = p[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (next < lo || next > hi)
                return i;
        }
        i += length;
    }
    return -1;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("hearth::CaseFile", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("hearth::CaseFile", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("hearth::CaseFile", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("hearth::CaseFile", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("hearth::CaseFile", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("hearth::CaseFile", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("hearth::CaseFile", "nothing");
}

QString member(const QString &path, const char *key)
{
    const QString name = QLatin1String(key);
    return path.isEmpty() ? name : path + u'.' + name;
}

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Characters as JSON Schema's maxLength counts them: Unicode code points.
qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isHighSurrogate())
            --count;
    }
    return count;
}

bool isIsoDate(const QString &text, QDate &date)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return false;
    date = QDate::fromString(text, Qt::ISODate);
    return date.isValid();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The first problem found, with its JSON path, and the ids seen so far in the case.
class Reader
{
public:
    bool fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? message : path + u": "_s + message;
        return false;
    }

    bool registerId(const QUuid &id, const QString &path)
    {
        const auto it = m_ids.constFind(id);
        if (it != m_ids.constEnd()) {
            return fail(path,
                QCoreApplication::translate(
                    "hearth::CaseFile", "duplicate id %1 (already used at %2)")
                    .arg(uuidText(id), it.value()));
        }
        m_ids.insert(id, path);
        return true;
    }

    const QString &error() const { return m_error; }

private:
    QString m_error;
    QHash<QUuid, QString> m_ids;
};

enum class Req { Optional, Required };

// One JSON object being read, with its path for messages.
class Obj
{
public:
    Obj(Reader &reader, const QJsonObject &json, const QString &path)
        : m_reader(reader)
        , m_json(json)
        , m_path(path)
    {
    }

    Reader &reader() const { return m_reader; }
    const QString &path() const { return m_path; }
    QString at(const char *key) const { return member(m_path, key); }
    bool has(const char *key) const { return m_json.contains(QLatin1String(key)); }

    // Strictness: a member this version does not know is refused by name, never dropped.
    bool allow(std::initializer_list<const char *> keys) const
    {
        QStringList unknown;
        for (auto it = m_json.constBegin(); it != m_json.constEnd(); ++it) {
            bool known = false;
            for (const char *key : keys) {
                if (it.key() == QLatin1String(key)) {
                    known = true;
                    break;
                }
            }
            if (!known)
                unknown.append(u'"' + it.key() + u'"');
        }
        if (unknown.isEmpty())
            return true;
        return m_reader.fail(m_path.isEmpty()
                ? QCoreApplication::translate("hearth::CaseFile", "top level")
                : m_path,
            unknown.size() == 1
                ? QCoreApplication::translate("hearth::CaseFile", "unknown member %1")
                      .arg(unknown.constFirst())
                : QCoreApplication::translate("hearth::CaseFile", "unknown members %1")
                      .arg(unknown.join(u", "_s)));
    }

    // The value, or Undefined when absent; fails when required and absent.
    bool value(const char *key, QJsonValue &out, Req need) const
    {
        out = m_json.value(QLatin1String(key));
        if (out.isUndefined() && need == Req::Required)
            return m_reader.fail(at(key),
                QCoreApplication::translate("hearth::CaseFile", "required member is missing"));
        return true;
    }

    bool expect(const char *key, const QJsonValue &value, QJsonValue::Type type,
        const QString &expected) const
    {
        if (value.type() == type)
            return true;
        return m_reader.fail(at(key),
            QCoreApplication::translate("hearth::CaseFile", "expected %1 but found %2")
                .arg(expected, typeName(value)));
    }

    bool text(const char *key, QString &out, Req need = Req::Optional) const
    {
        QJsonValue v;
        if (!value(key, v, need))
            return false;
        if (v.isUndefined())
            return true;
        return checkText(at(key), v, out);
    }

    bool checkText(const QString &path, const QJsonValue &v, QString &out) const
    {
        if (!v.isString())
            return m_reader.fail(path,
                QCoreApplication::translate("hearth::CaseFile", "expected text but found %1")
                    .arg(typeName(v)));
        out = v.toString();
        if (out.size() > CaseFile::kMaxTextChars) {
            const qsizetype chars = codePoints(out);
            if (chars > CaseFile::kMaxTextChars) {
                return m_reader.fail({},
                    QCoreApplication::translate(
                        "hearth::CaseFile", "field %1 is %2 characters; the limit is %3")
                        .arg(path)
                        .arg(chars)
                        .arg(CaseFile::kMaxTextChars));
            }
        }
        // A \ud800 escape without its pair cannot be written back as UTF-8.
        if (!out.isValidUtf16())
            return m_reader.fail(path,
                QCoreApplication::translate(
                    "hearth::CaseFile", "text contains an unpaired UTF-16 surrogate"));
        return true;
    }

    bool flag(const char *key, bool &out) const
    {
        QJsonValue v;
        if (!value(key, v, Req::Optional))
            return false;
        if (v.isUndefined())
            return true;
        if (!expect(key, v, QJsonValue::Bool,
                QCoreApplication::translate("hearth::CaseFile", "true or false")))
            return false;
        out = v.toBool();
        return true;
    }

    bool wholeNumber(
        const char *key, const QJsonValue &v, qint64 min, qint64 max, qint64 &out) const
    {
        if (!expect(key, v, QJsonValue::Double,
                QCoreApplication::translate("hearth::CaseFile", "a whole number")))
            return false;
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > double(kMaxSafeInteger))
            return m_reader.fail(at(key),
                QCoreApplication::translate(
                    "hearth::CaseFile", "expected a whole number but found %1")
                    .arg(d));
        const qint64 n = v.toInteger(qint64(d));
        if (n < min || n > max) {
            return m_reader.fail(at(key),
                QCoreApplication::translate("hearth::CaseFile", "%1 is out of range (%2 to %3)")
                    .arg(n)
                    .arg(min)
                    .arg(max));
        }
        out = n;
        return true;
    }

    bool integer(const char *key, int &out, int min, int max, Req need = Req::Optional) const
    {
        QJsonValue v;
        if (!value(key, v, need))
            return false;
        if (v.isUndefined())
            return true;
        qint64 n = 0;
        if (!wholeNumber(key, v, min, max, n))
            return false;
        out = int(n);
        return true;
    }

    bool version(int &out) const { return integer("version", out, 1, 1000000, Req::Required); }

    bool pence(const char *key, Pence &out) const
    {
        QJsonValue v;
        if (!value(key, v, Req::Optional))
            return false;
        if (v.isUndefined())
            return true;
        return wholeNumber(key, v, 0, kMaxSafeInteger, out);
    }

    bool pence(const char *key, std::optional<Pence> &out) const
    {
        if (!has(key))
            return true;
        Pence amount = 0;
        if (!pence(key, amount))
            return false;
        out = amount;
        return true;
    }

    bool date(const char *key, QDate &out) const
    {
        QString s;
        if (!text(key, s))
            return false;
        if (!has(key))
            return true;
        if (!isIsoDate(s, out)) {
            return m_reader.fail(at(key),
                QCoreApplication::translate(
                    "hearth::CaseFile", "\"%1\" is not a valid date (expected YYYY-MM-DD)")
                    .arg(s));
        }
        return true;
    }

    // null: a date is planned but not yet set; absent: none planned.
    bool date(const char *key, std::optional<QDate> &out) const
    {
        if (!has(key))
            return true;
        if (m_json.value(QLatin1String(key)).isNull()) {
            out = QDate();
            return true;
        }
        QDate d;
        if (!date(key, d))
            return false;
        out = d;
        return true;
    }

    bool dateTime(const char *key, QDateTime &out) const
    {
        static const QRegularExpression pattern(
            u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{3})?Z$"_s);
        QString s;
        if (!text(key, s))
            return false;
        if (!has(key))
            return true;
        out = pattern.match(s).hasMatch() ? QDateTime::fromString(s, Qt::ISODateWithMs)
                                          : QDateTime();
        if (!out.isValid()) {
            return m_reader.fail(at(key),
                QCoreApplication::translate("hearth::CaseFile",
                    "\"%1\" is not a valid UTC date and time (expected "
                    "YYYY-MM-DDThh:mm:ssZ)")
                    .arg(s));
        }
        return true;
    }

    bool uuid(const char *key, QUuid &out, Req need) const
    {
        static const QRegularExpression pattern(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
        QString s;
        if (!text(key, s, need))
            return false;
        if (!has(key))
            return true;
        if (!pattern.match(s).hasMatch()) {
            return m_reader.fail(at(key),
                QCoreApplication::translate("hearth::CaseFile",
                    "\"%1\" is not a valid UUID (expected 8-4-4-4-12 hexadecimal digits "
                    "without braces)")
                    .arg(s));
        }
        out = QUuid::fromString(s);
        if (out.isNull())
            return m_reader.fail(at(key),
                QCoreApplication::translate("hearth::CaseFile", "the nil UUID is not an id"));
        return true;
    }

    template<typename E>
    bool code(const char *key, E &out, std::optional<E> (*fromCode)(const QString &),
        const char *what, Req need = Req::Optional) const
    {
        QString s;
        if (!text(key, s, need))
            return false;
        if (!has(key))
            return true;
        return checkCode(at(key), s, out, fromCode, what);
    }

    template<typename E>
    bool checkCode(const QString &path, const QString &s, E &out,
        std::optional<E> (*fromCode)(const QString &), const char *what) const
    {
        const std::optional<E> value = fromCode(s);
        if (!value)
            return m_reader.fail(path,
                QCoreApplication::translate("hearth::CaseFile", "unknown %1 code \"%2\"")
                    .arg(QCoreApplication::translate("hearth::CaseFile", what), s));
        out = *value;
        return true;
    }

    bool array(const char *key, QJsonArray &out) const
    {
        QJsonValue v;
        if (!value(key, v, Req::Optional))
            return false;
        if (v.isUndefined())
            return true;
        if (!expect(key, v, QJsonValue::Array,
                QCoreApplication::translate("hearth::CaseFile", "a list")))
            return false;
        out = v.toArray();
        return true;
    }

    // A list of codes; each code at most once.
    template<typename E>
    bool codes(const char *key, QList<E> &out, std::optional<E> (*fromCode)(const QString &),
        const char *what) const
    {
        QJsonArray items;
        if (!array(key, items))
            return false;
        out.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = element(at(key), i);
            QString s;
            E value {};
            if (!checkText(path, items.at(i), s) || !checkCode(path, s, value, fromCode, what))
                return false;
            if (out.contains(value))
                return m_reader.fail(path,
                    QCoreApplication::translate("hearth::CaseFile", "\"%1\" appears twice").arg(s));
            out.append(value);
        }
        return true;
    }

    bool texts(const char *key, QStringList &out) const
    {
        QJsonArray items;
        if (!array(key, items))
            return false;
        out.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString s;
            if (!checkText(element(at(key), i), items.at(i), s))
                return false;
            out.append(s);
        }
        return true;
    }

    // A nested object; `read` is called with it only when present.
    template<typename F>
    bool object(const char *key, F read, Req need = Req::Optional) const
    {
        QJsonValue v;
        if (!value(key, v, need))
            return false;
        if (v.isUndefined())
            return true;
        if (!expect(key, v, QJsonValue::Object,
                QCoreApplication::translate("hearth::CaseFile", "an object")))
            return false;
        return read(Obj(m_reader, v.toObject(), at(key)));
    }

    template<typename T, typename F>
    bool list(const char *key, QList<T> &out, F read) const
    {
        QJsonArray items;
        if (!array(key, items))
            return false;
        out.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = element(at(key), i);
            const QJsonValue v = items.at(i);
            if (!v.isObject()) {
                return m_reader.fail(path,
                    QCoreApplication::translate(
                        "hearth::CaseFile", "expected an object but found %1")
                        .arg(typeName(v)));
            }
            T item;
            if (!read(Obj(m_reader, v.toObject(), path), item))
                return false;
            out.append(item);
        }
        return true;
    }

private:
    Reader &m_reader;
    QJsonObject m_json;
    QString m_path;
};

// ---- reading, one record type at a time ----

const char *const kAnswer = QT_TRANSLATE_NOOP("hearth::CaseFile", "answer");
const char *const kWellbeingArea = QT_TRANSLATE_NOOP("hearth::CaseFile", "wellbeing area");
const char *const kSpecifiedOutcome = QT_TRANSLATE_NOOP("hearth::CaseFile", "specified outcome");
const char *const kCarerOutcome = QT_TRANSLATE_NOOP("hearth::CaseFile", "carer outcome");
const char *const kMeaning = QT_TRANSLATE_NOOP("hearth::CaseFile", "unable-to-achieve meaning");
const char *const kOutcomeStatus = QT_TRANSLATE_NOOP("hearth::CaseFile", "outcome status");

bool readPerson(const Obj &o, Person &p)
{
    if (!o.allow({"id", "version", "givenNames", "familyName", "preferredName", "dateOfBirth",
            "nhsNumber", "address", "phone", "communication"})) {
        return false;
    }
    if (!o.uuid("id", p.id, Req::Required) || !o.version(p.version)
        || !o.text("givenNames", p.givenNames) || !o.text("familyName", p.familyName)
        || !o.text("preferredName", p.preferredName) || !o.date("dateOfBirth", p.dateOfBirth)
        || !o.text("nhsNumber", p.nhsNumber)) {
        return false;
    }
    if (p.givenNames.trimmed().isEmpty() && p.familyName.trimmed().isEmpty()) {
        return o.reader().fail(o.path(),
            QCoreApplication::translate(
                "hearth::CaseFile", "a person needs a name: givenNames or familyName is required"));
    }
    // DESIGN 2.9: optional, but when given it is ten digits with a valid Modulus 11 check digit.
    if (!p.nhsNumber.isEmpty()) {
        static const QRegularExpression digits(u"^[0-9]{10}$"_s);
        if (!digits.match(p.nhsNumber).hasMatch() || !NhsNumber::isValid(p.nhsNumber)) {
            return o.reader().fail(o.at("nhsNumber"),
                QCoreApplication::translate("hearth::CaseFile",
                    "\"%1\" is not a valid NHS number (ten digits without "
                    "spaces, with a Modulus 11 check digit)")
                    .arg(p.nhsNumber));
        }
    }
    return o.object("address",
               [&](const Obj &a) {
                   return a.allow({"lines", "postcode"}) && a.texts("lines", p.address.lines)
                       && a.text("postcode", p.address.postcode);
               })
        && o.text("phone", p.phone) && o.object("communication", [&](const Obj &c) {
               CommunicationNeeds &n = p.communication;
               return c.allow({"preferredLanguage", "interpreter", "interpreterLanguage",
                          "easyRead", "largePrint", "braille", "notes"})
                   && c.text("preferredLanguage", n.preferredLanguage)
                   && c.flag("interpreter", n.interpreter)
                   && c.text("interpreterLanguage", n.interpreterLanguage)
                   && c.flag("easyRead", n.easyRead) && c.flag("largePrint", n.largePrint)
                   && c.flag("braille", n.braille) && c.text("notes", n.notes);
           });
}

bool readNetworkMember(const Obj &o, NetworkMember &m)
{
    return o.allow({"id", "personId", "version", "name", "kind", "relationship", "helpsWith",
               "willing", "able", "sustainable", "agreedWithThem", "impactOnThem", "providesCare",
               "carerAssessmentOffered", "connectionStrength"})
        && o.uuid("id", m.id, Req::Required) && o.uuid("personId", m.personId, Req::Required)
        && o.version(m.version) && o.text("name", m.name)
        && o.code("kind", m.kind, &networkKindFromCode,
            QT_TRANSLATE_NOOP("hearth::CaseFile", "network kind"))
        && o.text("relationship", m.relationship) && o.text("helpsWith", m.helpsWith)
        && o.code("willing", m.willing, &answerFromCode, kAnswer)
        && o.code("able", m.able, &answerFromCode, kAnswer)
        && o.code("sustainable", m.sustainable, &answerFromCode, kAnswer)
        && o.flag("agreedWithThem", m.agreedWithThem) && o.text("impactOnThem", m.impactOnThem)
        && o.flag("providesCare", m.providesCare)
        && o.code("carerAssessmentOffered", m.carerAssessmentOffered, &answerFromCode, kAnswer)
        && o.integer("connectionStrength", m.connectionStrength, 1, 3);
}

// Eligibility Regulations 2015 reg 3(4): a carer has no "takes significantly longer" meaning.
bool checkCarerMeanings(const Obj &o, const char *key, const QList<UnableMeaning> &meanings)
{
    const QList<UnableMeaning> allowed = carerUnableMeanings();
    for (qsizetype i = 0; i < meanings.size(); ++i) {
        if (!allowed.contains(meanings.at(i))) {
            return o.reader().fail(element(o.at(key), i),
                QCoreApplication::translate(
                    "hearth::CaseFile", "\"%1\" does not apply to a carer (reg 3(4))")
                    .arg(code(meanings.at(i))));
        }
    }
    return true;
}

// Each area or outcome appears at most once in an assessment.
template<typename E>
bool checkUnique(const Obj &o, const char *listKey, const char *itemKey, const QList<E> &values,
    const char *what)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qsizetype first = values.indexOf(values.at(i));
        if (first < i) {
            return o.reader().fail(member(element(o.at(listKey), i), itemKey),
                QCoreApplication::translate(
                    "hearth::CaseFile", "%1 \"%2\" appears twice in this assessment (first at %3)")
                    .arg(QCoreApplication::translate("hearth::CaseFile", what), code(values.at(i)),
                        element(QLatin1String(listKey), first)));
        }
    }
    return true;
}

bool readCarer(const Obj &o, CarerDetails &c)
{
    if (!o.allow({"caredForPersonId", "caredForName", "caringRole", "hoursPerWeek",
            "providesNecessaryCare", "health", "healthEvidence", "outcomes", "whatWouldHelp",
            "ifUnableToCare", "crisisContact"})
        || !o.uuid("caredForPersonId", c.caredForPersonId, Req::Optional)
        || !o.text("caredForName", c.caredForName) || !o.text("caringRole", c.caringRole)
        || !o.integer("hoursPerWeek", c.hoursPerWeek, 0, 168)
        || !o.code("providesNecessaryCare", c.providesNecessaryCare, &answerFromCode, kAnswer)
        || !o.code("health", c.health, &healthRiskFromCode,
            QT_TRANSLATE_NOOP("hearth::CaseFile", "health risk"))
        || !o.text("healthEvidence", c.healthEvidence)) {
        return false;
    }
    if (!o.list("outcomes", c.outcomes, [](const Obj &r, CarerOutcomeRecord &rec) {
            return r.allow({"outcome", "status", "meanings", "badDayMeanings", "evidence"})
                && r.code(
                    "outcome", rec.outcome, &carerOutcomeFromCode, kCarerOutcome, Req::Required)
                && r.code("status", rec.status, &outcomeStatusFromCode, kOutcomeStatus)
                && r.codes("meanings", rec.meanings, &unableMeaningFromCode, kMeaning)
                && checkCarerMeanings(r, "meanings", rec.meanings)
                && r.codes("badDayMeanings", rec.badDayMeanings, &unableMeaningFromCode, kMeaning)
                && checkCarerMeanings(r, "badDayMeanings", rec.badDayMeanings)
                && r.text("evidence", rec.evidence);
        })) {
        return false;
    }
    QList<CarerOutcome> seen;
    for (const CarerOutcomeRecord &rec : std::as_const(c.outcomes))
        seen.append(rec.outcome);
    return checkUnique(o, "outcomes", "outcome", seen, kCarerOutcome)
        && o.text("whatWouldHelp", c.whatWouldHelp) && o.text("ifUnableToCare", c.ifUnableToCare)
        && o.text("crisisContact", c.crisisContact);
}

// Care Act s27: a review. Each outcome reviewed is a specified outcome or a carer's outcome.
bool readReview(const Obj &o, ReviewDetails &x)
{
    if (!o.allow({"reviewedAssessmentId", "reviewedPlanRevision", "whatIsWorking",
            "whatIsNotWorking", "outcomes", "changesInNeeds", "changesInNetwork", "conclusion",
            "budgetBefore", "budgetRationale"})
        || !o.uuid("reviewedAssessmentId", x.reviewedAssessmentId, Req::Required)
        || !o.integer("reviewedPlanRevision", x.reviewedPlanRevision, 1, 1000000)
        || !o.text("whatIsWorking", x.whatIsWorking)
        || !o.text("whatIsNotWorking", x.whatIsNotWorking)) {
        return false;
    }
    if (!o.list("outcomes", x.outcomes, [](const Obj &r, ReviewedOutcome &y) {
            if (!r.allow({"outcome", "progress", "notes"}) || !r.text("outcome", y.outcomeCode)
                || !r.code("progress", y.progress, &outcomeProgressFromCode,
                    QT_TRANSLATE_NOOP("hearth::CaseFile", "outcome progress"))
                || !r.text("notes", y.notes)) {
                return false;
            }
            if (!specifiedOutcomeFromCode(y.outcomeCode) && !carerOutcomeFromCode(y.outcomeCode))
                return r.reader().fail(r.at("outcome"),
                    QCoreApplication::translate("hearth::CaseFile",
                        "\"%1\" is not a specified outcome or a carer's outcome")
                        .arg(y.outcomeCode));
            return true;
        })) {
        return false;
    }
    return o.text("changesInNeeds", x.changesInNeeds)
        && o.text("changesInNetwork", x.changesInNetwork)
        && o.code("conclusion", x.conclusion, &reviewConclusionFromCode,
            QT_TRANSLATE_NOOP("hearth::CaseFile", "review conclusion"))
        && o.pence("budgetBefore", x.budgetBefore) && o.text("budgetRationale", x.budgetRationale);
}

bool readAssessment(const Obj &o, Assessment &a)
{
    Reader &r = o.reader();
    if (!o.allow({"id", "personId", "version", "kind", "status", "startedOn", "practitioner",
            "contributors", "selfAssessment", "jointWithHealth", "consent", "advocacy", "capacity",
            "whatMatters", "strengths", "interests", "wellbeing", "fluctuating", "outcomes",
            "carer", "review", "needs", "risks", "safeguarding", "findings", "decision"})
        || !o.uuid("id", a.id, Req::Required) || !o.uuid("personId", a.personId, Req::Required)
        || !o.version(a.version)
        || !o.code("kind", a.kind, &assessmentKindFromCode,
            QT_TRANSLATE_NOOP("hearth::CaseFile", "assessment kind"))
        || !o.code("status", a.status, &assessmentStatusFromCode,
            QT_TRANSLATE_NOOP("hearth::CaseFile", "assessment status"))
        || !o.date("startedOn", a.startedOn) || !o.text("practitioner", a.practitioner)) {
        return false;
    }
    if (!o.list("contributors", a.contributors,
            [](const Obj &c, Contributor &x) {
                return c.allow({"name", "role", "organisation", "present"})
                    && c.text("name", x.name) && c.text("role", x.role)
                    && c.text("organisation", x.organisation) && c.flag("present", x.present);
            })
        || !o.object("selfAssessment",
            [&](const Obj &s) {
                SupportedSelfAssessment &x = a.selfAssessment;
                return s.allow({"offered", "accepted", "notes"})
                    && s.code("offered", x.offered, &answerFromCode, kAnswer)
                    && s.code("accepted", x.accepted, &answerFromCode, kAnswer)
                    && s.text("notes", x.notes);
            })
        || !o.flag("jointWithHealth", a.jointWithHealth)
        || !o.object("consent",
            [&](const Obj &c) {
                return c.allow({"given", "notes"})
                    && c.code("given", a.consent.given, &answerFromCode, kAnswer)
                    && c.text("notes", a.consent.notes);
            })
        || !o.object("advocacy",
            [&](const Obj &v) {
                AdvocacyCheck &x = a.advocacy;
                return v.allow({"difficultyUnderstanding", "difficultyRetaining",
                           "difficultyUsingOrWeighing", "difficultyCommunicating",
                           "appropriatePersonAvailable", "appropriatePersonName", "referralMade",
                           "advocateName", "notes"})
                    && v.flag("difficultyUnderstanding", x.difficultyUnderstanding)
                    && v.flag("difficultyRetaining", x.difficultyRetaining)
                    && v.flag("difficultyUsingOrWeighing", x.difficultyUsingOrWeighing)
                    && v.flag("difficultyCommunicating", x.difficultyCommunicating)
                    && v.code("appropriatePersonAvailable", x.appropriatePersonAvailable,
                        &answerFromCode, kAnswer)
                    && v.text("appropriatePersonName", x.appropriatePersonName)
                    && v.flag("referralMade", x.referralMade)
                    && v.text("advocateName", x.advocateName) && v.text("notes", x.notes);
            })
        || !o.list("capacity", a.capacity,
            [](const Obj &c, CapacityRecord &x) {
                return c.allow({"decision", "hasCapacity", "assessedOn", "assessedBy", "notes"})
                    && c.text("decision", x.decision)
                    && c.code("hasCapacity", x.hasCapacity, &answerFromCode, kAnswer)
                    && c.date("assessedOn", x.assessedOn) && c.text("assessedBy", x.assessedBy)
                    && c.text("notes", x.notes);
            })
        || !o.object("whatMatters",
            [&](const Obj &w) {
                WhatMatters &x = a.whatMatters;
                return w.allow({"inTheirWords", "identities", "importantTo", "importantFor"})
                    && w.text("inTheirWords", x.inTheirWords) && w.texts("identities", x.identities)
                    && w.text("importantTo", x.importantTo)
                    && w.text("importantFor", x.importantFor);
            })
        || !o.list("strengths", a.strengths,
            [](const Obj &s, Strength &x) {
                return s.allow({"description"}) && s.text("description", x.description);
            })
        || !o.text("interests", a.interests)) {
        return false;
    }

    if (!o.list("wellbeing", a.wellbeing, [](const Obj &w, WellbeingAreaRecord &x) {
            return w.allow({"area", "explored", "personsView", "whatWorks", "concerns",
                       "desiredOutcome", "skippedReason", "importance"})
                && w.code("area", x.area, &wellbeingAreaFromCode, kWellbeingArea, Req::Required)
                && w.flag("explored", x.explored) && w.text("personsView", x.personsView)
                && w.text("whatWorks", x.whatWorks) && w.text("concerns", x.concerns)
                && w.text("desiredOutcome", x.desiredOutcome)
                && w.text("skippedReason", x.skippedReason)
                && w.integer("importance", x.importance, 0, 3);
        })) {
        return false;
    }
    QList<WellbeingArea> areas;
    for (const WellbeingAreaRecord &x : std::as_const(a.wellbeing))
        areas.append(x.area);
    if (!checkUnique(o, "wellbeing", "area", areas, kWellbeingArea))
        return false;

    if (!o.object("fluctuating",
            [&](const Obj &f) {
                return f.allow({"fluctuates", "periodConsidered", "notes"})
                    && f.flag("fluctuates", a.fluctuating.fluctuates)
                    && f.text("periodConsidered", a.fluctuating.periodConsidered)
                    && f.text("notes", a.fluctuating.notes);
            })
        || !o.list("outcomes", a.outcomes, [](const Obj &c, OutcomeRecord &x) {
               return c.allow({"outcome", "status", "meanings", "badDayMeanings", "evidence",
                          "goodDay", "badDay", "affectedAreas", "currentCarerSupport"})
                   && c.code("outcome", x.outcome, &specifiedOutcomeFromCode, kSpecifiedOutcome,
                       Req::Required)
                   && c.code("status", x.status, &outcomeStatusFromCode, kOutcomeStatus)
                   && c.codes("meanings", x.meanings, &unableMeaningFromCode, kMeaning)
                   && c.codes("badDayMeanings", x.badDayMeanings, &unableMeaningFromCode, kMeaning)
                   && c.text("evidence", x.evidence) && c.text("goodDay", x.goodDay)
                   && c.text("badDay", x.badDay)
                   && c.codes(
                       "affectedAreas", x.affectedAreas, &wellbeingAreaFromCode, kWellbeingArea)
                   && c.text("currentCarerSupport", x.currentCarerSupport);
           })) {
        return false;
    }
    QList<SpecifiedOutcome> outcomes;
    for (const OutcomeRecord &x : std::as_const(a.outcomes))
        outcomes.append(x.outcome);
    if (!checkUnique(o, "outcomes", "outcome", outcomes, kSpecifiedOutcome))
        return false;

    if (o.has("carer")) {
        CarerDetails carer;
        if (!o.object("carer", [&](const Obj &c) { return readCarer(c, carer); }))
            return false;
        a.carer = carer;
    }
    if (o.has("review")) {
        ReviewDetails review;
        if (!o.object("review", [&](const Obj &v) { return readReview(v, review); }))
            return false;
        a.review = review;
    }

    if (!o.list("needs", a.needs, [&](const Obj &n, Need &x) {
            if (!n.allow({"id", "description", "outcomes", "wellbeingAreas", "responses", "metBy",
                    "howMet"})
                || !n.uuid("id", x.id, Req::Required) || !r.registerId(x.id, n.at("id"))
                || !n.text("description", x.description)
                || !n.codes("outcomes", x.outcomes, &specifiedOutcomeFromCode, kSpecifiedOutcome)
                || !n.codes(
                    "wellbeingAreas", x.wellbeingAreas, &wellbeingAreaFromCode, kWellbeingArea)
                || !n.list("responses", x.responses, [](const Obj &s, ResponseConsidered &y) {
                       return s.allow({"response", "verdict", "notes"})
                           && s.code("response", y.response, &graduatedResponseFromCode,
                               QT_TRANSLATE_NOOP("hearth::CaseFile", "graduated response"),
                               Req::Required)
                           && s.code("verdict", y.verdict, &responseVerdictFromCode,
                               QT_TRANSLATE_NOOP("hearth::CaseFile", "response verdict"))
                           && s.text("notes", y.notes);
                   })) {
                return false;
            }
            for (qsizetype i = 0; i < x.responses.size(); ++i) {
                for (qsizetype j = 0; j < i; ++j) {
                    if (x.responses.at(j).response == x.responses.at(i).response) {
                        return n.reader().fail(member(element(n.at("responses"), i), "response"),
                            QCoreApplication::translate("hearth::CaseFile",
                                "graduated response \"%1\" appears twice in this need")
                                .arg(code(x.responses.at(i).response)));
                    }
                }
            }
            return n.code("metBy", x.metBy, &needMetByFromCode,
                       QT_TRANSLATE_NOOP("hearth::CaseFile", "met-by"))
                && n.text("howMet", x.howMet);
        })) {
        return false;
    }

    return o.list("risks", a.risks, [&](const Obj &k, Risk &x) {
        return k.allow({"id", "description", "personsView", "management", "positiveRisk"})
            && k.uuid("id", x.id, Req::Required) && r.registerId(x.id, k.at("id"))
            && k.text("description", x.description) && k.text("personsView", x.personsView)
            && k.text("management", x.management) && k.flag("positiveRisk", x.positiveRisk);
    }) && o.object("safeguarding", [&](const Obj &s) {
        Safeguarding &x = a.safeguarding;
        return s.allow({"concern", "details", "handled", "actionTaken"})
            && s.flag("concern", x.concern) && s.text("details", x.details)
            && s.flag("handled", x.handled) && s.text("actionTaken", x.actionTaken);
    }) && o.object("findings", [&](const Obj &f) {
        EligibilityFindings &x = a.findings;
        return f.allow({"arisesFromImpairmentOrIllness", "impairmentOrIllness",
                   "significantImpactOnWellbeing", "impactedAreas", "impactReason"})
            && f.code("arisesFromImpairmentOrIllness", x.arisesFromImpairmentOrIllness,
                &answerFromCode, kAnswer)
            && f.text("impairmentOrIllness", x.impairmentOrIllness)
            && f.code("significantImpactOnWellbeing", x.significantImpactOnWellbeing,
                &answerFromCode, kAnswer)
            && f.codes("impactedAreas", x.impactedAreas, &wellbeingAreaFromCode, kWellbeingArea)
            && f.text("impactReason", x.impactReason);
    }) && o.object("decision", [&](const Obj &d) {
        EligibilityDecision &x = a.decision;
        return d.allow({"recorded", "eligible", "rationale", "decidedBy", "decidedAt",
                   "proposalAtDecision", "departsFromProposal"})
            && d.flag("recorded", x.recorded) && d.flag("eligible", x.eligible)
            && d.text("rationale", x.rationale) && d.text("decidedBy", x.decidedBy)
            && d.dateTime("decidedAt", x.decidedAt)
            && d.flag("proposalAtDecision", x.proposalAtDecision)
            && d.flag("departsFromProposal", x.departsFromProposal);
    });
}

bool readPoints(const Obj &b, std::optional<int> &points)
{
    if (!b.has("indicativePoints"))
        return true;
    int value = 0;
    if (!b.integer("indicativePoints", value, 0, 1000000))
        return false;
    points = value;
    return true;
}

bool readPlan(const Obj &o, Plan &p)
{
    return o.allow({"id", "assessmentId", "version", "outcomesWanted", "informationAndAdvice",
               "adviceForIneligibleNeeds", "howUnmetNeedsWillBeMet", "importantTo", "importantFor",
               "riskManagement", "contingency", "decisionsAndControl", "budget", "reviews",
               "shared", "revision"})
        && o.uuid("id", p.id, Req::Required)
        && o.uuid("assessmentId", p.assessmentId, Req::Required) && o.version(p.version)
        && o.integer("revision", p.revision, 1, 1000000)
        && o.text("outcomesWanted", p.outcomesWanted)
        && o.text("informationAndAdvice", p.informationAndAdvice)
        && o.text("adviceForIneligibleNeeds", p.adviceForIneligibleNeeds)
        && o.text("howUnmetNeedsWillBeMet", p.howUnmetNeedsWillBeMet)
        && o.text("importantTo", p.importantTo) && o.text("importantFor", p.importantFor)
        && o.text("riskManagement", p.riskManagement) && o.text("contingency", p.contingency)
        && o.text("decisionsAndControl", p.decisionsAndControl)
        && o.object("budget",
            [&](const Obj &b) {
                PersonalBudget &x = p.budget;
                if (!b.allow({"indicativeWeekly", "indicativePoints", "rasTableName",
                        "rasTableVersion", "confirmedWeekly", "directPayment"})
                    || !b.pence("indicativeWeekly", x.indicativeWeekly)
                    || !readPoints(b, x.indicativePoints) || !b.text("rasTableName", x.rasTableName)
                    || !b.text("rasTableVersion", x.rasTableVersion)
                    || !b.pence("confirmedWeekly", x.confirmedWeekly)) {
                    return false;
                }
                if (!b.has("directPayment"))
                    return true;
                DirectPayment dp;
                if (!b.object("directPayment", [&](const Obj &d) {
                        return d.allow({"amount", "frequency", "needsCovered"})
                            && d.pence("amount", dp.amount)
                            && d.code("frequency", dp.frequency, &paymentFrequencyFromCode,
                                QT_TRANSLATE_NOOP("hearth::CaseFile", "payment frequency"))
                            && d.text("needsCovered", dp.needsCovered);
                    })) {
                    return false;
                }
                x.directPayment = dp;
                return true;
            })
        && o.object("reviews",
            [&](const Obj &v) {
                return v.allow({"informalReview", "firstFormalReview", "annualReview"})
                    && v.date("informalReview", p.reviews.informalReview)
                    && v.date("firstFormalReview", p.reviews.firstFormalReview)
                    && v.date("annualReview", p.reviews.annualReview);
            })
        && (!o.has("shared") || o.object("shared", [&](const Obj &s) {
               SharedDraft x;
               if (!s.allow({"sharedOn", "how", "personsComments", "personAgrees"})
                   || !s.date("sharedOn", x.sharedOn) || !s.text("how", x.how)
                   || !s.text("personsComments", x.personsComments)
                   || !s.code("personAgrees", x.personAgrees, &answerFromCode, kAnswer)) {
                   return false;
               }
               p.shared = x;
               return true;
           }));
}

// ---- writing ----

void putText(QJsonObject &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

void putTexts(QJsonObject &o, const char *key, const QStringList &texts)
{
    if (!texts.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(texts));
}

void putDate(QJsonObject &o, const char *key, const QDate &date)
{
    if (date.isValid())
        o.insert(QLatin1String(key), isoDate(date));
}

void putId(QJsonObject &o, const char *key, const QUuid &id)
{
    if (!id.isNull())
        o.insert(QLatin1String(key), uuidText(id));
}

template<typename E>
void putCodes(QJsonObject &o, const char *key, const QList<E> &values)
{
    if (values.isEmpty())
        return;
    QJsonArray array;
    for (const E &value : values)
        array.append(code(value));
    o.insert(QLatin1String(key), array);
}

template<typename T, typename F>
void putList(QJsonObject &o, const char *key, const QList<T> &items, F toJson)
{
    if (items.isEmpty())
        return;
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    o.insert(QLatin1String(key), array);
}

QJsonObject carerToJson(const CarerDetails &c)
{
    QJsonObject o;
    putId(o, "caredForPersonId", c.caredForPersonId);
    putText(o, "caredForName", c.caredForName);
    putText(o, "caringRole", c.caringRole);
    o.insert("hoursPerWeek"_L1, c.hoursPerWeek);
    o.insert("providesNecessaryCare"_L1, code(c.providesNecessaryCare));
    o.insert("health"_L1, code(c.health));
    putText(o, "healthEvidence", c.healthEvidence);
    putList(o, "outcomes", c.outcomes, [](const CarerOutcomeRecord &r) {
        QJsonObject j;
        j.insert("outcome"_L1, code(r.outcome));
        j.insert("status"_L1, code(r.status));
        putCodes(j, "meanings", r.meanings);
        putCodes(j, "badDayMeanings", r.badDayMeanings);
        putText(j, "evidence", r.evidence);
        return j;
    });
    putText(o, "whatWouldHelp", c.whatWouldHelp);
    putText(o, "ifUnableToCare", c.ifUnableToCare);
    putText(o, "crisisContact", c.crisisContact);
    return o;
}

QJsonObject reviewToJson(const ReviewDetails &r)
{
    QJsonObject o;
    putId(o, "reviewedAssessmentId", r.reviewedAssessmentId);
    o.insert("reviewedPlanRevision"_L1, r.reviewedPlanRevision);
    putText(o, "whatIsWorking", r.whatIsWorking);
    putText(o, "whatIsNotWorking", r.whatIsNotWorking);
    putList(o, "outcomes", r.outcomes, [](const ReviewedOutcome &x) {
        QJsonObject j;
        j.insert("outcome"_L1, x.outcomeCode);
        j.insert("progress"_L1, code(x.progress));
        putText(j, "notes", x.notes);
        return j;
    });
    putText(o, "changesInNeeds", r.changesInNeeds);
    putText(o, "changesInNetwork", r.changesInNetwork);
    o.insert("conclusion"_L1, code(r.conclusion));
    if (r.budgetBefore)
        o.insert("budgetBefore"_L1, *r.budgetBefore);
    putText(o, "budgetRationale", r.budgetRationale);
    return o;
}

Status checkFileEnvelope(const QByteArray &bytes, QJsonObject &root)
{
    if (bytes.size() > CaseFile::kMaxFileBytes) {
        return Error {QCoreApplication::translate(
            "hearth::CaseFile", "the file is %1 bytes; the limit is %2 bytes")
                          .arg(bytes.size())
                          .arg(CaseFile::kMaxFileBytes)};
    }
    if (bytes.trimmed().isEmpty())
        return Error {
            QCoreApplication::translate("hearth::CaseFile", "not valid JSON: the file is empty")};
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return Error {QCoreApplication::translate(
            "hearth::CaseFile", "the file is not valid UTF-8 at byte offset %1")
                          .arg(bad)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {
            QCoreApplication::translate("hearth::CaseFile", "not valid JSON at byte offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error {
            QCoreApplication::translate("hearth::CaseFile", "the case file is not a JSON object")};
    root = document.object();
    return {};
}

} // namespace

// ---- public interface ----

Result<Case> CaseFile::read(const QByteArray &bytes)
{
    QJsonObject json;
    if (const Status envelope = checkFileEnvelope(bytes, json); !envelope)
        return Error {envelope.error()};

    Reader reader;
    const Obj root(reader, json, {});
    QString format;
    if (!root.text("format", format, Req::Required))
        return Error {reader.error()};
    if (format != kFormatName) {
        return Error {QCoreApplication::translate(
            "hearth::CaseFile", "format: \"%1\" is not a Hearth case file (expected \"%2\")")
                          .arg(format, kFormatName)};
    }
    int formatVersion = 0;
    QJsonValue versionValue;
    if (!root.value("formatVersion", versionValue, Req::Required)
        || !root.integer("formatVersion", formatVersion, 0, std::numeric_limits<int>::max())) {
        return Error {reader.error()};
    }
    if (formatVersion != kFormatVersion) {
        return Error {QCoreApplication::translate("hearth::CaseFile",
            "formatVersion: this file is format version %1; this version of Hearth "
            "understands format version %2 only")
                          .arg(formatVersion)
                          .arg(kFormatVersion)};
    }

    Case c;
    const bool ok = root.allow({"format", "formatVersion", "person", "network", "assessments"})
        && root.object(
            "person",
            [&](const Obj &o) {
                return readPerson(o, c.person) && reader.registerId(c.person.id, o.at("id"));
            },
            Req::Required)
        && root.list("network", c.network,
            [&](const Obj &o, NetworkMember &m) {
                if (!readNetworkMember(o, m) || !reader.registerId(m.id, o.at("id")))
                    return false;
                if (m.personId != c.person.id) {
                    return reader.fail(o.at("personId"),
                        QCoreApplication::translate("hearth::CaseFile",
                            "network member belongs to person %1, not to "
                            "this case's person %2")
                            .arg(uuidText(m.personId), uuidText(c.person.id)));
                }
                return true;
            })
        && root.list("assessments", c.assessments, [&](const Obj &o, CaseAssessment &ca) {
               if (!o.allow({"assessment", "plan"}))
                   return false;
               if (!o.object(
                       "assessment",
                       [&](const Obj &a) {
                           if (!readAssessment(a, ca.assessment))
                               return false;
                           if (ca.assessment.personId != c.person.id) {
                               return reader.fail(a.at("personId"),
                                   QCoreApplication::translate("hearth::CaseFile",
                                       "assessment belongs to person %1, not to "
                                       "this case's person %2")
                                       .arg(uuidText(ca.assessment.personId),
                                           uuidText(c.person.id)));
                           }
                           return reader.registerId(ca.assessment.id, a.at("id"));
                       },
                       Req::Required)) {
                   return false;
               }
               if (!o.has("plan"))
                   return true;
               Plan plan;
               if (!o.object("plan", [&](const Obj &p) {
                       if (!readPlan(p, plan) || !reader.registerId(plan.id, p.at("id")))
                           return false;
                       if (plan.assessmentId != ca.assessment.id) {
                           return reader.fail(p.at("assessmentId"),
                               QCoreApplication::translate("hearth::CaseFile",
                                   "plan belongs to assessment %1, not to its "
                                   "assessment %2")
                                   .arg(uuidText(plan.assessmentId), uuidText(ca.assessment.id)));
                       }
                       return true;
                   })) {
                   return false;
               }
               ca.plan = plan;
               return true;
           });
    if (!ok)
        return Error {reader.error()};
    return c;
}

QByteArray CaseFile::write(const Case &c)
{
    QJsonObject root;
    root.insert("format"_L1, kFormatName);
    root.insert("formatVersion"_L1, kFormatVersion);
    root.insert("person"_L1, toJson(c.person));
    putList(root, "network", c.network, [](const NetworkMember &m) { return CaseFile::toJson(m); });
    putList(root, "assessments", c.assessments, [](const CaseAssessment &ca) {
        QJsonObject o;
        o.insert("assessment"_L1, CaseFile::toJson(ca.assessment));
        if (ca.plan)
            o.insert("plan"_L1, CaseFile::toJson(*ca.plan));
        return o;
    });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject CaseFile::toJson(const Person &p)
{
    QJsonObject o;
    putId(o, "id", p.id);
    o.insert("version"_L1, p.version);
    putText(o, "givenNames", p.givenNames);
    putText(o, "familyName", p.familyName);
    putText(o, "preferredName", p.preferredName);
    putDate(o, "dateOfBirth", p.dateOfBirth);
    putText(o, "nhsNumber", p.nhsNumber);
    QJsonObject address;
    putTexts(address, "lines", p.address.lines);
    putText(address, "postcode", p.address.postcode);
    o.insert("address"_L1, address);
    putText(o, "phone", p.phone);
    const CommunicationNeeds &n = p.communication;
    QJsonObject communication;
    putText(communication, "preferredLanguage", n.preferredLanguage);
    communication.insert("interpreter"_L1, n.interpreter);
    putText(communication, "interpreterLanguage", n.interpreterLanguage);
    communication.insert("easyRead"_L1, n.easyRead);
    communication.insert("largePrint"_L1, n.largePrint);
    communication.insert("braille"_L1, n.braille);
    putText(communication, "notes", n.notes);
    o.insert("communication"_L1, communication);
    return o;
}

QJsonObject CaseFile::toJson(const NetworkMember &m)
{
    QJsonObject o;
    putId(o, "id", m.id);
    putId(o, "personId", m.personId);
    o.insert("version"_L1, m.version);
    putText(o, "name", m.name);
    o.insert("kind"_L1, code(m.kind));
    putText(o, "relationship", m.relationship);
    putText(o, "helpsWith", m.helpsWith);
    o.insert("willing"_L1, code(m.willing));
    o.insert("able"_L1, code(m.able));
    o.insert("sustainable"_L1, code(m.sustainable));
    o.insert("agreedWithThem"_L1, m.agreedWithThem);
    putText(o, "impactOnThem", m.impactOnThem);
    o.insert("providesCare"_L1, m.providesCare);
    o.insert("carerAssessmentOffered"_L1, code(m.carerAssessmentOffered));
    o.insert("connectionStrength"_L1, m.connectionStrength);
    return o;
}

QJsonObject CaseFile::toJson(const Assessment &a)
{
    QJsonObject o;
    putId(o, "id", a.id);
    putId(o, "personId", a.personId);
    o.insert("version"_L1, a.version);
    o.insert("kind"_L1, code(a.kind));
    o.insert("status"_L1, code(a.status));
    putDate(o, "startedOn", a.startedOn);
    putText(o, "practitioner", a.practitioner);
    putList(o, "contributors", a.contributors, [](const Contributor &c) {
        QJsonObject j;
        putText(j, "name", c.name);
        putText(j, "role", c.role);
        putText(j, "organisation", c.organisation);
        j.insert("present"_L1, c.present);
        return j;
    });
    QJsonObject self;
    self.insert("offered"_L1, code(a.selfAssessment.offered));
    self.insert("accepted"_L1, code(a.selfAssessment.accepted));
    putText(self, "notes", a.selfAssessment.notes);
    o.insert("selfAssessment"_L1, self);
    o.insert("jointWithHealth"_L1, a.jointWithHealth);
    QJsonObject consent;
    consent.insert("given"_L1, code(a.consent.given));
    putText(consent, "notes", a.consent.notes);
    o.insert("consent"_L1, consent);

    const AdvocacyCheck &v = a.advocacy;
    QJsonObject advocacy;
    advocacy.insert("difficultyUnderstanding"_L1, v.difficultyUnderstanding);
    advocacy.insert("difficultyRetaining"_L1, v.difficultyRetaining);
    advocacy.insert("difficultyUsingOrWeighing"_L1, v.difficultyUsingOrWeighing);
    advocacy.insert("difficultyCommunicating"_L1, v.difficultyCommunicating);
    advocacy.insert("appropriatePersonAvailable"_L1, code(v.appropriatePersonAvailable));
    putText(advocacy, "appropriatePersonName", v.appropriatePersonName);
    advocacy.insert("referralMade"_L1, v.referralMade);
    putText(advocacy, "advocateName", v.advocateName);
    putText(advocacy, "notes", v.notes);
    o.insert("advocacy"_L1, advocacy);

    putList(o, "capacity", a.capacity, [](const CapacityRecord &c) {
        QJsonObject j;
        putText(j, "decision", c.decision);
        j.insert("hasCapacity"_L1, code(c.hasCapacity));
        putDate(j, "assessedOn", c.assessedOn);
        putText(j, "assessedBy", c.assessedBy);
        putText(j, "notes", c.notes);
        return j;
    });

    QJsonObject matters;
    putText(matters, "inTheirWords", a.whatMatters.inTheirWords);
    putTexts(matters, "identities", a.whatMatters.identities);
    putText(matters, "importantTo", a.whatMatters.importantTo);
    putText(matters, "importantFor", a.whatMatters.importantFor);
    o.insert("whatMatters"_L1, matters);

    putList(o, "strengths", a.strengths, [](const Strength &s) {
        QJsonObject j;
        putText(j, "description", s.description);
        return j;
    });
    putText(o, "interests", a.interests);

    putList(o, "wellbeing", a.wellbeing, [](const WellbeingAreaRecord &w) {
        QJsonObject j;
        j.insert("area"_L1, code(w.area));
        j.insert("explored"_L1, w.explored);
        putText(j, "personsView", w.personsView);
        putText(j, "whatWorks", w.whatWorks);
        putText(j, "concerns", w.concerns);
        putText(j, "desiredOutcome", w.desiredOutcome);
        putText(j, "skippedReason", w.skippedReason);
        j.insert("importance"_L1, w.importance);
        return j;
    });

    QJsonObject fluctuating;
    fluctuating.insert("fluctuates"_L1, a.fluctuating.fluctuates);
    putText(fluctuating, "periodConsidered", a.fluctuating.periodConsidered);
    putText(fluctuating, "notes", a.fluctuating.notes);
    o.insert("fluctuating"_L1, fluctuating);

    putList(o, "outcomes", a.outcomes, [](const OutcomeRecord &r) {
        QJsonObject j;
        j.insert("outcome"_L1, code(r.outcome));
        j.insert("status"_L1, code(r.status));
        putCodes(j, "meanings", r.meanings);
        putCodes(j, "badDayMeanings", r.badDayMeanings);
        putText(j, "evidence", r.evidence);
        putText(j, "goodDay", r.goodDay);
        putText(j, "badDay", r.badDay);
        putCodes(j, "affectedAreas", r.affectedAreas);
        putText(j, "currentCarerSupport", r.currentCarerSupport);
        return j;
    });

    if (a.carer)
        o.insert("carer"_L1, carerToJson(*a.carer));
    if (a.review)
        o.insert("review"_L1, reviewToJson(*a.review));

    putList(o, "needs", a.needs, [](const Need &n) {
        QJsonObject j;
        putId(j, "id", n.id);
        putText(j, "description", n.description);
        putCodes(j, "outcomes", n.outcomes);
        putCodes(j, "wellbeingAreas", n.wellbeingAreas);
        putList(j, "responses", n.responses, [](const ResponseConsidered &r) {
            QJsonObject k;
            k.insert("response"_L1, code(r.response));
            k.insert("verdict"_L1, code(r.verdict));
            putText(k, "notes", r.notes);
            return k;
        });
        j.insert("metBy"_L1, code(n.metBy));
        putText(j, "howMet", n.howMet);
        return j;
    });
    putList(o, "risks", a.risks, [](const Risk &r) {
        QJsonObject j;
        putId(j, "id", r.id);
        putText(j, "description", r.description);
        putText(j, "personsView", r.personsView);
        putText(j, "management", r.management);
        j.insert("positiveRisk"_L1, r.positiveRisk);
        return j;
    });

    QJsonObject safeguarding;
    safeguarding.insert("concern"_L1, a.safeguarding.concern);
    putText(safeguarding, "details", a.safeguarding.details);
    safeguarding.insert("handled"_L1, a.safeguarding.handled);
    putText(safeguarding, "actionTaken", a.safeguarding.actionTaken);
    o.insert("safeguarding"_L1, safeguarding);

    const EligibilityFindings &f = a.findings;
    QJsonObject findings;
    findings.insert("arisesFromImpairmentOrIllness"_L1, code(f.arisesFromImpairmentOrIllness));
    putText(findings, "impairmentOrIllness", f.impairmentOrIllness);
    findings.insert("significantImpactOnWellbeing"_L1, code(f.significantImpactOnWellbeing));
    putCodes(findings, "impactedAreas", f.impactedAreas);
    putText(findings, "impactReason", f.impactReason);
    o.insert("findings"_L1, findings);

    const EligibilityDecision &d = a.decision;
    QJsonObject decision;
    decision.insert("recorded"_L1, d.recorded);
    decision.insert("eligible"_L1, d.eligible);
    putText(decision, "rationale", d.rationale);
    putText(decision, "decidedBy", d.decidedBy);
    if (d.decidedAt.isValid())
        decision.insert("decidedAt"_L1, isoDateTime(d.decidedAt));
    decision.insert("proposalAtDecision"_L1, d.proposalAtDecision);
    decision.insert("departsFromProposal"_L1, d.departsFromProposal);
    o.insert("decision"_L1, decision);
    return o;
}

QJsonObject CaseFile::toJson(const Plan &p)
{
    QJsonObject o;
    putId(o, "id", p.id);
    putId(o, "assessmentId", p.assessmentId);
    o.insert("version"_L1, p.version);
    o.insert("revision"_L1, p.revision);
    putText(o, "outcomesWanted", p.outcomesWanted);
    putText(o, "informationAndAdvice", p.informationAndAdvice);
    putText(o, "adviceForIneligibleNeeds", p.adviceForIneligibleNeeds);
    putText(o, "howUnmetNeedsWillBeMet", p.howUnmetNeedsWillBeMet);
    putText(o, "importantTo", p.importantTo);
    putText(o, "importantFor", p.importantFor);
    putText(o, "riskManagement", p.riskManagement);
    putText(o, "contingency", p.contingency);
    putText(o, "decisionsAndControl", p.decisionsAndControl);

    const PersonalBudget &b = p.budget;
    QJsonObject budget;
    if (b.indicativeWeekly)
        budget.insert("indicativeWeekly"_L1, *b.indicativeWeekly);
    if (b.indicativePoints)
        budget.insert("indicativePoints"_L1, *b.indicativePoints);
    putText(budget, "rasTableName", b.rasTableName);
    putText(budget, "rasTableVersion", b.rasTableVersion);
    if (b.confirmedWeekly)
        budget.insert("confirmedWeekly"_L1, *b.confirmedWeekly);
    if (b.directPayment) {
        QJsonObject dp;
        dp.insert("amount"_L1, b.directPayment->amount);
        dp.insert("frequency"_L1, code(b.directPayment->frequency));
        putText(dp, "needsCovered", b.directPayment->needsCovered);
        budget.insert("directPayment"_L1, dp);
    }
    o.insert("budget"_L1, budget);

    QJsonObject reviews;
    if (p.reviews.informalReview) {
        reviews.insert("informalReview"_L1,
            p.reviews.informalReview->isValid() ? QJsonValue(isoDate(*p.reviews.informalReview))
                                                : QJsonValue(QJsonValue::Null));
    }
    putDate(reviews, "firstFormalReview", p.reviews.firstFormalReview);
    putDate(reviews, "annualReview", p.reviews.annualReview);
    o.insert("reviews"_L1, reviews);

    if (p.shared) {
        QJsonObject shared;
        putDate(shared, "sharedOn", p.shared->sharedOn);
        putText(shared, "how", p.shared->how);
        putText(shared, "personsComments", p.shared->personsComments);
        shared.insert("personAgrees"_L1, code(p.shared->personAgrees));
        o.insert("shared"_L1, shared);
    }
    return o;
}

Result<Person> CaseFile::personFromJson(const QJsonObject &json, const QString &path)
{
    Reader reader;
    Person person;
    if (!readPerson(Obj(reader, json, path), person))
        return Error {reader.error()};
    return person;
}

Result<NetworkMember> CaseFile::networkMemberFromJson(const QJsonObject &json, const QString &path)
{
    Reader reader;
    NetworkMember member;
    if (!readNetworkMember(Obj(reader, json, path), member))
        return Error {reader.error()};
    return member;
}

Result<Assessment> CaseFile::assessmentFromJson(const QJsonObject &json, const QString &path)
{
    Reader reader;
    Assessment assessment;
    if (!readAssessment(Obj(reader, json, path), assessment))
        return Error {reader.error()};
    return assessment;
}

Result<Plan> CaseFile::planFromJson(const QJsonObject &json, const QString &path)
{
    Reader reader;
    Plan plan;
    if (!readPlan(Obj(reader, json, path), plan))
        return Error {reader.error()};
    return plan;
}

AssessmentRecord recordOf(const Case &c, qsizetype assessmentIndex)
{
    AssessmentRecord record;
    record.person = c.person;
    record.network = c.network;
    record.assessment = c.assessments.at(assessmentIndex).assessment;
    record.plan = c.assessments.at(assessmentIndex).plan.value_or(Plan {});
    return record;
}

} // namespace hearth
