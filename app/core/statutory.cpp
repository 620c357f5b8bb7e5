#include "statutory.h"

#include <QCoreApplication>

#include <array>

namespace hearth {

namespace {

struct Entry
{
    const char *code;
    const char *text;
    const char *citation;
};

// Care Act 2014 s1(2)(a)-(i).
constexpr std::array<Entry, 9> kWellbeing {{
    {"personal-dignity",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "personal dignity (including treatment of the individual with respect)"),
        "s1(2)(a)"},
    {"health",
        QT_TRANSLATE_NOOP(
            "hearth::Statutory", "physical and mental health and emotional wellbeing"),
        "s1(2)(b)"},
    {"protection", QT_TRANSLATE_NOOP("hearth::Statutory", "protection from abuse and neglect"),
        "s1(2)(c)"},
    {"control",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "control by the individual over day-to-day life (including over care and support, and "
            "how it is provided)"),
        "s1(2)(d)"},
    {"participation",
        QT_TRANSLATE_NOOP(
            "hearth::Statutory", "participation in work, education, training or recreation"),
        "s1(2)(e)"},
    {"social-economic", QT_TRANSLATE_NOOP("hearth::Statutory", "social and economic wellbeing"),
        "s1(2)(f)"},
    {"relationships",
        QT_TRANSLATE_NOOP("hearth::Statutory", "domestic, family and personal relationships"),
        "s1(2)(g)"},
    {"accommodation", QT_TRANSLATE_NOOP("hearth::Statutory", "suitability of living accommodation"),
        "s1(2)(h)"},
    {"contribution",
        QT_TRANSLATE_NOOP("hearth::Statutory", "the individual's contribution to society"),
        "s1(2)(i)"},
}};

// Eligibility Regulations 2015 reg 2(2)(a)-(j).
constexpr std::array<Entry, 10> kOutcomes {{
    {"nutrition", QT_TRANSLATE_NOOP("hearth::Statutory", "managing and maintaining nutrition"),
        "reg 2(2)(a)"},
    {"personal-hygiene", QT_TRANSLATE_NOOP("hearth::Statutory", "maintaining personal hygiene"),
        "reg 2(2)(b)"},
    {"toilet-needs", QT_TRANSLATE_NOOP("hearth::Statutory", "managing toilet needs"),
        "reg 2(2)(c)"},
    {"clothing", QT_TRANSLATE_NOOP("hearth::Statutory", "being appropriately clothed"),
        "reg 2(2)(d)"},
    {"home-safety",
        QT_TRANSLATE_NOOP("hearth::Statutory", "being able to make use of the adult's home safely"),
        "reg 2(2)(e)"},
    {"habitable-home",
        QT_TRANSLATE_NOOP("hearth::Statutory", "maintaining a habitable home environment"),
        "reg 2(2)(f)"},
    {"relationships",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "developing and maintaining family or other personal relationships"),
        "reg 2(2)(g)"},
    {"work-education",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "accessing and engaging in work, training, education or volunteering"),
        "reg 2(2)(h)"},
    {"community",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "making use of necessary facilities or services in the local community, including "
            "public transport and recreational facilities or services"),
        "reg 2(2)(i)"},
    {"caring-for-child",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "carrying out any caring responsibilities the adult has for a child"),
        "reg 2(2)(j)"},
}};

// Eligibility Regulations 2015 reg 3(3)(a)-(h).
constexpr std::array<Entry, 8> kCarerOutcomes {{
    {"caring-for-child",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "carrying out any caring responsibilities the carer has for a child"),
        "reg 3(3)(a)"},
    {"caring-for-others",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "providing care to other persons for whom the carer provides care"),
        "reg 3(3)(b)"},
    {"habitable-home",
        QT_TRANSLATE_NOOP(
            "hearth::Statutory", "maintaining a habitable home environment in the carer's home"),
        "reg 3(3)(c)"},
    {"nutrition", QT_TRANSLATE_NOOP("hearth::Statutory", "managing and maintaining nutrition"),
        "reg 3(3)(d)"},
    {"relationships",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "developing and maintaining family or other significant personal relationships"),
        "reg 3(3)(e)"},
    {"work-education",
        QT_TRANSLATE_NOOP(
            "hearth::Statutory", "engaging in work, training, education or volunteering"),
        "reg 3(3)(f)"},
    {"community",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "making use of necessary facilities or services in the local community, including "
            "recreational facilities or services"),
        "reg 3(3)(g)"},
    {"recreation", QT_TRANSLATE_NOOP("hearth::Statutory", "engaging in recreational activities"),
        "reg 3(3)(h)"},
}};

