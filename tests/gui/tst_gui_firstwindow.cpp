// The first window of `hearth`: first run, unlock, the caseload, and accessibility of every
// control, driven from the keyboard as a practitioner on a sofa would.
#include "gui/assessmentview.h"
#include "guitest.h"

#include "gui/caseloadmodel.h"
#include "gui/casesession.h"
#include "gui/firstrundialog.h"
#include "gui/mainwindow.h"
#include "gui/passphrasestrength.h"
#include "gui/startup.h"
#include "gui/unlockdialog.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <hearth/version.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace hearth;
using namespace std::chrono_literals;
using namespace hearth::guitest;

namespace {

const QByteArray kPassphrase = "kettle on the hob 42";

Person makePerson(const QString &given, const QString &family, const QDate &dob, const QString &nhs,
    const QString &postcode)
{
    Person p;
    p.id = QUuid::createUuid();
    p.givenNames = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    p.nhsNumber = nhs;
    p.address.lines = {QStringLiteral("1 Test Street"), QStringLiteral("Exeter")};
    p.address.postcode = postcode;
    return p;
}

} // namespace

class TestGuiFirstWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passphraseStrength_data();
    void passphraseStrength();
    void retryDelay();
    void firstRunCreatesStore();
    void unlockSlowsDownAndNeverDestroys();
    void caseloadShowsAndFiltersPeople();
    void caseloadRanksNamesAndFindsEachKind();
    void enterOpensPerson();
    void everyControlIsNamed();
    void fitsSmallLaptopScreen();
    void commandLine();
    void environmentPassphrase();

private:
    std::unique_ptr<Store> createStore(const QString &practitioner = QStringLiteral("Sam Okafor"));
    void addSamplePeople(Store &store);

    QTemporaryDir m_dir;
    int m_stores = 0;
};

void TestGuiFirstWindow::initTestCase()
{
    Startup::setUpApplication();
    QVERIFY(m_dir.isValid());
    // The icon is compiled in: the window manager and the task bar show it.
    QVERIFY(!QApplication::windowIcon().isNull());
    QVERIFY(!QApplication::windowIcon().pixmap(32, 32).isNull());
}

std::unique_ptr<Store> TestGuiFirstWindow::createStore(const QString &practitioner)
{
    const QString path = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores));
    auto created = Store::create(path, kPassphrase, practitioner);
    if (!created) {
        qWarning("Store::create failed: %s", qPrintable(created.error()));
        return {};
    }
    return std::move(created.value());
}

void TestGuiFirstWindow::addSamplePeople(Store &store)
{
    PersonRepository people(store);
    const QList<Person> sample = {
        makePerson(QStringLiteral("Margaret"), QStringLiteral("Okafor"), QDate(1941, 3, 9),
            QStringLiteral("9434765919"), QStringLiteral("EX4 6PX")),
        makePerson(QStringLiteral("Dylan"), QStringLiteral("Price"), QDate(1988, 11, 23),
            QStringLiteral("4074833786"), QStringLiteral("TQ1 2AB")),
        makePerson(QStringLiteral("Agnieszka"), QStringLiteral("Nowak"), QDate(), QString(),
            QStringLiteral("PL4 8AA")),
    };
    for (Person p : sample) {
        const Status saved = people.save(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }
}

void TestGuiFirstWindow::passphraseStrength_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << QString() << int(PassphraseStrength::Empty);
    QTest::newRow("short") << QStringLiteral("Ab1!x") << int(PassphraseStrength::Weak);
    QTest::newRow("ten lower") << QStringLiteral("kettlepots") << int(PassphraseStrength::Weak);
    QTest::newRow("repetitive") << QStringLiteral("abababababababababab")
                                << int(PassphraseStrength::Weak);
    QTest::newRow("ten mixed") << QStringLiteral("kettle pot") << int(PassphraseStrength::Fair);
    QTest::newRow("three kinds") << QStringLiteral("Kettlepot42") << int(PassphraseStrength::Good);
    QTest::newRow("four words") << QStringLiteral("correct horse battery staple")
                                << int(PassphraseStrength::Strong);
}

