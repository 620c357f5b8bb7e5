// en-GB spelling in free text (issue 3): the checker, the red underline, and the suggestions
// on the context menu, reached with the mouse or the keyboard.

#include "guitest.h"

#include "gui/spellchecker.h"
#include "gui/textfield.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>

using namespace hearth;

namespace {

const QString recieve = QStringLiteral("I recieve help");

// The formats the highlighter put on the first paragraph, as (start, length) of the ones
// underlined for spelling.
QList<QPair<int, int>> underlined(const TextField &field)
{
    QList<QPair<int, int>> ranges;
    const QTextLayout *layout = field.document()->firstBlock().layout();
    const auto formats = layout->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({range.start, range.length});
    }
    return ranges;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// The viewport point of the caret when it stands at `position`.
QPoint pointAt(TextField &field, int position)
{
    QTextCursor cursor(field.document());
    cursor.setPosition(position);
    return field.cursorRect(cursor).center();
}

} // namespace

class TestGuiSpelling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void britishSpelling();
    void suggestions();
    void hearthWords();
    void notWordsToCheck();
    void apostrophesAndHyphens();
    void underline();
    void suggestionReplacesWordAsOneUndoStep();
    void keyboardOpensMenuAtCaret();
    void ignoreWordForTheSession();
};

void TestGuiSpelling::initTestCase()
{
    QVERIFY2(SpellChecker::instance().isAvailable(),
        "no en-GB Hunspell dictionary: install hunspell-en-gb (en_GB.aff and en_GB.dic in "
        "/usr/share/hunspell) or point HEARTH_HUNSPELL_DIR at a folder holding them");
}

void TestGuiSpelling::britishSpelling()
{
    const SpellChecker &checker = SpellChecker::instance();
    QVERIFY(checker.isCorrect(QStringLiteral("colour")));
    QVERIFY(!checker.isCorrect(QStringLiteral("color")));
    QVERIFY(checker.isCorrect(QStringLiteral("organise")));
    QVERIFY(checker.isCorrect(QStringLiteral("Colour")));
    QVERIFY(!checker.isCorrect(QStringLiteral("recieve")));
}

void TestGuiSpelling::suggestions()
{
    const QStringList suggestions = SpellChecker::instance().suggestions(QStringLiteral("recieve"));
    QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(u',')));
    QVERIFY(suggestions.size() <= 6);
    QVERIFY(SpellChecker::instance().suggestions(QStringLiteral("recieve"), 2).size() <= 2);
}

void TestGuiSpelling::hearthWords()
{
    const SpellChecker &checker = SpellChecker::instance();
    for (const char *word : {"reablement", "Reablement", "safeguarding", "wellbeing", "ecomap",
             "telecare", "domiciliary", "GP", "NHS", "OT", "DoLS"})
        QVERIFY2(checker.isCorrect(QString::fromLatin1(word)), word);
    QVERIFY(
        checker.suggestions(QStringLiteral("reablment")).contains(QStringLiteral("reablement")));
}

void TestGuiSpelling::notWordsToCheck()
{
    const SpellChecker &checker = SpellChecker::instance();
    QVERIFY(checker.isCorrect(QStringLiteral("2024")));
    QVERIFY(checker.isCorrect(QStringLiteral("12th")));
    QVERIFY(checker.isCorrect(QStringLiteral("DNACPR")));
    QVERIFY(checker.isCorrect(QStringLiteral("WXYZQ")));
    QVERIFY(checker
                .misspellings(
                    QStringLiteral("See https://exmaple.org/pagge or www.exmaple.org/leaflett, "
                                   "email jo.bloggs@exmaple.org at 10:30 on 3/4/24."))
                .isEmpty());
}

