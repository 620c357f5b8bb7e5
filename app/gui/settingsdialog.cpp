#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "dialogutil.h"

#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace hearth {

namespace {

QString describe(const RasTable &table, bool council)
{
    if (council)
        return SettingsDialog::tr("In use: %1, version %2, the council's own table.")
            .arg(table.name, table.version);
    return SettingsDialog::tr("In use: %1, version %2, the illustrative table Hearth ships. Its "
                              "figures are not any council's, and every figure from it says so.")
        .arg(table.name, table.version);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);

    chooseRasTableFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Load the council's RAS table"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("RAS tables (*.json);;All files (*)"));
    };

    // DESIGN 2.6: a council may choose its intervals only inside the law's bounds.
    ui->informalDaysSpin->setRange(
        ReviewIntervals::kMinInformalDays, ReviewIntervals::kMaxInformalDays);
    ui->firstFormalWeeksSpin->setRange(
        ReviewIntervals::kMinFirstFormalWeeks, ReviewIntervals::kMaxFirstFormalWeeks);
    ui->annualMonthsSpin->setRange(
        ReviewIntervals::kMinAnnualMonths, ReviewIntervals::kMaxAnnualMonths);
    // The system's language first, as most people want it; then each language by its own name.
    ui->languageCombo->addItem(
        tr("The system's language (%1)").arg(language::nativeName(language::forSystem())));
    for (const Language each : {Language::English, Language::Welsh})
        ui->languageCombo->addItem(language::nativeName(each), language::code(each));
    if (const std::optional<Language> chosen = appsettings::interfaceLanguage())
        ui->languageCombo->setCurrentIndex(ui->languageCombo->findData(language::code(*chosen)));

    const ReviewIntervals intervals = appsettings::reviewIntervals();
    ui->informalDaysSpin->setValue(intervals.informalDays);
    ui->firstFormalWeeksSpin->setValue(intervals.firstFormalWeeks);
    ui->annualMonthsSpin->setValue(intervals.annualMonths);
    // The line edit inside a spin box is what a screen reader lands on: it carries the name.
    for (QSpinBox *spin : {ui->informalDaysSpin, ui->firstFormalWeeksSpin, ui->annualMonthsSpin})
        if (auto *line = spin->findChild<QLineEdit *>())
            line->setAccessibleName(spin->accessibleName());

    dialogutil::nameButtons(ui->buttonBox);
    ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Saves the review intervals and the table."));
    ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes Settings and changes nothing."));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->loadRasButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseRasTableFile ? chooseRasTableFile() : QString();
        if (!path.isEmpty())
            loadRasTable(path);
    });
    connect(ui->illustrativeRasButton, &QPushButton::clicked, this,
        &SettingsDialog::useIllustrativeTable);

    ui->messageLabel->hide();
    ui->rasMessageLabel->hide();
    showTable();
    if (appsettings::hasCouncilRasTable()) {
        // A kept copy that no longer reads is damage on disk: say so, and what is used.
        const Result<RasTable> council = appsettings::councilRasTable();
        if (!council)
            showRasMessage(tr("The council's table kept by Hearth cannot be read, so the "
                              "illustrative table is used. Load the council's table again. %1")
                               .arg(council.error()),
                true);
    }
    ui->informalDaysSpin->setFocus();
    resize(sizeHint().expandedTo(QSize(640, 0)));
    fitHeight();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::loadRasTable(const QString &path)
{
    QByteArray json;
    Result<RasTable> table = appsettings::readRasTableFile(path, &json);
    if (!table) {
        // Nothing changes: neither what is in use nor what OK was going to do.
        showRasMessage(table.error(), true);
        return;
    }
    m_pendingJson = json;
    m_pendingTable = *table;
    m_pendingIllustrative = false;
    showTable();
    showRasMessage(tr("“%1” is a valid RAS table. Press OK to use it from now on.")
                       .arg(QDir::toNativeSeparators(path)),
        false);
}

void SettingsDialog::useIllustrativeTable()
{
    m_pendingJson.reset();
    m_pendingTable.reset();
    m_pendingIllustrative = appsettings::hasCouncilRasTable();
    showTable();
    showRasMessage(m_pendingIllustrative
            ? tr("Press OK to forget the council's table and use the illustrative one.")
            : QString(),
        false);
}

QString SettingsDialog::tableText() const
{
    return ui->rasCurrentLabel->text();
}

QString SettingsDialog::rasMessage() const
{
    return ui->rasMessageLabel->isHidden() ? QString() : ui->rasMessageLabel->text();
}

void SettingsDialog::showRasMessage(const QString &message, bool isError)
{
    dialogutil::showInlineMessage(ui->rasMessageLabel, message, isError);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // Wrapped labels need more height at the same width: grow, so no line is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SettingsDialog::showTable()
{
    QString text;
    if (m_pendingTable) {
        text = tr("After OK: %1, version %2, the council's own table.")
                   .arg(m_pendingTable->name, m_pendingTable->version);
    } else if (m_pendingIllustrative) {
        const RasTable &table = RasTable::illustrativeTable();
        text = tr("After OK: %1, version %2, the illustrative table Hearth ships.")
                   .arg(table.name, table.version);
    } else {
        const Result<RasTable> council = appsettings::councilRasTable();
        text = council ? describe(*council, true) : describe(RasTable::illustrativeTable(), false);
    }
    ui->rasCurrentLabel->setText(text);
    ui->rasCurrentLabel->setAccessibleDescription(text);
}

void SettingsDialog::accept()
{
    if (m_pendingJson) {
        const Status saved = appsettings::saveCouncilRasTable(*m_pendingJson);
        if (!saved) {
            dialogutil::showInlineMessage(ui->messageLabel, saved.error(), true);
            fitHeight();
            return;
        }
    } else if (m_pendingIllustrative) {
        const Status removed = appsettings::useIllustrativeRasTable();
        if (!removed) {
            dialogutil::showInlineMessage(ui->messageLabel, removed.error(), true);
            fitHeight();
            return;
        }
    }
    ReviewIntervals intervals;
    intervals.informalDays = ui->informalDaysSpin->value();
    intervals.firstFormalWeeks = ui->firstFormalWeeksSpin->value();
    intervals.annualMonths = ui->annualMonthsSpin->value();
    appsettings::setReviewIntervals(intervals);
    appsettings::setInterfaceLanguage(
        language::fromCode(ui->languageCombo->currentData().toString()));
    QDialog::accept();
}

} // namespace hearth
