// Hearth in Welsh (issue 7): the real window built in Welsh, every step and dialog walked, and
// nothing a person reads (labels, buttons, menus, headings, placeholders, accessible names)
// left in English, apart from the person's own data; no text looked up that the translation
// lacks. The printouts come out in the person's language, or the one chosen in the dialog,
// whatever the window speaks; the version is the one CMake sets.

#include "guitest.h"
#include "windowtest.h"

#include "core/language.h"
#include "gui/appsettings.h"
#include "gui/settingsdialog.h"
#include "gui/startup.h"

#include <hearth/version.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSian = u"cases/adult-eligible-sian-pritchard.json"_s;
const QString kGosia = u"cases/carer-gosia-kowalska.json"_s;

// Every string value in a case file: the person's own data, which stays as it was typed.
void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        if (value.toString().size() >= 2)
            out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            collectStrings(each, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

QStringList caseData(const QString &file)
{
    QFile in(QStringLiteral(HEARTH_TEST_DATA "/") + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    collectStrings(QJsonDocument::fromJson(in.readAll()).object(), strings);
    return strings;
}

// What a person reads in `root` now, keyed by where it is (the path of child indices and the
// property), so the same widget in a window built in the other language is found again.
using Words = QMap<QString, QString>;

void addWords(Words &words, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        words.insert(where, text);
}

void collectWords(QObject *object, const QString &where, Words &words)
{
    if (auto *widget = qobject_cast<QWidget *>(object)) {
        if (!widget->isVisibleTo(widget->window()) && !qobject_cast<QMenu *>(widget))
            return;
        addWords(words, where + u":accessibleName"_s, widget->accessibleName());
        addWords(words, where + u":accessibleDescription"_s, widget->accessibleDescription());
        addWords(words, where + u":toolTip"_s, widget->toolTip());
        if (widget->isWindow())
            addWords(words, where + u":windowTitle"_s, widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            addWords(words, where + u":text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addWords(words, where + u":text"_s, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            addWords(words, where + u":title"_s, group->title());
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            addWords(words, where + u":placeholder"_s, line->placeholderText());
        if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            addWords(words, where + u":placeholder"_s, text->placeholderText());
        if (auto *text = qobject_cast<QTextEdit *>(widget))
            addWords(words, where + u":placeholder"_s, text->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                addWords(words, where + u":item%1"_s.arg(i), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addWords(words, where + u":tab%1"_s.arg(i), tabs->tabText(i));
        }
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            addWords(words, where + u":title"_s, menu->title());
            const QList<QAction *> actions = menu->actions();
            for (int i = 0; i < actions.size(); ++i)
                addWords(words, where + u":action%1"_s.arg(i), actions.at(i)->text());
        }
        if (auto *table = qobject_cast<QTableView *>(widget); table && table->model()) {
            for (int c = 0; c < table->model()->columnCount(); ++c)
                addWords(words, where + u":column%1"_s.arg(c),
                    table->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    const QObjectList children = object->children();
    for (int i = 0; i < children.size(); ++i)
        collectWords(children.at(i),
            where + u'/' + QString::fromLatin1(children.at(i)->metaObject()->className())
                + QString::number(i),
            words);
}

Words wordsOf(QWidget *root)
{
    Words words;
    collectWords(root, QString::fromLatin1(root->metaObject()->className()), words);
    return words;
}

// Text that is the same in both languages because it is the person's data, a number or a
// date, a name (Hearth, a language's own name), or a shortcut key; anything else left in
// English in the Welsh window is a string that never went through tr().
bool sameInBothLanguages(QString text, const QStringList &data)
{
    static const QStringList kNames {u"Hearth"_s, u"English"_s, u"Cymraeg"_s, u"Sam Okafor"_s,
        u"Ecomap"_s, u"RAS"_s, u"PDF"_s, u"Ctrl"_s, u"Shift"_s, u"Alt"_s, u"Page Up"_s,
        u"Page Down"_s, u"Enter"_s, u"Esc"_s, u"Braille"_s};
    // The law exists in English only: its titles and citations stay in English
    // (translations/README.md). Paths are the machine's.
    static const QRegularExpression kCitation(
        u"Care Act 2014 s[0-9a-z()]+|Care and Support \\(Eligibility Criteria\\) "
        "Regulations 2015, reg [0-9a-z()]+"_s);
    static const QRegularExpression kPath(u"/\\S+"_s);
    text.remove(kCitation);
    text.remove(kPath);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    for (const QString &value : data)
        text.remove(value);
    for (const QString &name : kNames)
        text.remove(name);
    text.remove(u'&');
    return !text.contains(QRegularExpression(u"[A-Za-z]{2,}"_s));
}

} // namespace

class TestGuiWelsh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QUuid m_sian;
    QUuid m_gosia;
    QStringList m_data;
    QStringList m_tooWide; // steps that needed a horizontal scroll bar

    // The window in `language`, as Hearth starting in it builds it.
    std::unique_ptr<MainWindow> windowIn(Language language)
    {
        language::setInterface(language);
        return windowtest::showMainWindow(*m_store, QSize(1366, 768));
    }

    // Everything a person reads: the caseload, each step of `person`'s assessment, Settings
    // and About.
    Words everything(MainWindow &window, const QUuid &person)
    {
        m_tooWide.clear();
        Words all = wordsOf(&window);
        window.showPerson(person);
        if (!window.isShowingAssessment())
            return {};
        for (const AssessmentStep step : AssessmentFlow::allSteps()) {
            window.assessmentView()->goToStep(step);
            QCoreApplication::processEvents();
            // The longer Welsh must still fit the width of a 1366-pixel laptop screen.
            if (auto *scroll = window.findChild<QScrollArea *>(u"pageScroll"_s);
                scroll && scroll->horizontalScrollBar()->isVisible())
                m_tooWide << AssessmentFlow::code(step);
            const Words words = wordsOf(&window);
            for (auto it = words.begin(); it != words.end(); ++it)
                all.insert(u"step%1 "_s.arg(int(step)) + it.key(), it.value());
        }
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *settings = nullptr;
        if (QTest::qWaitFor([&] { return (settings = window.findChild<SettingsDialog *>()); })) {
            const Words words = wordsOf(settings);
            for (auto it = words.begin(); it != words.end(); ++it)
                all.insert(u"settings "_s + it.key(), it.value());
            delete settings;
        }
        QMetaObject::invokeMethod(&window, "showAbout");
        if (auto *about = window.findChild<QMessageBox *>(u"aboutBox"_s)) {
            const Words words = wordsOf(about);
            for (auto it = words.begin(); it != words.end(); ++it)
                all.insert(u"about "_s + it.key(), it.value());
            delete about;
        }
        return all;
    }

    // The printout dialog Ctrl+P (or Ctrl+Shift+P) opens on `person`, once its PDF is made.
    PrintoutDialog *openPrintout(MainWindow &window, const QUuid &person, bool easyRead)
    {
        window.showPerson(person);
        return window.isShowingAssessment() ? windowtest::openPrintout(window, easyRead) : nullptr;
    }

    QString textOf(PrintoutDialog *dialog, const QString &name)
    {
        return windowtest::pdfText(dialog->pdf(), m_dir, name);
    }

private slots:
    void initTestCase()
    {
        Startup::setUpApplication();
        QCoreApplication::setApplicationName(u"hearth-tst-gui-welsh"_s);
        appsettings::setInterfaceLanguage(std::nullopt);
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        m_sian = importCase(*m_store, kSian);
        m_gosia = importCase(*m_store, kGosia);
        QVERIFY(!m_sian.isNull() && !m_gosia.isNull());

        m_data = caseData(kSian) + caseData(kGosia);
        // Longest first, so a name is removed whole before a part of it.
        std::sort(m_data.begin(), m_data.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    void cleanup()
    {
        language::setInterface(Language::English);
        language::clearMissingTranslations();
    }

    void cleanupTestCase() { appsettings::setInterfaceLanguage(std::nullopt); }

    // The whole window in Welsh: nothing a person reads is left in English, and nothing was
    // looked up that the translation lacks.
    void everyScreenSpeaksWelsh_data()
    {
        QTest::addColumn<QUuid>("person");
        QTest::newRow("an adult's assessment") << m_sian;
        QTest::newRow("a carer's assessment") << m_gosia;
    }
    void everyScreenSpeaksWelsh()
    {
        QFETCH(QUuid, person);
        Words english;
        {
            auto window = windowIn(Language::English);
            english = everything(*window, person);
            QVERIFY(windowtest::closeMainWindow(window));
        }
        QVERIFY(english.size() > 300);
        QVERIFY2(m_tooWide.isEmpty(), qPrintable(m_tooWide.join(u", "_s)));
        language::clearMissingTranslations();
        Words welsh;
        {
            auto window = windowIn(Language::Welsh);
            welsh = everything(*window, person);
            QCOMPARE(window->menuBar()->actions().constFirst()->text(), u"&Ffeil"_s);
            QVERIFY(windowtest::closeMainWindow(window));
        }
        QVERIFY2(language::missingTranslations().isEmpty(),
            qPrintable(language::missingTranslations().join(u'\n')));
        QVERIFY2(m_tooWide.isEmpty(), qPrintable(m_tooWide.join(u", "_s)));

        QStringList untranslated;
        int compared = 0;
        for (auto it = english.begin(); it != english.end(); ++it) {
            if (!welsh.contains(it.key()))
                continue;
            ++compared;
            if (welsh.value(it.key()) == it.value() && !sameInBothLanguages(it.value(), m_data))
                untranslated << u"%1: %2"_s.arg(it.key(), it.value());
        }
        QVERIFY2(compared > 300, qPrintable(QString::number(compared)));
        if (!untranslated.isEmpty())
            qWarning().noquote() << untranslated.join(u'\n');
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.value(0)));
    }

    // A person whose language is Welsh gets Welsh printouts from an English window; choosing
    // English in the dialog makes the printout again in English.
    void printoutFollowsThePersonsLanguage()
    {
        // Siân's preferred language recorded as Cymraeg.
        Result<Person> sian = PersonRepository(*m_store).find(m_sian);
        QVERIFY(sian.ok());
        sian->communication.preferredLanguage = u"Cymraeg"_s;
        QVERIFY(PersonRepository(*m_store).save(*sian));

        auto window = windowIn(Language::English);
        PrintoutDialog *dialog = openPrintout(*window, m_sian, false);
        QVERIFY(dialog);
        QCOMPARE(dialog->language(), Language::Welsh);
        QString text = textOf(dialog, u"cymraeg-plan.pdf"_s);
        QVERIFY2(text.contains(u"Cynllun gofal a chymorth Enw: Siân Pritchard"_s),
            qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Beth sy'n bwysig i Siân"_s));
        QVERIFY(!text.contains(u"What matters to Siân"_s));

        // By keyboard: Alt+L reaches the language, Up chooses English.
        QVERIFY(windowtest::activateWindow(dialog));
        auto *combo = child<QComboBox>(dialog, "languageCombo");
        QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(dialog->language(), Language::English);
        QVERIFY(!dialog->isReady());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        text = textOf(dialog, u"english-plan.pdf"_s);
        QVERIFY2(text.contains(u"Care and support plan Name: Siân Pritchard"_s),
            qPrintable(text.left(300)));
        delete dialog;
        QVERIFY(windowtest::closeMainWindow(window));
    }

    // A Welsh window prints an English speaker's plan in Welsh (the window's language) until
    // English is chosen; the easy read and the carer's plan too. Nothing is missing in Welsh.
    void welshPrintoutsAreWhole_data()
    {
        QTest::addColumn<QUuid>("person");
        QTest::addColumn<bool>("easyRead");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plan") << m_sian << false << u"Cynllun gofal a chymorth"_s;
        QTest::newRow("easy read") << m_sian << true << u"Eich cynllun gofal a chymorth"_s;
        QTest::newRow("carer's plan") << m_gosia << false << u"Cynllun cymorth gofalwr"_s;
        QTest::newRow("carer's easy read") << m_gosia << true << u"Gosia"_s;
    }
    void welshPrintoutsAreWhole()
    {
        QFETCH(QUuid, person);
        QFETCH(bool, easyRead);
        QFETCH(QString, expected);
        auto window = windowIn(Language::Welsh);
        language::clearMissingTranslations();
        PrintoutDialog *dialog = openPrintout(*window, person, easyRead);
        QVERIFY(dialog);
        QCOMPARE(dialog->language(), Language::Welsh);
        const QString text = textOf(dialog, u"welsh.pdf"_s);
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Tudalen 1 o "_s));
        QVERIFY2(language::missingTranslations().isEmpty(),
            qPrintable(language::missingTranslations().join(u'\n')));
        delete dialog;
        QVERIFY(windowtest::closeMainWindow(window));
    }

    // Settings keeps the chosen language for the next start, and says so in it.
    void settingsChoosesTheLanguage()
    {
        auto window = windowIn(Language::English);
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *settings = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (settings = window->findChild<SettingsDialog *>()); }));
        QVERIFY(windowtest::activateWindow(settings));
        auto *combo = child<QComboBox>(settings, "languageCombo");
        QCOMPARE(combo->currentIndex(), 0); // the system's
        QVERIFY(combo->itemText(0).contains(u"English"_s));
        QTest::keyClick(settings, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(combo->currentText(), u"Cymraeg"_s);
        QPointer<SettingsDialog> guard(settings);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(appsettings::interfaceLanguage(), std::optional<Language>(Language::Welsh));
        QCOMPARE(appsettings::startingLanguage(), Language::Welsh);
        QCOMPARE(window->statusBar()->currentMessage(),
            u"Bydd Hearth yn defnyddio Cymraeg y tro nesaf y bydd yn cychwyn."_s);
        // The window itself waits for the next start.
        QCOMPARE(language::interface(), Language::English);
        QVERIFY(windowtest::closeMainWindow(window));
        appsettings::setInterfaceLanguage(std::nullopt);
        QCOMPARE(appsettings::startingLanguage(), language::forSystem());
    }

    // One version, set in CMake: the About box and the PDFs' document properties carry it.
    void oneVersion()
    {
        auto window = windowIn(Language::English);
        QMetaObject::invokeMethod(window.get(), "showAbout");
        auto *about = window->findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(about);
        QCOMPARE(about->text(), u"Hearth %1"_s.arg(QLatin1String(kVersion)));
        delete about;
        PrintoutDialog *dialog = openPrintout(*window, m_sian, false);
        QVERIFY(dialog);
        QVERIFY(dialog->pdf().contains("Hearth " + QByteArray(kVersion)));
        QVERIFY(dialog->pdf().contains("<xmp:CreatorTool>Hearth " + QByteArray(kVersion)));
        delete dialog;
        QVERIFY(windowtest::closeMainWindow(window));
    }
};

QTEST_MAIN(TestGuiWelsh)
#include "tst_gui_welsh.moc"
