#include "syncactions.h"

#include "appsettings.h"
#include "core/wholefile.h"
#include "dialogutil.h"

#include "core/language.h"
#include "documents/printouts.h"
#include "storage/store.h"
#include "storage/syncstate.h"
#include "sync/laptopsync.h"
#include "sync/synckeys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

const QString kKeyFolder = u"sync/keyFolder"_s;
const QString kBundleFolder = u"sync/bundleFolder"_s;
const QString kReceiptFolder = u"sync/receiptFolder"_s;

using appsettings::organisation;

QString remembered(const QString &key, const QString &fallback = {})
{
    const QSettings settings(organisation(), QCoreApplication::applicationName());
    const QString folder = settings.value(key).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    if (!fallback.isEmpty())
        return fallback;
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

void remember(const QString &key, const QString &folder)
{
    QSettings settings(organisation(), QCoreApplication::applicationName());
    settings.setValue(key, folder);
}

// Spelled out: there is no English .ts file to supply %n plural forms.
QString recordsText(int n)
{
    return n == 1 ? SyncActions::tr("1 record") : SyncActions::tr("%1 records").arg(n);
}

QString printoutsText(int n)
{
    return n == 1 ? SyncActions::tr("1 printout") : SyncActions::tr("%1 printouts").arg(n);
}

QString conflictsText(int n)
{
    return n == 1 ? SyncActions::tr("1 record was also changed on another laptop; the office "
                                    "keeps both versions and will decide.")
                  : SyncActions::tr("%1 records were also changed on another laptop; the "
                                    "office keeps both versions and will decide.")
                        .arg(n);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SyncActions::SyncActions(Store &store, QWidget *parent)
    : QObject(parent)
    , m_store(store)
{
    chooseOfficeKey = [this] {
        QFileDialog dialog(parentWidget(), tr("Choose the office's public key"));
        dialog.setObjectName(u"officeKeyDialog"_s);
        dialog.setAccessibleName(dialog.windowTitle());
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setNameFilters({tr("Office public keys (*.pub)"), tr("All files (*)")});
        dialog.setDirectory(remembered(kKeyFolder));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return QString();
        const QString path = dialog.selectedFiles().constFirst();
        remember(kKeyFolder, QFileInfo(path).absolutePath());
        return path;
    };
    confirmEnrol = [this](const QString &question) {
        QMessageBox box(parentWidget());
        box.setObjectName(u"confirmEnrolBox"_s);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Enrol with the office"));
        box.setAccessibleName(box.windowTitle());
        box.setTextFormat(Qt::PlainText);
        box.setText(question);
        QPushButton *enrol = box.addButton(tr("&Enrol"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(enrol);
        box.setEscapeButton(QMessageBox::Cancel);
        dialogutil::nameButtons(&box);
        box.exec();
        return box.clickedButton() == enrol;
    };
    chooseDeviceKeyFile = [this](const QString &suggested) {
        QFileDialog dialog(parentWidget(), tr("Save this laptop's key for the office"));
        dialog.setObjectName(u"deviceKeyDialog"_s);
        dialog.setAccessibleName(dialog.windowTitle());
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setNameFilter(tr("Laptop keys (*.pub)"));
        dialog.setDefaultSuffix(u"pub"_s);
        dialog.selectFile(suggested);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
            ? dialog.selectedFiles().constFirst()
            : QString();
    };
    chooseBundleFolder = [this](const QString &lastFolder) {
        QFileDialog dialog(parentWidget(), tr("Choose where to save the sync bundle"));
        dialog.setObjectName(u"bundleFolderDialog"_s);
        dialog.setAccessibleName(dialog.windowTitle());
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        dialog.setDirectory(lastFolder);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
            ? dialog.selectedFiles().constFirst()
            : QString();
    };
    chooseReceipt = [this] {
        QFileDialog dialog(parentWidget(), tr("Choose the office's receipt"));
        dialog.setObjectName(u"receiptDialog"_s);
        dialog.setAccessibleName(dialog.windowTitle());
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setNameFilters({tr("Office receipts (*.receipt)"), tr("All files (*)")});
        // Receipts come back on the stick the bundles went out on.
        dialog.setDirectory(remembered(kReceiptFolder, remembered(kBundleFolder)));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return QString();
        const QString path = dialog.selectedFiles().constFirst();
        remember(kReceiptFolder, QFileInfo(path).absolutePath());
        return path;
    };
    saveOpenWork = [] { return Status(); };
}

SyncActions::~SyncActions() = default;

QMessageBox *SyncActions::lastMessage() const
{
    return m_message;
}

QWidget *SyncActions::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

QString SyncActions::deviceKeyFileName() const
{
    return u"device-%1.pub"_s.arg(sync::LaptopSync::fileNamePart(m_store.practitioner()));
}

QString SyncActions::statusText() const
{
    const Result<QList<SentBundle>> bundles = SyncState(m_store).bundles();
    if (!bundles || bundles->isEmpty())
        return {};
    const SentBundle *last = &bundles->constFirst();
    for (const SentBundle &bundle : *bundles) {
        if (bundle.sequence > last->sequence)
            last = &bundle;
    }
    const QDateTime made = last->createdAt.toLocalTime();
    const QString format = made.date().year() == QDate::currentDate().year()
        ? u"d MMM, HH:mm"_s
        : u"d MMM yyyy, HH:mm"_s;
    const QString when = QLocale().toString(made, format);
    return last->receiptedAt.isValid()
        ? tr("Last sync bundle: %1 — received by the office").arg(when)
        : tr("Last sync bundle: %1 — not yet received by the office").arg(when);
}

void SyncActions::showMessage(
    Kind kind, const QString &title, const QString &text, const QString &details)
{
    if (m_message)
        m_message->close();
    auto *box = new QMessageBox(parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"syncMessage"_s);
    box->setIcon(kind == Kind::Warning ? QMessageBox::Warning : QMessageBox::Information);
    box->setWindowTitle(title);
    box->setAccessibleName(title);
    box->setAccessibleDescription(details.isEmpty() ? text : text + u"\n\n"_s + details);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    box->setInformativeText(details);
    box->setStandardButtons(QMessageBox::Ok);
    box->setDefaultButton(QMessageBox::Ok);
    box->setEscapeButton(QMessageBox::Ok);
    dialogutil::nameButtons(box);
    m_message = box;
    box->open();
}

void SyncActions::enrol()
{
    const QString officePath = chooseOfficeKey();
    if (officePath.isEmpty())
        return;
    const Result<sync::OfficePublicKey> office = sync::OfficePublicKey::read(officePath);
    if (!office) {
        showMessage(Kind::Warning, tr("Not enrolled"),
            tr("Hearth could not use %1 as the office's key.").arg(native(officePath)),
            office.error());
        return;
    }

    const Result<std::optional<SyncEnrolment>> existing = SyncState(m_store).enrolment();
    if (!existing) {
        showMessage(Kind::Warning, tr("Not enrolled"),
            tr("Hearth could not read this laptop's enrolment."), existing.error());
        return;
    }
    QString question;
    if (existing->has_value()) {
        const QByteArray before = sync::OfficeKeys::fingerprint((*existing)->officeEncryptionKey);
        question = before == office->fingerprint()
            ? tr("This laptop is already enrolled with this office. Enrolling again keeps "
                 "this laptop's own key and saves its key for the office once more.")
            : tr("This laptop is already enrolled with another office, whose key has the "
                 "fingerprint\n%1\nEnrolling again replaces that office's key; this laptop "
                 "keeps its own key.")
                  .arg(sync::OfficeKeys::readable(before));
        question += u"\n\n"_s;
    }
    question += tr("The office's key has the fingerprint\n%1\n\nCheck that it is the same "
                   "fingerprint the office gave you before you enrol.")
                    .arg(sync::OfficeKeys::readable(office->fingerprint()));
    if (!confirmEnrol(question))
        return;

    const Result<sync::DevicePublicKey> device = sync::LaptopSync(m_store).enrol(*office);
    if (!device) {
        showMessage(Kind::Warning, tr("Not enrolled"),
            tr("Hearth could not enrol this laptop with the office."), device.error());
        return;
    }

    const QString notSaved
        = tr("To save it, choose Sync ▸ Enrol with the office again: this laptop keeps the same "
             "key.");
    const QString devicePath = chooseDeviceKeyFile(
        QDir(QFileInfo(officePath).absolutePath()).filePath(deviceKeyFileName()));
    if (devicePath.isEmpty()) {
        showMessage(Kind::Warning, tr("Key not saved"),
            tr("This laptop is enrolled with the office, but its key for the office was not "
               "saved."),
            notSaved);
        return;
    }
    if (Status written = writeWholeFile(devicePath, device->toFile()); !written) {
        showMessage(Kind::Warning, tr("Key not saved"),
            tr("This laptop is enrolled with the office, but its key could not be written to "
               "%1: %2")
                .arg(native(devicePath), written.error()),
            notSaved);
        return;
    }
    showMessage(Kind::Information, tr("Enrolled with the office"),
        tr("This laptop is enrolled with the office.\n\nGive this file to the office, so that "
           "it can enrol this laptop and read its sync bundles:\n\n%1\nin %2")
            .arg(QFileInfo(devicePath).fileName(), native(QFileInfo(devicePath).absolutePath())),
        tr("The file holds only this laptop's public key, no one's personal details."));
    emit stateChanged();
}

void SyncActions::endOfDay()
{
    const Result<bool> enrolled = sync::LaptopSync(m_store).isEnrolled();
    if (!enrolled) {
        showMessage(Kind::Warning, tr("No sync bundle made"),
            tr("Hearth could not read this laptop's enrolment."), enrolled.error());
        return;
    }
    if (!*enrolled) {
        showMessage(Kind::Warning, tr("Not enrolled with an office"),
            tr("This laptop is not enrolled with an office yet, so there is nowhere to send "
               "your work."),
            tr("Ask the office for its public key (office.pub), then choose Sync ▸ Enrol with "
               "the office…"));
        return;
    }

    const QString folder = chooseBundleFolder(remembered(kBundleFolder));
    if (folder.isEmpty())
        return;
    remember(kBundleFolder, folder);

    // The bundle must carry what is on screen: the open assessment's last edits go first.
    if (const Status saved = saveOpenWork(); !saved) {
        showMessage(Kind::Warning, tr("No sync bundle made"),
            tr("Hearth could not save the open assessment, so no bundle was made."), saved.error());
        return;
    }

    // On the GUI thread, with a busy cursor, not on a worker thread as the printout preview
    // is: the Store is one SQLCipher connection, not safe across threads, and the autosave
    // writes through it. Writing a day's records takes well under a second; each newly
    // finalised assessment adds its two printouts, about 50 ms (README, "Speed").
    const QDate today = QDate::currentDate();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<sync::LaptopSync::Exported> exported = sync::LaptopSync(m_store).exportBundle(
        folder, [today](const AssessmentRecord &record, const QString &kind) {
            return printoutPdf(record, kind, today,
                language::forPrintout(record.person.communication.preferredLanguage));
        });
    QApplication::restoreOverrideCursor();

    if (!exported) {
        showMessage(Kind::Warning, tr("No sync bundle made"),
            tr("Hearth could not make the sync bundle."), exported.error());
        return;
    }
    QString warnings;
    if (!exported->warnings.isEmpty())
        warnings = u"\n\n"_s + exported->warnings.join(u'\n');
    if (exported->path.isEmpty()) {
        showMessage(exported->warnings.isEmpty() ? Kind::Information : Kind::Warning,
            tr("Nothing to send"),
            tr("Nothing has changed since the office's last receipt: no bundle was written."),
            warnings.trimmed());
        return;
    }
    showMessage(exported->warnings.isEmpty() ? Kind::Information : Kind::Warning,
        tr("Sync bundle made"),
        tr("Sync bundle %1 is ready for the office, with %2 and %3:\n\n%4\nin %5")
            .arg(exported->sequence)
            .arg(recordsText(exported->records), printoutsText(exported->documents),
                QFileInfo(exported->path).fileName(),
                native(QFileInfo(exported->path).absolutePath())),
        tr("Only the office can open it. When the office sends back its receipt, choose "
           "Sync ▸ Read office receipt…")
            + warnings);
    emit stateChanged();
}

void SyncActions::readReceipt()
{
    const QString path = chooseReceipt();
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(Kind::Warning, tr("Receipt not read"),
            tr("Hearth could not read %1: %2").arg(native(path), file.errorString()));
        return;
    }
    const Result<sync::LaptopSync::Receipted> applied
        = sync::LaptopSync(m_store).applyReceipt(file.readAll());
    if (!applied) {
        showMessage(Kind::Warning, tr("Receipt not read"),
            tr("%1 was not accepted, and nothing on this laptop changed.").arg(name),
            applied.error());
        return;
    }
    QString details = applied->already
        ? tr("This receipt had been read before; nothing more changed.")
        : tr("This laptop will not send them again unless they change.");
    if (applied->conflicts > 0)
        details += u"\n\n"_s + conflictsText(applied->conflicts);
    showMessage(Kind::Information, tr("Office receipt read"),
        tr("The office has sync bundle %1: %2 and %3.")
            .arg(applied->sequence)
            .arg(recordsText(applied->records), printoutsText(applied->documents)),
        details);
    emit stateChanged();
}

} // namespace hearth