// Eligibility Regulations 2015 reg 2(3)(a)-(d) (adult) and reg 3(4)(a)-(c) (carer).
constexpr std::array<Entry, 4> kMeanings {{
    {"without-assistance",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is unable to achieve it without assistance (prompting counts as assistance)"),
        "reg 2(3)(a)"},
    {"pain-distress-anxiety",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is able to achieve it without assistance but doing so causes significant pain, "
            "distress or anxiety"),
        "reg 2(3)(b)"},
    {"endangers-safety",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is able to achieve it without assistance but doing so endangers or is likely to "
            "endanger the health or safety of the adult, or of others"),
        "reg 2(3)(c)"},
    {"takes-longer",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is able to achieve it without assistance but takes significantly longer than would "
            "normally be expected"),
        "reg 2(3)(d)"},
}};

constexpr std::array<Entry, 3> kCarerMeanings {{
    {"without-assistance",
        QT_TRANSLATE_NOOP("hearth::Statutory", "is unable to achieve it without assistance"),
        "reg 3(4)(a)"},
    {"pain-distress-anxiety",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is able to achieve it without assistance but doing so causes significant pain, "
            "distress or anxiety"),
        "reg 3(4)(b)"},
    {"endangers-safety",
        QT_TRANSLATE_NOOP("hearth::Statutory",
            "is able to achieve it without assistance but doing so endangers or is likely to "
            "endanger the health or safety of the carer, or of any adults or children for whom the "
            "carer provides care"),
        "reg 3(4)(c)"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::Statutory", text);
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<Entry, N> &table, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(table[i].code))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> all(const std::array<Entry, N> &)
{
    QList<E> list;
    for (std::size_t i = 0; i < N; ++i)
        list.append(static_cast<E>(i));
    return list;
}

const Entry &meaningEntry(UnableMeaning meaning, bool forCarer)
{
    const auto i = static_cast<std::size_t>(meaning);
    if (forCarer && i < kCarerMeanings.size())
        return kCarerMeanings[i];
    return kMeanings[i];
}

} // namespace

QString code(WellbeingArea area)
{
    return QLatin1String(kWellbeing[static_cast<std::size_t>(area)].code);
}
QString code(SpecifiedOutcome outcome)
{
    return QLatin1String(kOutcomes[static_cast<std::size_t>(outcome)].code);
}
QString code(CarerOutcome outcome)
{
    return QLatin1String(kCarerOutcomes[static_cast<std::size_t>(outcome)].code);
}
QString code(UnableMeaning meaning)
{
    return QLatin1String(kMeanings[static_cast<std::size_t>(meaning)].code);
}

QString statutoryText(WellbeingArea area)
{
    return tr(kWellbeing[static_cast<std::size_t>(area)].text);
}
QString statutoryText(SpecifiedOutcome outcome)
{
    return tr(kOutcomes[static_cast<std::size_t>(outcome)].text);
}
QString statutoryText(CarerOutcome outcome)
{
    return tr(kCarerOutcomes[static_cast<std::size_t>(outcome)].text);
}
QString statutoryText(UnableMeaning meaning, bool forCarer)
{
    return tr(meaningEntry(meaning, forCarer).text);
}

QString citation(WellbeingArea area)
{
    return QLatin1String(kWellbeing[static_cast<std::size_t>(area)].citation);
}
QString citation(SpecifiedOutcome outcome)
{
    return QLatin1String(kOutcomes[static_cast<std::size_t>(outcome)].citation);
}
QString citation(CarerOutcome outcome)
{
    return QLatin1String(kCarerOutcomes[static_cast<std::size_t>(outcome)].citation);
}
QString citation(UnableMeaning meaning, bool forCarer)
{
    return QLatin1String(meaningEntry(meaning, forCarer).citation);
}

std::optional<WellbeingArea> wellbeingAreaFromCode(const QString &c)
{
    return fromCode<WellbeingArea>(kWellbeing, c);
}
std::optional<SpecifiedOutcome> specifiedOutcomeFromCode(const QString &c)
{
    return fromCode<SpecifiedOutcome>(kOutcomes, c);
}
std::optional<CarerOutcome> carerOutcomeFromCode(const QString &c)
{
    return fromCode<CarerOutcome>(kCarerOutcomes, c);
}
std::optional<UnableMeaning> unableMeaningFromCode(const QString &c)
{
    return fromCode<UnableMeaning>(kMeanings, c);
}

QList<WellbeingArea> allWellbeingAreas()
{
    return all<WellbeingArea>(kWellbeing);
}
QList<SpecifiedOutcome> allSpecifiedOutcomes()
{
    return all<SpecifiedOutcome>(kOutcomes);
}
QList<CarerOutcome> allCarerOutcomes()
{
    return all<CarerOutcome>(kCarerOutcomes);
}
QList<UnableMeaning> adultUnableMeanings()
{
    return all<UnableMeaning>(kMeanings);
}
QList<UnableMeaning> carerUnableMeanings()
{
    return all<UnableMeaning>(kCarerMeanings);
}

} // namespace hearth
