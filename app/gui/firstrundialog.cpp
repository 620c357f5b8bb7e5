#include "firstrundialog.h"
#include "ui_firstrundialog.h"

#include "dialogutil.h"
#include "storage/store.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QPushButton>

namespace hearth {

FirstRunDialog::FirstRunDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::FirstRunDialog>())
    , m_storePath(storePath)
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->headingLabel);

    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Continue"));
    ok->setAccessibleDescription(tr("Creates your encrypted store and opens your caseload."));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    dialogutil::nameButtons(ui->buttonBox);
    ui->strengthBar->setAccessibleDescription(tr("How hard the passphrase would be to guess."));
    ui->messageLabel->hide();

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(ui->practitionerEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(ui->passphraseEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(ui->confirmEdit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(ui->showPassphraseCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        ui->passphraseEdit->setEchoMode(mode);
        ui->confirmEdit->setEchoMode(mode);
    });

    validate();
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setPractitioner(const QString &name)
{
    ui->practitionerEdit->setText(name);
    if (!name.isEmpty())
        ui->passphraseEdit->setFocus();
}

QString FirstRunDialog::practitioner() const
{
    return ui->practitionerEdit->text().simplified();
}

PassphraseStrength::Level FirstRunDialog::strength() const
{
    return PassphraseStrength::assess(ui->passphraseEdit->text());
}

QString FirstRunDialog::problem() const
{
    const QString passphrase = ui->passphraseEdit->text();
    const QString confirm = ui->confirmEdit->text();
    if (!passphrase.isEmpty() && passphrase.size() < PassphraseStrength::kMinimumLength)
        return tr("The passphrase needs at least %1 characters (%2 so far).")
            .arg(PassphraseStrength::kMinimumLength)
            .arg(passphrase.size());
    if (!confirm.isEmpty() && confirm != passphrase)
        return tr("The two passphrases do not match.");
    return {};
}

bool FirstRunDialog::canAccept() const
{
    const QString passphrase = ui->passphraseEdit->text();
    return !practitioner().isEmpty() && passphrase.size() >= PassphraseStrength::kMinimumLength
        && ui->confirmEdit->text() == passphrase;
}

std::unique_ptr<Store> FirstRunDialog::takeStore()
{
    return std::move(m_store);
}

void FirstRunDialog::validate()
{
    const PassphraseStrength::Level level = strength();
    ui->strengthBar->setValue(int(level));
    const QString word = PassphraseStrength::word(level);
    ui->strengthLabel->setText(word);
    ui->strengthBar->setAccessibleName(
        word.isEmpty() ? tr("Passphrase strength") : tr("Passphrase strength: %1").arg(word));
    QAccessibleValueChangeEvent event(ui->strengthBar, int(level));
    QAccessible::updateAccessibility(&event);

    const QString message = problem();
    if (message != ui->messageLabel->text())
        dialogutil::showInlineMessage(ui->messageLabel, message, true);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void FirstRunDialog::accept()
{
    if (!canAccept())
        return;
    QWidget *hadFocus = focusWidget();
    setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Argon2id takes a moment on purpose (DESIGN 4).
    auto created = Store::create(m_storePath, ui->passphraseEdit->text().toUtf8(), practitioner());
    QGuiApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!created) {
        dialogutil::showInlineMessage(ui->messageLabel,
            tr("Hearth could not create your store: %1").arg(created.error()), true);
        if (hadFocus)
            hadFocus->setFocus();
        return;
    }
    m_store = std::move(created.value());
    ui->passphraseEdit->clear();
    ui->confirmEdit->clear();
    QDialog::accept();
}

} // namespace hearth