void TestGuiFirstWindow::passphraseStrength()
{
    QFETCH(QString, passphrase);
    QFETCH(int, level);
    QCOMPARE(int(PassphraseStrength::assess(passphrase)), level);
}

void TestGuiFirstWindow::retryDelay()
{
    const QList<int> expected = {0, 1, 2, 4, 8, 16, 30, 30, 30};
    for (int failures = 0; failures < expected.size(); ++failures)
        QCOMPARE(UnlockDialog::retryDelaySeconds(failures), expected.at(failures));
    QCOMPARE(UnlockDialog::retryDelaySeconds(1000), 30);
}

void TestGuiFirstWindow::firstRunCreatesStore()
{
    const QString path = m_dir.filePath(QStringLiteral("firstrun.db"));
    FirstRunDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *bar = child<QProgressBar>(&dialog, "strengthBar");
    auto *word = child<QLabel>(&dialog, "strengthLabel");
    auto *message = child<QLabel>(&dialog, "messageLabel");
    QVERIFY(ok && bar && word && message);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "practitionerEdit"));

    type(QStringLiteral("Sam Okafor"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "passphraseEdit"));

    type(QStringLiteral("kettle"));
    QCOMPARE(dialog.strength(), PassphraseStrength::Weak);
    QCOMPARE(word->text(), QStringLiteral("weak"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("at least 10")));
    QVERIFY(!ok->isEnabled());

    type(QStringLiteral(" on")); // 9 characters: still too short
    QVERIFY(!ok->isEnabled());
    type(QStringLiteral(" "));
    const int fair = bar->value();
    QCOMPARE(dialog.strength(), PassphraseStrength::Fair);
    QCOMPARE(word->text(), QStringLiteral("fair"));
    type(QStringLiteral("the hob 42")); // "kettle on the hob 42"
    QCOMPARE(dialog.strength(), PassphraseStrength::Strong);
    QCOMPARE(word->text(), QStringLiteral("strong"));
    QVERIFY(bar->value() > fair);
    QVERIFY(!message->isVisible());
    QVERIFY(!ok->isEnabled()); // not confirmed yet

    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "confirmEdit"));
    type(QStringLiteral("kettle on the hob 24"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("do not match")));
    QVERIFY(!ok->isEnabled());
    press(Qt::Key_Return); // refused while invalid
    QVERIFY(dialog.isVisible());

    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    type(QStringLiteral("42"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!message->isVisible());

    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->practitioner(), QStringLiteral("Sam Okafor"));
    QCOMPARE(store->path(), path);
    QVERIFY(Startup::storeExists(path));
}

void TestGuiFirstWindow::unlockSlowsDownAndNeverDestroys()
{
    QString path;
    QUuid personId;
    {
        auto store = createStore();
        QVERIFY(store);
        path = store->path();
        Person p = makePerson(QStringLiteral("Rose"), QStringLiteral("Ellery"), QDate(1950, 1, 2),
            QString(), QStringLiteral("EX1 1AA"));
        personId = p.id;
        QVERIFY(PersonRepository(*store).save(p).ok());
    }

    UnlockDialog dialog(path);
    dialog.setDelayUnit(40ms);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *message = child<QLabel>(&dialog, "messageLabel");
    auto *delay = child<QLabel>(&dialog, "delayLabel");
    QVERIFY(ok && message && delay);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "passphraseEdit"));

    // First wrong try: the store's own message, inline, and a one-second wait.
    type(QStringLiteral("kettle off the hob"));
    press(Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.failures(), 1);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(dialog.isWaiting());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(delay->text(), QStringLiteral("You can try again in 1 second."));

    // Enter while waiting is not another try.
    press(Qt::Key_Return);
    QCOMPARE(dialog.failures(), 1);
    QTRY_VERIFY(!dialog.isWaiting());
    QVERIFY(ok->isEnabled());
    QVERIFY(!delay->isVisible());

    // Second wrong try waits twice as long.
    type(QStringLiteral("still wrong")); // replaces the selected text
    press(Qt::Key_Return);
    QCOMPARE(dialog.failures(), 2);
    QCOMPARE(delay->text(), QStringLiteral("You can try again in 2 seconds."));
    QTRY_VERIFY(!dialog.isWaiting());

    // The right passphrase still opens it, with the records intact.
    type(QString::fromUtf8(kPassphrase));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    auto found = PersonRepository(*store).find(personId);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(found->familyName, QStringLiteral("Ellery"));
}

