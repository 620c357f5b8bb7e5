#include "appsettings.h"

#include "core/wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace hearth::appsettings {

namespace {

const QString kInformalDays = u"reviews/informalDays"_s;
const QString kFirstFormalWeeks = u"reviews/firstFormalWeeks"_s;
const QString kAnnualMonths = u"reviews/annualMonths"_s;
const QString kInterfaceLanguage = u"interface/language"_s;

// A RAS table is a few kilobytes; anything this large is not one, and is not read into memory.
constexpr qint64 kMaxRasTableBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::appsettings", text);
}

} // namespace

QString organisation()
{
    return QCoreApplication::organizationName().isEmpty() ? QCoreApplication::organizationDomain()
                                                          : QCoreApplication::organizationName();
}

std::optional<Language> interfaceLanguage()
{
    const QSettings settings(organisation(), QCoreApplication::applicationName());
    return language::fromCode(settings.value(kInterfaceLanguage).toString());
}

void setInterfaceLanguage(std::optional<Language> chosen)
{
    QSettings settings(organisation(), QCoreApplication::applicationName());
    if (chosen)
        settings.setValue(kInterfaceLanguage, language::code(*chosen));
    else
        settings.remove(kInterfaceLanguage);
}

Language startingLanguage()
{
    return interfaceLanguage().value_or(language::forSystem());
}

ReviewIntervals reviewIntervals()
{
    const QSettings settings(organisation(), QCoreApplication::applicationName());
    const ReviewIntervals defaults;
    ReviewIntervals intervals;
    intervals.informalDays = settings.value(kInformalDays, defaults.informalDays).toInt();
    intervals.firstFormalWeeks
        = settings.value(kFirstFormalWeeks, defaults.firstFormalWeeks).toInt();
    intervals.annualMonths = settings.value(kAnnualMonths, defaults.annualMonths).toInt();
    return intervals.clamped();
}

void setReviewIntervals(const ReviewIntervals &intervals)
{
    const ReviewIntervals lawful = intervals.clamped();
    QSettings settings(organisation(), QCoreApplication::applicationName());
    settings.setValue(kInformalDays, lawful.informalDays);
    settings.setValue(kFirstFormalWeeks, lawful.firstFormalWeeks);
    settings.setValue(kAnnualMonths, lawful.annualMonths);
}

QString councilRasTablePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/ras-table.json"_s;
}

bool hasCouncilRasTable()
{
    return QFileInfo::exists(councilRasTablePath());
}

Result<RasTable> councilRasTable()
{
    if (!hasCouncilRasTable())
        return Error {tr("No council table is loaded.")};
    return readRasTableFile(councilRasTablePath());
}

RasTable rasTable()
{
    if (hasCouncilRasTable()) {
        Result<RasTable> council = councilRasTable();
        if (council)
            return *council;
        // The copy was checked when it was saved, so this is damage on disk. The figures are
        // then illustrative, and the Plan step and Settings both say which table is used.
        qWarning("The council's RAS table cannot be read, so the illustrative one is used: %s",
            qPrintable(council.error()));
    }
    return RasTable::illustrativeTable();
}

Result<RasTable> readRasTableFile(const QString &path, QByteArray *bytes)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Hearth cannot open “%1”: %2.").arg(name, file.errorString())};
    if (file.size() > kMaxRasTableBytes)
        return Error {tr("“%1” is too large to be a RAS table.").arg(name)};
    const QByteArray json = file.readAll();
    Result<RasTable> table = RasTable::read(json);
    if (!table)
        return Error {tr("“%1” is not a RAS table Hearth can use. %2").arg(name, table.error())};
    if (bytes)
        *bytes = json;
    return table;
}

Status saveCouncilRasTable(const QByteArray &json)
{
    // Checked again here, so only a table that reads is ever kept.
    const Result<RasTable> table = RasTable::read(json);
    if (!table)
        return Error {table.error()};
    const QString path = councilRasTablePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {tr("Hearth cannot make the folder %1.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    // Whole or not at all: a failed write leaves the table in use as it was.
    if (Status written = writeWholeFile(path, json); !written)
        return Error {tr("Hearth cannot save the council's table in %1: %2.")
                          .arg(QDir::toNativeSeparators(path), written.error())};
    return {};
}

Result<RasTable> loadCouncilRasTable(const QString &path)
{
    QByteArray json;
    Result<RasTable> table = readRasTableFile(path, &json);
    if (!table)
        return table;
    if (Status saved = saveCouncilRasTable(json); !saved)
        return Error {saved.error()};
    return table;
}

Status useIllustrativeRasTable()
{
    const QString path = councilRasTablePath();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error {tr("Hearth cannot remove the council's table from %1.")
                          .arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace hearth::appsettings
