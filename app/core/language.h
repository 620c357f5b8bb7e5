#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// The languages Hearth speaks. English is the source language; Welsh (cy) is the first full
// translation (translations/hearth_cy.ts). The Welsh Language Standards expect a council in
// Wales to offer its services, and the documents it gives a person, in Welsh.
enum class Language { English, Welsh };

// Which language words come out in. The window has its language (the system locale's, or the
// one chosen in Settings); a printout may be in another, because a person may want their plan
// in Welsh whatever the practitioner's window is in. Every tr() and
// QCoreApplication::translate() in the process goes through one translator that asks this.
namespace language {

// "en" / "cy".
QString code(Language language);
// Accepts "en", "en-GB", "en_GB", "cy", "cy-GB", "cy_GB", "English", "Cymraeg", "Welsh".
std::optional<Language> fromCode(QStringView text);
// The language's own name for itself: "English", "Cymraeg".
QString nativeName(Language language);
// Welsh for a Welsh locale, English for every other: English is the source language.
Language forLocale(const QLocale &locale);
// The system's language: the first of the languages the user asked for (LANGUAGE, then
// LC_ALL, LC_MESSAGES, LANG), by forLocale.
Language forSystem();
// The language for a person's printouts from what the assessment recorded as their preferred
// language ("Cymraeg", "Welsh", "cy"…): Welsh when that is Welsh, otherwise English.
Language forPerson(const QString &preferredLanguage);
// The language a person's printout is made in unless someone chooses: Welsh when the
// assessment records Welsh as their preferred language, otherwise `otherwise` (the window's
// language, or English for the copies in a sync bundle).
Language forPrintout(const QString &preferredLanguage, Language otherwise = Language::English);
// Dates, numbers and money: en-GB for English, cy-GB for Welsh.
QLocale locale(Language language);
// "en-GB" / "cy-GB", for a PDF's /Lang and XMP metadata.
QString tag(Language language);

// The window's language. Setting it loads the translation (and Qt's own, where Qt has one)
// and makes its locale the default for formatting.
void setInterface(Language language);
Language interface();

// The language words come out in on this thread now: a ScopedLanguage's, else the window's.
Language current();

// Welsh lookups since the last clear that found no translation (as "context | source"),
// outside Qt's own contexts. The tests walk the window and the printouts in Welsh and expect
// this to stay empty: it catches a string marked for translation under one context and looked
// up under another, and text passed to tr() that lupdate never saw.
QStringList missingTranslations();
void clearMissingTranslations();

} // namespace language

// Words on this thread come out in `language` while this lives: a Welsh printout made while
// the window speaks English, or the other way round.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    std::optional<Language> m_previous;
};

} // namespace hearth
