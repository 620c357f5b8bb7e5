#include "wellbeingpage.h"
#include "ui_wellbeingpage.h"

#include "casesession.h"
#include "dialogutil.h"
#include "documents/wellbeingwheel.h"
#include "wellbeingwheelview.h"

#include <QButtonGroup>
#include <QIcon>
#include <QListWidgetItem>
#include <QPainter>
#include <QSignalBlocker>

namespace hearth {

namespace {

constexpr int kAreaRole = Qt::UserRole + 1;

// The state mark as an icon, so the area names line up whatever the mark.
QIcon markIcon(WellbeingWheel::AreaState state, const QFont &font, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QString mark;
    switch (state) {
    case WellbeingWheel::AreaState::Explored:
    case WellbeingWheel::AreaState::Concerns:
        mark = QString(QChar(0x2713)); // ✓
        break;
    case WellbeingWheel::AreaState::Skipped:
        mark = QString(QChar(0x2013)); // –
        break;
    case WellbeingWheel::AreaState::NotYet:
        break;
    }
    if (!mark.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(QColor(0x1f, 0x1f, 0x1f));
        painter.drawText(pixmap.rect(), Qt::AlignCenter, mark);
    }
    return QIcon(pixmap);
}

} // namespace

WellbeingPage::WellbeingPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Wellbeing, session, parent)
    , ui(std::make_unique<Ui::WellbeingPage>())
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->areaTitleLabel, 1.1);

    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (WellbeingArea area : areas) {
        auto *item
            = new QListWidgetItem(dialogutil::capitalised(statutoryText(area)), ui->areaList);
        item->setData(kAreaRole, int(area));
    }
    const int rowHeight = qMax(ui->areaList->fontMetrics().height(), 16) + 4;
    ui->areaList->setIconSize(QSize(rowHeight - 4, rowHeight - 4));
    ui->areaList->setFixedHeight(
        rowHeight * int(areas.size()) + 2 * ui->areaList->frameWidth() + 6);
    ui->areaList->setCurrentRow(0);

    ui->importanceCombo->addItem(tr("Not said"), 0);
    for (int i = 1; i <= 3; ++i)
        ui->importanceCombo->addItem(
            dialogutil::capitalised(WellbeingWheel::importanceLabel(i)), i);

    m_choice = new QButtonGroup(this);
    m_choice->addButton(ui->exploredRadio, 1);
    m_choice->addButton(ui->skippedRadio, 0);

    m_wheel = new WellbeingWheelView(session, ui->wheelGroup);
    m_wheel->setObjectName(QStringLiteral("wellbeingWheelView"));
    ui->wheelLayout->addWidget(m_wheel);
    setTabOrder(ui->skippedReasonEdit, m_wheel);

    connect(&session, &CaseSession::opened, this, [this] { m_skipChosen.clear(); });
    connect(ui->areaList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_current = WellbeingArea(item->data(kAreaRole).toInt());
        showCurrentArea();
    });
    connect(m_choice, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            choose(id == 1);
    });
    connect(ui->importanceCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            const int importance = ui->importanceCombo->itemData(index).toInt();
            editCurrentArea([&](WellbeingAreaRecord &r) { r.importance = importance; });
        }
    });
    const auto bindField = [this](TextField *field, QString WellbeingAreaRecord::*member) {
        connect(field, &TextField::edited, this, [this, member](const QString &text) {
            editCurrentArea([&](WellbeingAreaRecord &r) { r.*member = text; });
        });
    };
    bindField(ui->personsViewEdit, &WellbeingAreaRecord::personsView);
    bindField(ui->whatWorksEdit, &WellbeingAreaRecord::whatWorks);
    bindField(ui->concernsEdit, &WellbeingAreaRecord::concerns);
    bindField(ui->desiredOutcomeEdit, &WellbeingAreaRecord::desiredOutcome);
    bindField(ui->skippedReasonEdit, &WellbeingAreaRecord::skippedReason);

    updateList();
    showCurrentArea();
}