void TestGuiFirstWindow::caseloadShowsAndFiltersPeople()
{
    auto store = createStore();
    QVERIFY(store);
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Hearth — Sam Okafor"));

    auto *stack = child<QStackedWidget>(&window, "caseloadStack");
    auto *empty = child<QLabel>(&window, "emptyLabel");
    auto *search = child<QLineEdit>(&window, "searchEdit");
    QVERIFY(stack && empty && search);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(empty->text().startsWith(QStringLiteral("No one on your caseload yet.")));
    QVERIFY(empty->text().contains(QStringLiteral("hearth-cli import-case")));
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by name, NHS number or postcode"));

    addSamplePeople(*store);
    window.refresh();
    CaseloadModel *model = window.caseloadModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tablePage"));

    // The list is in family-name order, as a caseload on paper would be.
    const QAbstractItemModel *shown = child<QTableView>(&window, "caseloadView")->model();
    QStringList order;
    for (int row = 0; row < shown->rowCount(); ++row)
        order << shown->index(row, CaseloadModel::NameColumn).data().toString();
    QCOMPARE(order,
        QStringList({QStringLiteral("Agnieszka Nowak"), QStringLiteral("Margaret Okafor"),
            QStringLiteral("Dylan Price")}));

    // The status bar names the store and counts the people.
    QStringList statusTexts;
    const QList<QLabel *> statusLabels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : statusLabels)
        statusTexts << label->text();
    const QString status = statusTexts.join(u'|');
    QVERIFY2(status.contains(store->path()), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("3 people")), qPrintable(status));

    // UK formats in the table.
    int margaret = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CaseloadModel::NameColumn).data().toString().contains(u"Margaret"))
            margaret = row;
    }
    QVERIFY(margaret >= 0);
    QCOMPARE(model->index(margaret, CaseloadModel::DateOfBirthColumn).data().toString(),
        QStringLiteral("09/03/1941"));
    QCOMPARE(model->index(margaret, CaseloadModel::NhsNumberColumn).data().toString(),
        QStringLiteral("943 476 5919"));
    QCOMPARE(model->headerData(CaseloadModel::NextReviewColumn, Qt::Horizontal).toString(),
        QStringLiteral("Next review"));

    // Ctrl+F from the table goes to the search field; typing filters after a short pause.
    child<QTableView>(&window, "caseloadView")->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), search);
    type(QStringLiteral("okaf"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().contains(u"Okafor"));

    // NHS number as printed, with spaces.
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("407 483 3786"));
    // The previous search also left one row: wait for this one's.
    QTRY_VERIFY(model->rowCount() == 1 && model->index(0, 0).data().toString().contains(u"Price"));

    // Postcode.
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("PL4"));
    // The previous search also left one row: wait for this one's.
    QTRY_VERIFY(model->rowCount() == 1 && model->index(0, 0).data().toString().contains(u"Nowak"));

    // No match says so, and keeps the search.
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("zzzz"));
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(empty->text().contains(QStringLiteral("zzzz")));

    // Escape clears the search.
    press(Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tablePage"));
}

