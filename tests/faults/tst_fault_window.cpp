// The practitioner's side of a disk that fails (DESIGN 4, "Nothing typed is lost"): in the
// real window, with every write failing, typed words stay on the screen, a banner says they
// are not saved and why, the window will not close on them, and once the disk recovers they
// are saved without the practitioner doing anything.

#include "faultvfs.h"

#include "../gui/guitest.h"
#include "../gui/windowtest.h"

#include <QMessageBox>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::StringLiterals;

class TestFaultWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { faults::install(); }
    void cleanup() { faults::reset(); }

    void wordsStayAndAreSavedWhenTheDiskRecovers()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const QUuid personId = addPerson(*store).id;
        auto window = windowtest::showMainWindow(*store, QSize(1280, 800));
        TextField *field
            = windowtest::openAtFirstTextField(*window, personId, AssessmentStep::WhatMatters);
        QVERIFY(field);
        AssessmentView *view = window->assessmentView();
        auto *banner = child<QLabel>(view, "saveProblemLabel");
        auto *saved = child<QLabel>(view, "savedLabel");
        QVERIFY(banner && saved);
        QVERIFY(banner->isHidden());

        faults::failWrites(1, -1);
        const QString words = u"Seeing my grandson on Sundays"_s;
        type(words);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY2(banner->text().startsWith(u"Not saved yet: The disk could not be written"_s),
            qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"Your words are kept here"_s));
        QCOMPARE(saved->text(), u"Not saved"_s);
        QCOMPARE(field->toPlainText(), words);
        // More typing does not hide the problem.
        type(u"."_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(saved->text(), u"Not saved"_s);

        // Closing would lose the words: the window says so and stays.
        QString refusal;
        QTimer::singleShot(0, this, [&refusal] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            refusal = box->text();
            box->accept();
        });
        QVERIFY(!window->close());
        QVERIFY2(refusal.contains(u"could not save"_s), qPrintable(refusal));
        QVERIFY(window->isVisible());
        QCOMPARE(field->toPlainText(), words + u"."_s);

        faults::reset();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000); // retried, by itself
        QVERIFY2(saved->text().startsWith(u"Saved"_s), qPrintable(saved->text()));
        auto stored = AssessmentRepository(*store).forPerson(personId);
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->first().whatMatters.inTheirWords, words + u"."_s);
        QVERIFY(windowtest::closeMainWindow(window));
    }
};

QTEST_MAIN(TestFaultWindow)
#include "tst_fault_window.moc"