WellbeingPage::~WellbeingPage() = default;

QWidget *WellbeingPage::firstField() const
{
    return ui->areaList;
}

void WellbeingPage::loadPage()
{
    updateList();
    showCurrentArea();
}

void WellbeingPage::recordChanged()
{
    updateList();
}

void WellbeingPage::updateList()
{
    const Assessment &assessment = record().assessment;
    const int iconSize = ui->areaList->iconSize().height();
    for (int row = 0; row < ui->areaList->count(); ++row) {
        QListWidgetItem *item = ui->areaList->item(row);
        const auto area = WellbeingArea(item->data(kAreaRole).toInt());
        const WellbeingAreaRecord areaRecord = WellbeingWheel::recordFor(assessment, area);
        const auto state = WellbeingWheel::state(areaRecord);
        // The mark is for the eye; a screen reader hears the state in words.
        const QString spoken
            = tr("%1: %2").arg(statutoryText(area), WellbeingWheel::stateLabel(state));
        if (item->data(Qt::AccessibleTextRole).toString() != spoken) {
            item->setData(Qt::AccessibleTextRole, spoken);
            item->setIcon(markIcon(state, ui->areaList->font(), iconSize));
            item->setToolTip(WellbeingWheel::stateLabel(state));
        }
    }
}

void WellbeingPage::showCurrentArea()
{
    const WellbeingAreaRecord r = WellbeingWheel::recordFor(record().assessment, m_current);
    ui->areaTitleLabel->setText(
        tr("%1 (%2)").arg(dialogutil::capitalised(statutoryText(m_current)), citation(m_current)));
    // Filling the fields is not an edit: text fields are set quietly, the rest blocked.
    ui->personsViewEdit->setTextQuietly(r.personsView);
    ui->whatWorksEdit->setTextQuietly(r.whatWorks);
    ui->concernsEdit->setTextQuietly(r.concerns);
    ui->desiredOutcomeEdit->setTextQuietly(r.desiredOutcome);
    ui->skippedReasonEdit->setTextQuietly(r.skippedReason);
    {
        const QSignalBlocker block(ui->importanceCombo);
        ui->importanceCombo->setCurrentIndex(
            qMax(0, ui->importanceCombo->findData(std::clamp(r.importance, 0, 3))));
    }
    {
        const QSignalBlocker block(m_choice);
        const bool skipped = !r.explored
            && (!r.skippedReason.trimmed().isEmpty() || m_skipChosen.contains(int(m_current)));
        // Neither chosen yet: an exclusive group cannot uncheck both, so lift it meanwhile.
        m_choice->setExclusive(false);
        ui->exploredRadio->setChecked(r.explored);
        ui->skippedRadio->setChecked(skipped);
        m_choice->setExclusive(true);
    }
    updateChoice();
}

void WellbeingPage::updateChoice()
{
    const bool explored = ui->exploredRadio->isChecked();
    const bool skipped = ui->skippedRadio->isChecked();
    ui->exploredFields->setVisible(explored);
    ui->skippedFields->setVisible(skipped);
    ui->chooseHintLabel->setVisible(!explored && !skipped);
}

void WellbeingPage::choose(bool explored)
{
    if (explored)
        m_skipChosen.remove(int(m_current));
    else
        m_skipChosen.insert(int(m_current));
    // The other side's answers are kept: switching back and forth loses nothing typed.
    editCurrentArea([&](WellbeingAreaRecord &r) { r.explored = explored; });
    updateChoice();
}

void WellbeingPage::editCurrentArea(const std::function<void(WellbeingAreaRecord &)> &change)
{
    if (isLoading())
        return;
    const WellbeingArea area = m_current;
    session().editAssessment([&](Assessment &a) {
        for (WellbeingAreaRecord &r : a.wellbeing) {
            if (r.area == area) {
                change(r);
                return;
            }
        }
        WellbeingAreaRecord added;
        added.area = area;
        change(added);
        a.wellbeing.append(added);
    });
}

} // namespace hearth
