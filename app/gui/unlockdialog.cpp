#include "unlockdialog.h"
#include "ui_unlockdialog.h"

#include "dialogutil.h"
#include "storage/store.h"

#include <QDir>
#include <QGuiApplication>
#include <QPushButton>

#include <algorithm>

namespace hearth {

UnlockDialog::UnlockDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::UnlockDialog>())
    , m_storePath(storePath)
    , m_opener(&Store::open)
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->headingLabel);

    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Unlock"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    dialogutil::nameButtons(ui->buttonBox);

    ui->storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(storePath)));
    QPalette quiet = ui->storeLabel->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    ui->storeLabel->setPalette(quiet);
    ui->messageLabel->hide();
    ui->delayLabel->hide();

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(ui->passphraseEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateOkButton);
    connect(ui->showPassphraseCheck, &QCheckBox::toggled, this, [this](bool show) {
        ui->passphraseEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_countdown.setInterval(m_delayUnit);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        --m_secondsLeft;
        updateCountdown();
    });

    updateOkButton();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

void UnlockDialog::setDelayUnit(std::chrono::milliseconds unit)
{
    m_delayUnit = unit;
    m_countdown.setInterval(unit);
}

int UnlockDialog::retryDelaySeconds(int failures)
{
    if (failures <= 0)
        return 0;
    constexpr int kCap = 30;
    if (failures > 5)
        return kCap;
    return std::min(kCap, 1 << (failures - 1));
}

bool UnlockDialog::isWaiting() const
{
    return m_secondsLeft > 0;
}

QString UnlockDialog::message() const
{
    return ui->messageLabel->text();
}

std::unique_ptr<Store> UnlockDialog::takeStore()
{
    return std::move(m_store);
}

void UnlockDialog::accept()
{
    if (isWaiting() || ui->passphraseEdit->text().isEmpty())
        return;
    setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Argon2id takes a moment on purpose (DESIGN 4).
    auto opened = m_opener(m_storePath, ui->passphraseEdit->text().toUtf8());
    QGuiApplication::restoreOverrideCursor();
    setEnabled(true);

    if (opened && opened.value()) {
        m_store = std::move(opened.value());
        ui->passphraseEdit->clear();
        QDialog::accept();
        return;
    }

    ++m_failures;
    dialogutil::showInlineMessage(
        ui->messageLabel, opened ? tr("The store could not be opened.") : opened.error(), true);
    ui->passphraseEdit->selectAll();
    ui->passphraseEdit->setFocus();
    m_secondsLeft = retryDelaySeconds(m_failures);
    if (m_secondsLeft > 0)
        m_countdown.start();
    updateCountdown();
}

void UnlockDialog::updateCountdown()
{
    if (m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown.stop();
        dialogutil::showInlineMessage(ui->delayLabel, QString(), false);
    } else {
        // Singular and plural spelled out: there is no English .ts file to supply %n forms.
        const QString text = m_secondsLeft == 1
            ? tr("You can try again in 1 second.")
            : tr("You can try again in %1 seconds.").arg(m_secondsLeft);
        ui->delayLabel->setText(text);
        ui->delayLabel->setAccessibleName(text);
        ui->delayLabel->show();
    }
    updateOkButton();
}

void UnlockDialog::updateOkButton()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!isWaiting() && !ui->passphraseEdit->text().isEmpty());
}

} // namespace hearth
