// The Sync menu through the real window: enrolling with an office made here, the end-of-day
// bundle (opened again with the office's keys), the office's receipt read back, and the
// messages that say what happened. The file pickers are answered through SyncActions' hooks.

#include "guitest.h"

#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/syncactions.h"
#include "storage/syncstate.h"
#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"
#include "sync/receipt.h"
#include "sync/synckeys.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUuid kSian = QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s);

struct Shown
{
    QString title;
    QString text;
    QString details;
    QStringList problems; // accessibility
};

// The message the last Sync action showed, which is then closed as Enter would.
std::optional<Shown> takeMessage(MainWindow &window)
{
    QPointer<QMessageBox> box;
    if (!QTest::qWaitFor([&] {
            box = window.syncActions()->lastMessage();
            return box && box->isVisible();
        }))
        return std::nullopt;
    Shown shown {
        box->windowTitle(), box->text(), box->informativeText(), accessibilityProblems(box)};
    if (box->accessibleName().isEmpty())
        shown.problems << u"the message has no accessible name"_s;
    if (!box->defaultButton())
        shown.problems << u"the message has no default button for Enter"_s;
    QTest::keyClick(box, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return box.isNull(); }))
        return std::nullopt;
    return shown;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_officeDir;
    QTemporaryDir m_stick; // where bundles go and receipts come back
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::optional<sync::OfficeKeys> m_office;

    // What the hooks were asked, and how often.
    QString m_question;
    QString m_suggestedDeviceKey;
    int m_folderAsked = 0;
    QString m_receiptPath;

    SyncActions *syncActions() const { return m_window->syncActions(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QStringList bundlesOnStick() const
    {
        return QDir(m_stick.path()).entryList({u"*.hearthbundle"_s}, QDir::Files, QDir::Name);
    }
    QString syncStatus() const
    {
        auto *label = m_window->findChild<QLabel *>(u"syncStatusLabel"_s);
        return label && !label->isHidden() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        // The folders chosen are remembered in QSettings: not in the tester's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid() && m_officeDir.isValid() && m_stick.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        auto office = sync::OfficeKeys::generate();
        QVERIFY2(office.ok(), qPrintable(office.ok() ? QString() : office.error()));
        m_office = std::move(office).value();
        const Status saved = m_office->save(m_officeDir.path(), "the office passphrase");
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));

        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        SyncActions *sync = syncActions();
        QVERIFY(sync);
        sync->chooseOfficeKey
            = [this] { return sync::OfficeKeys::publicKeyPath(m_officeDir.path()); };
        sync->confirmEnrol = [this](const QString &question) {
            m_question = question;
            return true;
        };
        sync->chooseDeviceKeyFile = [this](const QString &suggested) {
            m_suggestedDeviceKey = suggested;
            return m_stick.filePath(QFileInfo(suggested).fileName());
        };
        sync->chooseBundleFolder = [this](const QString &) {
            ++m_folderAsked;
            return m_stick.path();
        };
        sync->chooseReceipt = [this] { return m_receiptPath; };
    }

    void theMenuOffersSync()
    {
        QMenu *menu = m_window->findChild<QMenu *>(u"menuSync"_s);
        QVERIFY(menu);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        QCOMPARE(menu->title(), u"S&ync"_s);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0), action("actionEnrol"));
        QCOMPARE(actions.at(1), action("actionEndOfDay"));
        QCOMPARE(actions.at(2), action("actionReadReceipt"));
        QCOMPARE(action("actionEndOfDay")->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        // No other action of the window has the same keys.
        const QList<QAction *> all = m_window->findChildren<QAction *>();
        for (QAction *other : all) {
            if (other != action("actionEndOfDay"))
                QVERIFY(other->shortcut() != QKeySequence(u"Ctrl+Shift+E"_s));
        }
        // Nothing sent yet: nothing to say in the status bar.
        QCOMPARE(syncStatus(), QString());
    }

    void endOfDayBeforeEnrolmentSaysHow()
    {
        action("actionEndOfDay")->trigger();
        const auto shown = takeMessage(*m_window);
        QVERIFY(shown);
        QCOMPARE(shown->title, u"Not enrolled with an office"_s);
        QVERIFY2(
            shown->text.contains(u"not enrolled with an office yet"_s), qPrintable(shown->text));
        QVERIFY2(
            shown->details.contains(u"Sync ▸ Enrol with the office"_s), qPrintable(shown->details));
        QVERIFY2(shown->problems.isEmpty(), qPrintable(shown->problems.join(u'\n')));
        QCOMPARE(m_folderAsked, 0); // no folder asked for when there is nowhere to send
        QVERIFY(bundlesOnStick().isEmpty());
    }

    void enrol()
    {
        action("actionEnrol")->trigger();
        const auto shown = takeMessage(*m_window);
        QVERIFY(shown);
        QVERIFY2(m_question.contains(sync::OfficeKeys::readable(
                     sync::OfficeKeys::fingerprint(m_office->publicKey))),
            qPrintable(m_question));
        QVERIFY(!m_question.contains(u"already enrolled"_s));
        QCOMPARE(QFileInfo(m_suggestedDeviceKey).fileName(), u"device-sam-okafor.pub"_s);
        QCOMPARE(QFileInfo(m_suggestedDeviceKey).absolutePath(),
            QFileInfo(m_officeDir.path()).absoluteFilePath());
        QCOMPARE(shown->title, u"Enrolled with the office"_s);
        QVERIFY2(shown->text.contains(u"Give this file to the office"_s), qPrintable(shown->text));
        QVERIFY2(shown->text.endsWith(u"\n\ndevice-sam-okafor.pub\nin "_s
                     + QDir::toNativeSeparators(m_stick.path())),
            qPrintable(shown->text));
        QVERIFY2(shown->problems.isEmpty(), qPrintable(shown->problems.join(u'\n')));

        // What the office enrols: this laptop, this practitioner, this office.
        auto device = sync::DevicePublicKey::read(m_stick.filePath(u"device-sam-okafor.pub"_s));
        QVERIFY2(device.ok(), qPrintable(device.ok() ? QString() : device.error()));
        QCOMPARE(device->deviceId, QUuid::fromString(m_store->deviceId()));
        QCOMPARE(device->practitioner, u"Sam Okafor"_s);
        QCOMPARE(device->officeFingerprint, sync::OfficeKeys::fingerprint(m_office->publicKey));

        // Enrolling again says so, and keeps the laptop's key: the office need not re-enrol.
        QVERIFY(QFile::remove(m_stick.filePath(u"device-sam-okafor.pub"_s)));
        action("actionEnrol")->trigger();
        QVERIFY(takeMessage(*m_window));
        QVERIFY2(
            m_question.contains(u"already enrolled with this office"_s), qPrintable(m_question));
        auto again = sync::DevicePublicKey::read(m_stick.filePath(u"device-sam-okafor.pub"_s));
        QVERIFY(again.ok());
        QCOMPARE(again->signingKey, device->signingKey);
    }

    void endOfDayWritesTheBundleAndTheReceiptClearsIt()
    {
        QVERIFY(!importCase(*m_store, u"cases/adult-eligible-sian-pritchard.json"_s).isNull());
        m_window->refresh();

        // An edit still waiting for its autosave when the day ends goes in the bundle.
        const Person margaret = addPerson(*m_store);
        m_window->showPerson(margaret.id);
        QVERIFY(m_window->isShowingAssessment());
        CaseSession &session = m_window->assessmentView()->session();
        QVERIFY(session.editPerson([](Person &p) { p.preferredName = u"Peggy"_s; }));
        QVERIFY(session.hasUnsavedChanges());

        action("actionEndOfDay")->trigger();
        const auto shown = takeMessage(*m_window);
        QVERIFY(shown);
        QVERIFY(!session.hasUnsavedChanges());
        QCOMPARE(m_folderAsked, 1);

        const QStringList written = bundlesOnStick();
        QCOMPARE(written.size(), 1);
        const QRegularExpression pattern(
            u"^hearth-sam-okafor-(\\d{4}-\\d{2}-\\d{2})-0001\\.hearthbundle$"_s);
        const QRegularExpressionMatch match = pattern.match(written.constFirst());
        QVERIFY2(match.hasMatch(), qPrintable(written.constFirst()));
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        QVERIFY(date == QDate::currentDate() || date == QDate::currentDate().addDays(-1));

        // Only the office opens it, and it says it came from this laptop.
        auto device = sync::DevicePublicKey::read(m_stick.filePath(u"device-sam-okafor.pub"_s));
        QVERIFY(device.ok());
        auto opened = sync::BundleEnvelope::open(readFile(m_stick.filePath(written.constFirst())),
            *m_office, [&](const QUuid &id) -> std::optional<QByteArray> {
                if (id == device->deviceId)
                    return device->signingKey;
                return std::nullopt;
            });
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        auto payload = sync::BundlePayload::read(opened->payload);
        QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error()));
        QCOMPARE(payload->manifest.sequence, qint64(1));
        QCOMPARE(payload->manifest.practitioner, u"Sam Okafor"_s);
        bool hasSian = false;
        bool hasPeggy = false;
        for (const sync::BundleRecord &record : std::as_const(payload->records)) {
            hasSian = hasSian || (record.kind == u"person" && record.id == kSian);
            hasPeggy = hasPeggy
                || (record.kind == u"person" && record.id == margaret.id
                    && record.data.value(u"preferredName"_s).toString() == u"Peggy");
        }
        QVERIFY(hasSian);
        QVERIFY2(hasPeggy, "the unsaved edit was not in the bundle");
        // Siân's assessment is finalised: the plan and the easy read she was given go too.
        QVERIFY(!payload->documents.isEmpty());

        QCOMPARE(shown->title, u"Sync bundle made"_s);
        QVERIFY2(shown->text.startsWith(u"Sync bundle 1 is ready for the office"_s),
            qPrintable(shown->text));
        QVERIFY2(shown->text.endsWith(u"\n\n"_s + written.constFirst() + u"\nin "_s
                     + QDir::toNativeSeparators(m_stick.path())),
            qPrintable(shown->text));
        QVERIFY2(shown->text.contains(u"%1 records"_s.arg(payload->records.size())),
            qPrintable(shown->text));
        QVERIFY2(shown->text.contains(payload->documents.size() == 1
                         ? u"1 printout"_s
                         : u"%1 printouts"_s.arg(payload->documents.size())),
            qPrintable(shown->text));
        QVERIFY2(
            shown->details.contains(u"Sync ▸ Read office receipt"_s), qPrintable(shown->details));
        QVERIFY2(shown->problems.isEmpty(), qPrintable(shown->problems.join(u'\n')));
        QVERIFY2(
            syncStatus().endsWith(u"not yet received by the office"_s), qPrintable(syncStatus()));

        // The office's receipt, as hearth-office writes it after the import.
        sync::ImportReceipt receipt;
        receipt.officeFingerprint = sync::OfficeKeys::fingerprint(m_office->publicKey);
        receipt.deviceId = device->deviceId;
        receipt.sequence = payload->manifest.sequence;
        receipt.payloadHash = QString::fromLatin1(
            QCryptographicHash::hash(opened->payload, QCryptographicHash::Sha256).toHex());
        receipt.contentHash = payload->manifest.contentHash;
        receipt.importedAt = QDateTime::currentDateTimeUtc();
        for (const sync::BundleRecord &record : std::as_const(payload->records))
            receipt.records.append({record.kind, record.id, record.version});
        for (const sync::BundleDocument &document : std::as_const(payload->documents))
            receipt.documents.append({document.assessmentId, document.kind, document.sha256()});
        receipt.conflicts = 2;

        // One signed by another office (with this office's name on it) is refused whole, and
        // says why.
        auto stranger = sync::OfficeKeys::generate();
        QVERIFY(stranger.ok());
        m_receiptPath = m_stick.filePath(u"forged.receipt"_s);
        QVERIFY(writeFile(m_receiptPath, receipt.write(*stranger)));
        action("actionReadReceipt")->trigger();
        auto refused = takeMessage(*m_window);
        QVERIFY(refused);
        QCOMPARE(refused->title, u"Receipt not read"_s);
        QVERIFY2(refused->text.contains(u"forged.receipt was not accepted"_s),
            qPrintable(refused->text));
        QVERIFY2(refused->details.contains(u"signature does not match the office"_s),
            qPrintable(refused->details));
        QVERIFY(syncStatus().endsWith(u"not yet received by the office"_s));
        auto pending = SyncState(*m_store).pendingRecords();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), payload->records.size());

        m_receiptPath
            = m_stick.filePath(QFileInfo(written.constFirst()).completeBaseName() + u".receipt"_s);
        QVERIFY(writeFile(m_receiptPath, receipt.write(*m_office)));
        action("actionReadReceipt")->trigger();
        auto read = takeMessage(*m_window);
        QVERIFY(read);
        QCOMPARE(read->title, u"Office receipt read"_s);
        QVERIFY2(read->text.contains(
                     u"The office has sync bundle 1: %1 records"_s.arg(payload->records.size())),
            qPrintable(read->text));
        QVERIFY2(read->details.contains(u"2 records were also changed on another laptop; the "
                                        "office keeps both versions and will decide."_s),
            qPrintable(read->details));
        QVERIFY2(read->problems.isEmpty(), qPrintable(read->problems.join(u'\n')));
        QVERIFY2(syncStatus().startsWith(u"Last sync bundle: "_s)
                && syncStatus().endsWith(u"received by the office"_s)
                && !syncStatus().contains(u"not yet"_s),
            qPrintable(syncStatus()));
        pending = SyncState(*m_store).pendingRecords();
        QVERIFY(pending.ok());
        QVERIFY(pending->isEmpty());

        // Read twice: said, and harmless.
        action("actionReadReceipt")->trigger();
        auto twice = takeMessage(*m_window);
        QVERIFY(twice);
        QVERIFY2(twice->details.contains(u"read before"_s), qPrintable(twice->details));

        // The next end of day, from the keyboard, has nothing to send and writes nothing.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }));
        QVERIFY(focused());
        QVERIFY(m_window->isAncestorOf(focused()));
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto nothing = takeMessage(*m_window);
        QVERIFY(nothing);
        QCOMPARE(m_folderAsked, 2);
        QCOMPARE(nothing->title, u"Nothing to send"_s);
        QCOMPARE(nothing->text,
            u"Nothing has changed since the office's last receipt: no bundle was written."_s);
        QCOMPARE(bundlesOnStick(), written);
    }

    void cleanupTestCase()
    {
        if (m_window && m_window->isShowingAssessment())
            QVERIFY(m_window->assessmentView()->closeCase().ok());
        m_window.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