// The model's own shortcuts: names ranked by case folding even where the store's order
// (SQLite's NOCASE folds ASCII only) disagrees, and one row of each kind a column shows.
void TestGuiFirstWindow::caseloadRanksNamesAndFindsEachKind()
{
    using namespace Qt::StringLiterals;
    auto entry = [](const QString &sortName, const QString &status = {}, const QString &kind = {}) {
        CaseloadEntry e;
        e.personId = QUuid::createUuid();
        e.displayName = sortName;
        e.sortName = sortName;
        e.status = status;
        e.kind = kind;
        return e;
    };
    CaseloadModel model;
    // NOCASE puts "Éb" before "éa" (0x89 < 0xA9 in UTF-8); folded, "éa" comes first.
    model.setEntries({entry(u"Éb"_s), entry(u"éa"_s), entry(u"Okafor"_s)});
    // Folded, both come after "okafor" too ('é' is U+00E9).
    QCOMPARE(model.nameRank(0), 2);
    QCOMPARE(model.nameRank(1), 1);
    QCOMPARE(model.nameRank(2), 0);
    // Already in order: ranks follow the rows; equal names share a rank.
    model.setEntries({entry(u"Adams"_s), entry(u"adams"_s), entry(u"Price"_s)});
    QCOMPARE(model.nameRank(0), 0);
    QCOMPARE(model.nameRank(1), 0);
    QCOMPARE(model.nameRank(2), 1);

    CaseloadSortModel sorted(&model);
    sorted.sort(CaseloadModel::NameColumn);
    QCOMPARE(sorted.index(2, CaseloadModel::NameColumn).data().toString(), u"Price"_s);
    sorted.sort(CaseloadModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, CaseloadModel::NameColumn).data().toString(), u"Price"_s);

    QList<CaseloadEntry> many;
    for (int i = 0; i < 50; ++i) {
        CaseloadEntry e = entry(u"Person %1"_s.arg(i, 2, 10, QChar(u'0')), u"draft"_s,
            i == 40 ? u"review"_s : u"assessment"_s);
        if (i % 2 == 0)
            e.dateOfBirth = QDate(1940, 1, 1).addDays(i);
        if (i >= 10)
            e.nhsNumber = u"9434765919"_s;
        if (i == 30 || i == 31) {
            e.nextReview = QDate(2027, 1, 1);
            e.reviewOverdue = i == 31;
        }
        if (i == 45)
            e.status = u"finalised"_s;
        many.append(e);
    }
    model.setEntries(many);
    QCOMPARE(model.rowsOfEachKind(CaseloadModel::DateOfBirthColumn), QList<int>({0, 1}));
    QCOMPARE(model.rowsOfEachKind(CaseloadModel::NhsNumberColumn), QList<int>({0, 10}));
    QCOMPARE(model.rowsOfEachKind(CaseloadModel::NextReviewColumn), QList<int>({0, 30, 31}));
    QCOMPARE(model.rowsOfEachKind(CaseloadModel::StatusColumn), QList<int>({0, 40, 45}));
}

void TestGuiFirstWindow::enterOpensPerson()
{
    auto store = createStore();
    QVERIFY(store);
    addSamplePeople(*store);
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &MainWindow::openPerson);

    auto *view = child<QTableView>(&window, "caseloadView");
    QCOMPARE(focused(), child<QLineEdit>(&window, "searchEdit"));
    type(QStringLiteral("price"));
    QTRY_COMPARE(window.caseloadModel()->rowCount(), 1);
    press(Qt::Key_Down); // from the search straight to the results
    QCOMPARE(focused(), view);
    press(Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    const QUuid id = opened.first().first().toUuid();
    QCOMPARE(id, window.caseloadModel()->personId(0));
    QCOMPARE(window.currentPersonId(), id);
    QVERIFY(view->selectionModel()->isRowSelected(0, {}));

    // Enter opened their assessment in place of the caseload, with their name in view.
    QVERIFY(window.isShowingAssessment());
    QCOMPARE(window.assessmentView()->session().person().id, id);
    QVERIFY(child<QLabel>(&window, "personLabel")->text().contains(u"Dylan Price"));
    QVERIFY(window.assessmentView()->isAncestorOf(focused()));
    // Ctrl+W goes back to the list, on the same person.
    press(Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window.isShowingAssessment());
    QCOMPARE(focused(), view);

    // Arrow keys move through the whole list once the search is cleared.
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_Escape);
    QTRY_COMPARE(window.caseloadModel()->rowCount(), 3);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), view);
    QCOMPARE(window.currentPersonId(), id); // still on the same person after the refresh
    press(Qt::Key_Home);
    press(Qt::Key_Down);
    press(Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().toUuid(), window.currentPersonId());
    QVERIFY(window.isShowingAssessment());
}

