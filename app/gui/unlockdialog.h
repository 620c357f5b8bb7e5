#pragma once

#include "core/result.h"

#include <QDialog>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace hearth {

class Store;

// Asks for the passphrase and opens the store at `storePath`. A wrong passphrase shows the
// store's message inline; each further failure makes the next try wait longer (1 s, 2 s,
// 4 s … up to 30 s), shown as a countdown. Nothing is ever deleted or reset here (DESIGN 4).
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    using Opener = std::function<Result<std::unique_ptr<Store>>(
        const QString &path, const QByteArray &passphrase)>;

    explicit UnlockDialog(const QString &storePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    // Test hooks: how the store is opened (Store::open by default) and how long one "second"
    // of the retry delay lasts.
    void setOpener(Opener opener);
    void setDelayUnit(std::chrono::milliseconds unit);

    // Seconds to wait after `failures` consecutive failures: 0, 1, 2, 4 … capped at 30.
    static int retryDelaySeconds(int failures);

    int failures() const { return m_failures; }
    bool isWaiting() const;
    QString message() const;

    std::unique_ptr<Store> takeStore();

public slots:
    void accept() override;

private:
    void updateCountdown();
    void updateOkButton();

    std::unique_ptr<Ui::UnlockDialog> ui;
    QString m_storePath;
    Opener m_opener;
    std::unique_ptr<Store> m_store;
    int m_failures = 0;
    std::chrono::milliseconds m_delayUnit {1000};
    int m_secondsLeft = 0;
    QTimer m_countdown;
};

} // namespace hearth
