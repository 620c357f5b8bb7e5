#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace hearth {

class Store;

// The Sync menu (docs/sync.md): enrolling this laptop with the office, the end-of-day bundle
// and reading the office's receipt back, as hearth-cli enrol, export-bundle and
// import-receipt do. Each entry asks for what it needs, does the work and says what happened
// in a message. The store must outlive this object.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    // `parent` owns this object and parents its dialogs and messages.
    SyncActions(Store &store, QWidget *parent);
    ~SyncActions() override;

    // Test hooks, answered by dialogs by default (STYLE.md habit 7). A path or folder comes
    // back empty when the practitioner cancels.
    // The office's public key to enrol with (office.pub).
    std::function<QString()> chooseOfficeKey;
    // Asks to go on with the question shown; true to enrol.
    std::function<bool(const QString &question)> confirmEnrol;
    // Where to save the laptop's key for the office, starting from the `suggested` path.
    std::function<QString(const QString &suggested)> chooseDeviceKeyFile;
    // The folder the bundle is written to, starting from the one used last time.
    std::function<QString(const QString &lastFolder)> chooseBundleFolder;
    // The receipt the office sent back.
    std::function<QString()> chooseReceipt;
    // Saves whatever is being edited, so the bundle carries it; set by the window.
    std::function<Status()> saveOpenWork;

    // The last message shown: kept open (window-modal, not blocking) until it is closed.
    QMessageBox *lastMessage() const;

    // "Last bundle: 23 Nov, 17:05 — received by the office", or empty before the first
    // bundle and when the store cannot say.
    QString statusText() const;

    // The name offered for the laptop's key, "device-sam-okafor.pub".
    QString deviceKeyFileName() const;

public slots:
    // Sync ▸ Enrol with the office…: office.pub in, its fingerprint confirmed, device.pub out.
    void enrol();
    // Sync ▸ End of day: everything changed since the office's last receipt, in one bundle.
    void endOfDay();
    // Sync ▸ Read office receipt…: forgets what reached the office.
    void readReceipt();

signals:
    // A bundle was written or a receipt read: statusText() may have changed.
    void stateChanged();

private:
    enum class Kind { Information, Warning };
    void showMessage(
        Kind kind, const QString &title, const QString &text, const QString &details = QString());
    QWidget *parentWidget() const;

    Store &m_store;
    QPointer<QMessageBox> m_message;
};

} // namespace hearth
