#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTranslator>

#include <atomic>

// Outside the namespace, as Q_INIT_RESOURCE requires.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(hearth_i18n);
}

namespace hearth {

namespace {

std::atomic<Language> s_interface {Language::English};
thread_local std::optional<Language> t_language;

QMutex s_missingMutex;
QSet<QString> s_missing;

// The Welsh translation, built from translations/hearth_cy.ts into the program's resources.
const QTranslator &welsh()
{
    static const QTranslator *const translator = [] {
        initTranslationResources();
        auto *loaded = new QTranslator;
        if (!loaded->load(QStringLiteral(":/hearth/i18n/hearth_cy.qm")))
            qWarning("Hearth: the Welsh translation is missing from this build");
        return loaded;
    }();
    return *translator;
}

// The one translator every tr() reaches: it answers in the current thread's language. English
// is the source, so for English it answers nothing and the source text is used.
class LanguageRouter final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        if (language::current() != Language::Welsh || sourceText == nullptr || *sourceText == 0)
            return {};
        QString text = welsh().translate(context, sourceText, disambiguation, n);
        // Qt's own contexts (QLineEdit, QFileDialog…) start with Q; Hearth translates only
        // those its windows show (app/core/qtwording.cpp), so only Hearth's own misses count.
        if (text.isEmpty() && context != nullptr && context[0] != 'Q') {
            const QMutexLocker lock(&s_missingMutex);
            s_missing.insert(QStringLiteral("%1 | %2").arg(
                QString::fromUtf8(context), QString::fromUtf8(sourceText)));
        }
        return text;
    }
    bool isEmpty() const override { return false; }
};

QPointer<LanguageRouter> s_router;
QPointer<QTranslator> s_qtTranslation;

void installRouter()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr || s_router || QThread::currentThread() != app->thread())
        return;
    s_router = new LanguageRouter(app);
    QCoreApplication::installTranslator(s_router);
}

} // namespace

// Every program that links the translations gets the router when its QCoreApplication is made.
Q_COREAPP_STARTUP_FUNCTION(installRouter)

namespace language {

QString code(Language language)
{
    return language == Language::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
}

std::optional<Language> fromCode(QStringView text)
{
    const QString key = text.trimmed().toString().toLower().replace(u'_', u'-');
    if (key == u"en" || key == u"en-gb" || key == u"english" || key == u"saesneg")
        return Language::English;
    if (key == u"cy" || key == u"cy-gb" || key == u"cymraeg" || key == u"welsh")
        return Language::Welsh;
    return std::nullopt;
}

QString nativeName(Language language)
{
    return language == Language::Welsh ? QStringLiteral("Cymraeg") : QStringLiteral("English");
}

Language forLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Welsh ? Language::Welsh : Language::English;
}

Language forSystem()
{
    const QStringList asked = QLocale::system().uiLanguages();
    return forLocale(asked.isEmpty() ? QLocale::system() : QLocale(asked.constFirst()));
}

Language forPerson(const QString &preferredLanguage)
{
    // "Cymraeg", "Welsh", "cy", and "Welsh and English" (Welsh first) all mean Welsh.
    const QString first = preferredLanguage.trimmed().section(
        QRegularExpression(QStringLiteral("[\\s,;/(]+")), 0, 0);
    return fromCode(first).value_or(Language::English);
}

Language forPrintout(const QString &preferredLanguage, Language otherwise)
{
    return forPerson(preferredLanguage) == Language::Welsh ? Language::Welsh : otherwise;
}

QLocale locale(Language language)
{
    return language == Language::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString tag(Language language)
{
    return language == Language::Welsh ? QStringLiteral("cy-GB") : QStringLiteral("en-GB");
}

void setInterface(Language language)
{
    installRouter();
    s_interface = language;
    QLocale::setDefault(locale(language));

    // Qt's own translation for its dialogs, where Debian's qt6-translations-l10n has one
    // (it has none for Welsh: app/core/qtwording.cpp carries the Qt words Hearth shows).
    if (QCoreApplication::instance() == nullptr)
        return;
    if (s_qtTranslation) {
        QCoreApplication::removeTranslator(s_qtTranslation);
        delete s_qtTranslation;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qtTranslation = qt;
    } else {
        delete qt;
    }
}

Language interface()
{
    return s_interface;
}

Language current()
{
    return t_language.value_or(s_interface.load());
}

QStringList missingTranslations()
{
    const QMutexLocker lock(&s_missingMutex);
    QStringList missing(s_missing.cbegin(), s_missing.cend());
    missing.sort();
    return missing;
}

void clearMissingTranslations()
{
    const QMutexLocker lock(&s_missingMutex);
    s_missing.clear();
}

} // namespace language

ScopedLanguage::ScopedLanguage(Language language)
    : m_previous(t_language)
{
    installRouter();
    t_language = language;
}

ScopedLanguage::~ScopedLanguage()
{
    t_language = m_previous;
}

} // namespace hearth