void TestGuiFirstWindow::everyControlIsNamed()
{
    QStringList problems;
    {
        FirstRunDialog dialog(m_dir.filePath(QStringLiteral("a11y.db")));
        dialog.show();
        problems << accessibilityProblems(&dialog);
    }
    {
        UnlockDialog dialog(m_dir.filePath(QStringLiteral("a11y.db")));
        dialog.show();
        problems << accessibilityProblems(&dialog);
    }
    auto store = createStore();
    QVERIFY(store);
    {
        MainWindow window(*store); // empty caseload
        window.show();
        problems << accessibilityProblems(&window);
    }
    addSamplePeople(*store);
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    problems << accessibilityProblems(&window);

    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
    QVERIFY(about->text().contains(QString::fromLatin1(kVersion)));
    problems << accessibilityProblems(about);
    about->close();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGuiFirstWindow::fitsSmallLaptopScreen()
{
    const QSize screen(1366, 768 - 40); // less a panel
    auto store = createStore();
    QVERIFY(store);
    addSamplePeople(*store);
    MainWindow window(*store);
    QVERIFY2(window.minimumSizeHint().width() <= screen.width()
            && window.minimumSizeHint().height() <= screen.height(),
        qPrintable(QStringLiteral("%1x%2")
                       .arg(window.minimumSizeHint().width())
                       .arg(window.minimumSizeHint().height())));
    QVERIFY(window.width() <= screen.width() && window.height() <= screen.height());

    FirstRunDialog first(m_dir.filePath(QStringLiteral("fit.db")));
    UnlockDialog unlock(m_dir.filePath(QStringLiteral("fit.db")));
    for (QDialog *dialog : {static_cast<QDialog *>(&first), static_cast<QDialog *>(&unlock)}) {
        QVERIFY(dialog->sizeHint().width() <= screen.width());
        QVERIFY(dialog->sizeHint().height() <= screen.height());
    }
}

void TestGuiFirstWindow::commandLine()
{
    const QString program = QStringLiteral("hearth");
    Startup::Options version = Startup::parseArguments({program, QStringLiteral("--version")});
    QVERIFY(version.exitNow);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.contains(QString::fromLatin1(kVersion)));

    Startup::Options help = Startup::parseArguments({program, QStringLiteral("--help")});
    QVERIFY(help.exitNow);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.output.contains(QStringLiteral("--db <file>")));

    Startup::Options bad = Startup::parseArguments({program, QStringLiteral("--frobnicate")});
    QVERIFY(bad.exitNow);
    QCOMPARE(bad.exitCode, 2);

    const QString file = m_dir.filePath(QStringLiteral("cli.db"));
    Startup::Options db = Startup::parseArguments({program, QStringLiteral("--db"), file});
    QVERIFY(!db.exitNow);
    QCOMPARE(db.databasePath, file);

    Startup::Options defaults = Startup::parseArguments({program});
    QVERIFY(!defaults.exitNow);
    QVERIFY(defaults.databasePath.endsWith(QStringLiteral("/hearth.db")));
}

void TestGuiFirstWindow::environmentPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("nested/folder/env.db"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HEARTH_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    env.insert(QStringLiteral("HEARTH_PRACTITIONER"), QStringLiteral("Priya Shah"));

    {
        auto created = Startup::obtainStore(path, env); // creates, folders and all
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(created.value());
        QCOMPARE(created.value()->practitioner(), QStringLiteral("Priya Shah"));
    }
    {
        env.insert(QStringLiteral("HEARTH_PASSPHRASE"), QStringLiteral("not the passphrase"));
        auto refused = Startup::obtainStore(path, env);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
        QVERIFY(Startup::storeExists(path)); // a wrong passphrase never destroys anything
    }
    {
        env.insert(QStringLiteral("HEARTH_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        env.remove(QStringLiteral("HEARTH_PRACTITIONER"));
        auto opened = Startup::obtainStore(path, env);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value()->practitioner(), QStringLiteral("Priya Shah"));
    }
}

QTEST_MAIN(TestGuiFirstWindow)
#include "tst_gui_firstwindow.moc"