void TestGuiSpelling::apostrophesAndHyphens()
{
    const SpellChecker &checker = SpellChecker::instance();
    QVERIFY(checker.isCorrect(QStringLiteral("doesn’t")));
    QVERIFY(checker.isCorrect(QStringLiteral("doesn't")));
    QVERIFY(checker.isCorrect(QStringLiteral("daughter’s")));
    QVERIFY(checker.isCorrect(QStringLiteral("self-assessment")));
    QVERIFY(checker.isCorrect(QStringLiteral("day-to-day")));
    QVERIFY(!checker.isCorrect(QStringLiteral("self-asessment")));

    // One word each, quotes and trailing apostrophes are not part of it.
    const QString text = QStringLiteral("She doesn’t ‘recieve’ the Joneses' help, 'really'.");
    const auto spans = checker.misspellings(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(text.mid(spans.first().start, spans.first().length), QStringLiteral("recieve"));

    const auto wrong = checker.misspellings(QStringLiteral("it dosen’t"));
    QCOMPARE(wrong.size(), 1);
    QCOMPARE(wrong.first().start, 3);
    QCOMPARE(wrong.first().length, 7);
    // The suggestions keep the apostrophe the person types.
    QVERIFY2(checker.suggestions(QStringLiteral("dosen’t")).contains(QStringLiteral("doesn’t")),
        qPrintable(checker.suggestions(QStringLiteral("dosen’t")).join(u',')));
}

void TestGuiSpelling::underline()
{
    TextField field;
    field.setTextQuietly(recieve);
    QCOMPARE(underlined(field), (QList<QPair<int, int>> {{2, 7}}));
    const QTextLayout *layout = field.document()->firstBlock().layout();
    const auto formats = layout->formats();
    QCOMPARE(formats.first().format.underlineColor(), QColor(Qt::red));

    // Typing a correction takes the underline away.
    field.setTextQuietly(QStringLiteral("I receive help"));
    QVERIFY(underlined(field).isEmpty());
}

void TestGuiSpelling::suggestionReplacesWordAsOneUndoStep()
{
    TextField field;
    field.resize(400, 120);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setFocus();
    QTest::keyClicks(&field, recieve);
    QCOMPARE(field.text(), recieve);
    QSignalSpy edited(&field, &TextField::edited);

    std::unique_ptr<QMenu> menu(field.createSpellingMenu(pointAt(field, 4)));
    const auto actions = menu->actions();
    QVERIFY(actions.size() > 3);
    QCOMPARE(actions.first()->text(), QStringLiteral("receive"));
    QVERIFY(actionNamed(menu.get(), QStringLiteral("Ignore this word")));
    // The standard actions are still there, after the spelling ones.
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->text().contains(QStringLiteral("Undo")); }));

    actions.first()->trigger();
    QCOMPARE(field.text(), QStringLiteral("I receive help"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.last().first().toString(), QStringLiteral("I receive help"));
    QVERIFY(underlined(field).isEmpty());

    // Ctrl+Z takes back the replacement only, not the typing before it.
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(field.text(), recieve);
    QCOMPARE(edited.size(), 2);

    // A correct word gets the standard menu alone.
    std::unique_ptr<QMenu> plain(field.createSpellingMenu(pointAt(field, 12)));
    QVERIFY(!actionNamed(plain.get(), QStringLiteral("receive")));
    QVERIFY(!actionNamed(plain.get(), QStringLiteral("Ignore this word")));
}

void TestGuiSpelling::keyboardOpensMenuAtCaret()
{
    TextField field;
    field.resize(400, 120);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setFocus();
    field.setTextQuietly(recieve);
    QTextCursor caret = field.textCursor();
    caret.setPosition(9); // just after "recieve", as after typing it
    field.setTextCursor(caret);

    QTest::keyClick(&field, Qt::Key_F10, Qt::ShiftModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY2(menu, "Shift+F10 opened no menu");
    QVERIFY(actionNamed(menu, QStringLiteral("receive")));
    menu->close();

    // The Menu key arrives as a keyboard context menu event, its point wherever Qt chose.
    QContextMenuEvent event(
        QContextMenuEvent::Keyboard, QPoint(1, 1), field.mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(&field, &event);
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY2(menu, "the keyboard context menu event opened no menu");
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("receive"));
    menu->close();
}

// Last: it changes what the shared checker accepts for the rest of the run.
void TestGuiSpelling::ignoreWordForTheSession()
{
    const QString name = QStringLiteral("Thandiwe Mbeki-Zorbleflap visits");
    TextField first;
    TextField second;
    first.setTextQuietly(name);
    second.setTextQuietly(name);
    QVERIFY(!underlined(first).isEmpty());
    QSignalSpy edited(&first, &TextField::edited);

    first.resize(400, 120);
    std::unique_ptr<QMenu> menu(first.createSpellingMenu(pointAt(first, 2)));
    QAction *ignore = actionNamed(menu.get(), QStringLiteral("Ignore this word"));
    QVERIFY(ignore);
    ignore->trigger();
    QVERIFY(SpellChecker::instance().isCorrect(QStringLiteral("Thandiwe")));
    QCOMPARE(underlined(first).size(), 1); // Zorbleflap is still wrong
    QCOMPARE(underlined(second).size(), 1); // every field heard of it
    QCOMPARE(first.text(), name);
    QCOMPARE(edited.size(), 0);
}

QTEST_MAIN(TestGuiSpelling)
#include "tst_gui_spelling.moc"
