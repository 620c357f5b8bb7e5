#pragma once

#include "passphrasestrength.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace hearth {

class Store;

// The first thing a new practitioner sees: their name and a passphrase (twice), then a new,
// encrypted store at `storePath`. Accepting creates the store; a failure is shown inline
// and the dialog stays open.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString &storePath, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    void setPractitioner(const QString &name);
    QString practitioner() const;
    PassphraseStrength::Level strength() const;
    // Why OK is disabled, as shown to the user; empty when the form is valid.
    QString problem() const;
    bool canAccept() const;

    // The store made on accept; null until then.
    std::unique_ptr<Store> takeStore();

public slots:
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::FirstRunDialog> ui;
    QString m_storePath;
    std::unique_ptr<Store> m_store;
};

} // namespace hearth
