#include "needspage.h"
#include "recordlist.h"
#include "ui_needspage.h"

#include "casesession.h"
#include "core/qualitychecks.h"
#include "dialogutil.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QListWidgetItem>
#include <QSignalBlocker>

#include <algorithm>
#include <type_traits>

namespace hearth {

namespace {

using recordlist::kIdRole;
constexpr int kValueRole = Qt::UserRole + 2;

// "reg 2(2)(a)" -> "(a)": the letter the Regulations give the outcome.
QString letter(const QString &citation)
{
    return citation.mid(citation.lastIndexOf(QLatin1Char('(')));
}

QString needText(const Need &need)
{
    const QString text = need.description.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return text.isEmpty() ? NeedsPage::tr("New need, not described yet") : text;
}

// Kept in the order the Regulations list them, whatever order they were ticked in.
template<typename T>
QList<T> toggled(const QList<T> &list, const QList<T> &all, T value, bool on)
{
    QList<T> kept;
    for (const T each : all) {
        if (each == value ? on : list.contains(each))
            kept.append(each);
    }
    return kept;
}

// The record of `outcome`, added in the order of the Regulations when the case has none yet.
template<typename Record, typename Outcome>
Record &recordFor(QList<Record> &records, Outcome outcome)
{
    for (Record &record : records) {
        if (record.outcome == outcome)
            return record;
    }
    Record record;
    record.outcome = outcome;
    const auto at = std::find_if(records.begin(), records.end(),
        [outcome](const Record &r) { return int(r.outcome) > int(outcome); });
    return *records.insert(at, record);
}

// Tall enough to show `rows` rows with the longest wrapped onto a second line, so the list
// does not scroll inside the scrolling page.
void fitHeight(QListWidget *list, int rows)
{
    const int rowHeight = std::max(
        list->count() > 0 ? list->sizeHintForRow(0) : 0, list->fontMetrics().height() + 2);
    list->setFixedHeight(rowHeight * (rows + 1) + 2 * list->frameWidth() + 2);
}

bool isCarer(const Assessment &a)
{
    // As Eligibility::propose decides which regulation applies: reg 3 for a carer.
    return a.forCarer();
}

} // namespace

NeedsPage::NeedsPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::NeedsAndOutcomes, session, parent)
    , ui(std::make_unique<Ui::NeedsPage>())
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->outcomeTitleLabel, 1.1);
    ui->outcomeHintLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #8a6d00; color: "
                       "#2e2400; padding: 4px; }"));
    ui->outcomeList->setResizeMode(QListView::Adjust);
    ui->outcomeList->setTextElideMode(Qt::ElideNone);
    ui->needList->setFixedHeight(ui->needList->fontMetrics().height() * 5 + 8);
    ui->goodDayEdit->setVisibleLines(2);
    ui->badDayEdit->setVisibleLines(2);
    ui->carerSupportEdit->setVisibleLines(2);

    m_status = new QButtonGroup(this);
    m_status->addButton(ui->notAssessedRadio, int(OutcomeStatus::NotAssessed));
    m_status->addButton(ui->achievableRadio, int(OutcomeStatus::Achievable));
    m_status->addButton(ui->unableRadio, int(OutcomeStatus::Unable));
    m_meaningChecks = {ui->meaningWithoutAssistanceCheck, ui->meaningPainCheck,
        ui->meaningEndangersCheck, ui->meaningLongerCheck};
    m_badDayChecks = {ui->badDayWithoutAssistanceCheck, ui->badDayPainCheck,
        ui->badDayEndangersCheck, ui->badDayLongerCheck};

    // Reg 3(2)(a): the carer's health is a limb of a carer's eligibility on its own.
    ui->healthCombo->addItem(tr("Not known yet"), int(HealthRisk::Unknown));
    ui->healthCombo->addItem(tr("Not at risk"), int(HealthRisk::NotAtRisk));
    ui->healthCombo->addItem(tr("At risk of deteriorating"), int(HealthRisk::AtRisk));
    ui->healthCombo->addItem(tr("Deteriorating"), int(HealthRisk::Deteriorating));
    bindChoice(
        ui->healthCombo,
        [](const AssessmentRecord &r) {
            return int(r.assessment.carer ? r.assessment.carer->health : HealthRisk::Unknown);
        },
        [](CaseSession &s, const int &value) {
            s.editAssessment([&](Assessment &a) {
                if (!a.carer)
                    a.carer = CarerDetails {};
                a.carer->health = HealthRisk(value);
            });
        });
    bindText(
        ui->healthEvidenceEdit,
        [](const AssessmentRecord &r) {
            return r.assessment.carer ? r.assessment.carer->healthEvidence : QString();
        },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) {
                if (!a.carer)
                    a.carer = CarerDetails {};
                a.carer->healthEvidence = text;
            });
        });

    bindCheck(
        ui->fluctuatesCheck,
        [](const AssessmentRecord &r) { return r.assessment.fluctuating.fluctuates; },
        [](CaseSession &s, const bool &on) {
            s.editAssessment([&](Assessment &a) { a.fluctuating.fluctuates = on; });
        });
    bindText(
        ui->periodEdit,
        [](const AssessmentRecord &r) { return r.assessment.fluctuating.periodConsidered; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.fluctuating.periodConsidered = text; });
        });
    bindText(
        ui->fluctuatingNotesEdit,
        [](const AssessmentRecord &r) { return r.assessment.fluctuating.notes; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.fluctuating.notes = text; });
        });

    connect(ui->outcomeList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == m_outcomeRow)
            return;
        m_outcomeRow = row;
        showCurrentOutcome();
    });
    connect(m_status, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        const auto status = OutcomeStatus(id);
        editCurrentOutcome([status](auto &r) {
            r.status = status;
            // The meanings of reg 2(3) describe an outcome the person cannot achieve; kept on
            // any other, they would be findings nobody can see.
            if (status != OutcomeStatus::Unable) {
                r.meanings.clear();
                r.badDayMeanings.clear();
            }
        });
    });
    const QList<UnableMeaning> meanings = adultUnableMeanings();
    for (int i = 0; i < meanings.size() && i < m_meaningChecks.size(); ++i) {
        const UnableMeaning meaning = meanings.at(i);
        connect(m_meaningChecks.at(i), &QCheckBox::toggled, this,
            [this, meaning](bool on) { setMeaning(meaning, false, on); });
        connect(m_badDayChecks.at(i), &QCheckBox::toggled, this,
            [this, meaning](bool on) { setMeaning(meaning, true, on); });
    }
    connect(ui->evidenceEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentOutcome([&text](auto &r) { r.evidence = text; });
    });
    connect(ui->goodDayEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentOutcome([&text](auto &r) {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, OutcomeRecord>)
                r.goodDay = text;
        });
    });
    connect(ui->badDayEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentOutcome([&text](auto &r) {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, OutcomeRecord>)
                r.badDay = text;
        });
    });
    connect(ui->carerSupportEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentOutcome([&text](auto &r) {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, OutcomeRecord>)
                r.currentCarerSupport = text;
        });
    });

    buildNeedChecks();
    connect(ui->addNeedButton, &QPushButton::clicked, this, &NeedsPage::addNeed);
    connect(ui->removeNeedButton, &QPushButton::clicked, this, &NeedsPage::removeNeed);
    connect(ui->needList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QUuid id = item ? item->data(kIdRole).toUuid() : QUuid();
        if (id == m_currentNeed)
            return;
        m_currentNeed = id;
        showCurrentNeed();
        updateButtons();
    });
    connect(ui->needDescriptionEdit, &TextField::edited, this,
        [this](const QString &text) { editCurrentNeed([&](Need &n) { n.description = text; }); });
    connect(ui->needOutcomesList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const auto outcome = SpecifiedOutcome(item->data(kValueRole).toInt());
        const bool on = item->checkState() == Qt::Checked;
        editCurrentNeed([&](Need &n) {
            n.outcomes = toggled(n.outcomes, allSpecifiedOutcomes(), outcome, on);
        });
    });
    connect(ui->needAreasList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const auto area = WellbeingArea(item->data(kValueRole).toInt());
        const bool on = item->checkState() == Qt::Checked;
        editCurrentNeed([&](Need &n) {
            n.wellbeingAreas = toggled(n.wellbeingAreas, allWellbeingAreas(), area, on);
        });
    });

    syncOutcomeList();
    showCurrentOutcome();
    showCurrentNeed();
}

NeedsPage::~NeedsPage() = default;

QWidget *NeedsPage::firstField() const
{
    return ui->outcomeList;
}

void NeedsPage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    m_readOnly = readOnly;
    // A ticked list item is not a button: stop it being ticked while the assessment is final.
    for (QListWidget *list : {ui->needOutcomesList, ui->needAreasList}) {
        const QSignalBlocker blocker(list);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsUserCheckable
                                    : item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    updateButtons();
}

void NeedsPage::loadPage()
{
    syncOutcomeList();
    showCurrentOutcome();
    syncNeedList();
    showCurrentNeed();
}

void NeedsPage::recordChanged()
{
    if (syncOutcomeList())
        showCurrentOutcome();
    else
        updateOutcomePanel(outcomeState(m_outcomeRow));
    if (syncNeedList())
        showCurrentNeed();
}

bool NeedsPage::forCarer() const
{
    return isCarer(record().assessment);
}

int NeedsPage::outcomeCount() const
{
    return int(forCarer() ? allCarerOutcomes().size() : allSpecifiedOutcomes().size());
}

NeedsPage::OutcomeState NeedsPage::outcomeState(int row) const
{
    const Assessment &a = record().assessment;
    OutcomeState state;
    if (forCarer()) {
        if (!a.carer)
            return state;
        const CarerOutcome outcome = allCarerOutcomes().value(row);
        for (const CarerOutcomeRecord &r : a.carer->outcomes) {
            if (r.outcome == outcome)
                return {r.status, r.meanings, r.badDayMeanings, r.evidence, {}, {}, {}};
        }
        return state;
    }
    const SpecifiedOutcome outcome = allSpecifiedOutcomes().value(row);
    for (const OutcomeRecord &r : a.outcomes) {
        if (r.outcome == outcome)
            return {r.status, r.meanings, r.badDayMeanings, r.evidence, r.goodDay, r.badDay,
                r.currentCarerSupport};
    }
    return state;
}

QString NeedsPage::outcomeText(int row) const
{
    return forCarer() ? statutoryText(allCarerOutcomes().value(row))
                      : statutoryText(allSpecifiedOutcomes().value(row));
}

QString NeedsPage::outcomeCitation(int row) const
{
    return forCarer() ? citation(allCarerOutcomes().value(row))
                      : citation(allSpecifiedOutcomes().value(row));
}

template<typename Change>
void NeedsPage::editCurrentOutcome(Change change)
{
    if (isLoading() || m_outcomeRow < 0 || m_outcomeRow >= outcomeCount())
        return;
    const int row = m_outcomeRow;
    const bool carer = forCarer();
    session().editAssessment([&](Assessment &a) {
        if (carer) {
            if (!a.carer)
                a.carer = CarerDetails {};
            change(recordFor(a.carer->outcomes, allCarerOutcomes().value(row)));
        } else {
            change(recordFor(a.outcomes, allSpecifiedOutcomes().value(row)));
        }
    });
}

void NeedsPage::setMeaning(UnableMeaning meaning, bool badDay, bool on)
{
    // Reg 3(4): a carer has no "takes significantly longer" meaning.
    const QList<UnableMeaning> all = forCarer() ? carerUnableMeanings() : adultUnableMeanings();
    if (!all.contains(meaning))
        return;
    editCurrentOutcome([&](auto &r) {
        QList<UnableMeaning> &list = badDay ? r.badDayMeanings : r.meanings;
        list = toggled(list, all, meaning, on);
    });
}

bool NeedsPage::syncOutcomeList()
{
    const bool carer = forCarer();
    const int count = outcomeCount();
    QListWidget *list = ui->outcomeList;
    const QSignalBlocker blocker(list);
    const bool rebuild = list->count() != count || m_listForCarer != carer;
    if (rebuild) {
        m_listForCarer = carer;
        list->clear();
        for (int row = 0; row < count; ++row)
            new QListWidgetItem(list);
        m_outcomeRow = std::clamp(m_outcomeRow, 0, count - 1);

        // The wording changes with the regulation that applies: reg 2 or reg 3.
        const QList<UnableMeaning> meanings = adultUnableMeanings();
        for (int i = 0; i < meanings.size() && i < m_meaningChecks.size(); ++i) {
            const UnableMeaning meaning = meanings.at(i);
            const QString text = carer ? tr("The carer %1").arg(statutoryText(meaning, true))
                                       : tr("The person %1").arg(statutoryText(meaning, false));
            const QString tip = tr("Care and Support (Eligibility Criteria) Regulations 2015, %1")
                                    .arg(citation(meaning, carer));
            for (QCheckBox *box : {m_meaningChecks.at(i), m_badDayChecks.at(i)}) {
                // Short enough lines for the Welsh too, which runs longer than the English.
                box->setText(dialogutil::wrapped(text, 76));
                box->setToolTip(tip);
            }
            m_meaningChecks.at(i)->setAccessibleName(text);
            m_badDayChecks.at(i)->setAccessibleName(tr("On bad days: %1").arg(text));
        }
        ui->outcomesGroup->setTitle(
            carer ? tr("The carer's outcomes (reg 3(3))") : tr("Specified outcomes (reg 2(2))"));
        ui->meaningsGroup->setTitle(carer
                ? tr("How the carer is unable to achieve it (reg 3(4)): tick all that apply")
                : tr("How the person is unable to achieve it (reg 2(3)): tick all that apply"));
        ui->badDayGroup->setTitle(carer ? tr("On bad days (reg 3(5)): tick all that apply")
                                        : tr("On bad days (reg 2(4)): tick all that apply"));
        ui->fluctuatingGroup->setTitle(
            carer ? tr("Fluctuating needs (reg 3(5))") : tr("Fluctuating needs (reg 2(4))"));
        ui->carerHealthPanel->setVisible(carer);
        ui->needDetailsLayout->setRowVisible(ui->needOutcomesList, !carer);

        fitHeight(list, count);
    }

    const bool fluctuates = record().assessment.fluctuating.fluctuates;
    for (int row = 0; row < count; ++row) {
        const OutcomeState state = outcomeState(row);
        QString mark;
        QString word;
        switch (state.status) {
        case OutcomeStatus::NotAssessed:
            mark = QStringLiteral("○");
            word = tr("not assessed yet");
            break;
        case OutcomeStatus::Achievable:
            mark = QStringLiteral("✓");
            word = tr("achievable");
            break;
        case OutcomeStatus::Unable:
            mark = QStringLiteral("✗");
            word = QualityChecks::unableIsEvidenced(
                       state.meanings, state.badDayMeanings, state.evidence, fluctuates)
                ? tr("unable to achieve")
                : tr("unable to achieve: how, and the evidence, still to record");
            break;
        }
        const QString name = QStringLiteral("%1 %2").arg(
            letter(outcomeCitation(row)), dialogutil::capitalised(outcomeText(row)));
        const QString text = QStringLiteral("%1  %2 — %3").arg(mark, name, word);
        QListWidgetItem *item = list->item(row);
        if (item->text() != text) {
            item->setText(text);
            item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(name, word));
            item->setToolTip(tr("Care and Support (Eligibility Criteria) Regulations 2015, %1")
                                 .arg(outcomeCitation(row)));
        }
    }
    if (list->currentRow() != m_outcomeRow)
        list->setCurrentRow(m_outcomeRow);
    return rebuild;
}

void NeedsPage::showCurrentOutcome()
{
    const OutcomeState state = outcomeState(m_outcomeRow);
    const QString title = QStringLiteral("%1 %2").arg(
        letter(outcomeCitation(m_outcomeRow)), dialogutil::capitalised(outcomeText(m_outcomeRow)));
    ui->outcomeTitleLabel->setText(title);
    ui->outcomeTitleLabel->setAccessibleName(title);
    ui->outcomeTitleLabel->setToolTip(
        tr("Care and Support (Eligibility Criteria) Regulations 2015, %1")
            .arg(outcomeCitation(m_outcomeRow)));
    // Filling the fields is not an edit: setTextQuietly does not signal.
    ui->evidenceEdit->setTextQuietly(state.evidence);
    ui->goodDayEdit->setTextQuietly(state.goodDay);
    ui->badDayEdit->setTextQuietly(state.badDay);
    ui->carerSupportEdit->setTextQuietly(state.carerSupport);
    updateOutcomePanel(state);
}

void NeedsPage::updateOutcomePanel(const OutcomeState &state)
{
    const bool carer = forCarer();
    const bool fluctuates = record().assessment.fluctuating.fluctuates;
    const bool unable = state.status == OutcomeStatus::Unable;
    {
        const QSignalBlocker blocker(m_status);
        if (QAbstractButton *button = m_status->button(int(state.status)))
            button->setChecked(true);
    }
    const QList<UnableMeaning> meanings = adultUnableMeanings();
    for (int i = 0; i < meanings.size() && i < m_meaningChecks.size(); ++i) {
        QCheckBox *typical = m_meaningChecks.at(i);
        QCheckBox *badDay = m_badDayChecks.at(i);
        const QSignalBlocker typicalBlocker(typical);
        const QSignalBlocker badDayBlocker(badDay);
        typical->setChecked(state.meanings.contains(meanings.at(i)));
        badDay->setChecked(state.badDayMeanings.contains(meanings.at(i)));
        // Reg 3(4) has three meanings: nothing takes "significantly longer" for a carer.
        const bool applies = !carer || meanings.at(i) != UnableMeaning::TakesSignificantlyLonger;
        typical->setVisible(applies);
        badDay->setVisible(applies);
    }
    ui->meaningsGroup->setVisible(unable);
    // Reg 2(4) / 3(5): where needs fluctuate, bad days count as well as the typical day.
    ui->badDayGroup->setVisible(unable && fluctuates);
    // A carer's outcome records no good day, bad day or carer's support of its own.
    ui->outcomeFieldsLayout->setRowVisible(ui->goodDayEdit, fluctuates && !carer);
    ui->outcomeFieldsLayout->setRowVisible(ui->badDayEdit, fluctuates && !carer);
    ui->outcomeFieldsLayout->setRowVisible(ui->carerSupportEdit, !carer);

    QString hint;
    if (unable
        && !QualityChecks::unableIsEvidenced(
            state.meanings, state.badDayMeanings, state.evidence, fluctuates)) {
        const bool noMeaning
            = state.meanings.isEmpty() && !(fluctuates && !state.badDayMeanings.isEmpty());
        if (noMeaning && state.evidence.trimmed().isEmpty())
            hint = tr("Tick how it cannot be achieved, and write the evidence: an outcome counts "
                      "towards eligibility only with both.");
        else if (noMeaning)
            hint = tr("Tick how it cannot be achieved: an outcome counts towards eligibility "
                      "only when at least one meaning of \"unable\" applies.");
        else
            hint = tr("Write the evidence: what you saw, and what the person and others told "
                      "you.");
    }
    if (ui->outcomeHintLabel->text() != hint) {
        ui->outcomeHintLabel->setText(hint);
        ui->outcomeHintLabel->setAccessibleName(hint);
    }
    ui->outcomeHintLabel->setVisible(!hint.isEmpty());
}

void NeedsPage::buildNeedChecks()
{
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    for (const SpecifiedOutcome outcome : outcomes) {
        const QString text = QStringLiteral("%1 %2").arg(
            letter(citation(outcome)), dialogutil::capitalised(statutoryText(outcome)));
        auto *item = new QListWidgetItem(text, ui->needOutcomesList);
        item->setData(kValueRole, int(outcome));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (const WellbeingArea area : areas) {
        auto *item
            = new QListWidgetItem(dialogutil::capitalised(statutoryText(area)), ui->needAreasList);
        item->setData(kValueRole, int(area));
        item->setToolTip(tr("Care Act 2014 %1").arg(citation(area)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (QListWidget *list : {ui->needOutcomesList, ui->needAreasList}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setResizeMode(QListView::Adjust);
        fitHeight(list, list->count());
    }
}

void NeedsPage::addNeed()
{
    Need need;
    need.id = QUuid::createUuid();
    // The outcome being looked at is the likeliest one the new need comes from.
    const OutcomeState state = outcomeState(m_outcomeRow);
    if (!forCarer() && state.status == OutcomeStatus::Unable)
        need.outcomes = {allSpecifiedOutcomes().value(m_outcomeRow)};
    m_currentNeed = need.id;
    if (!session().editAssessment([&](Assessment &a) { a.needs.append(need); }))
        return;
    syncNeedList();
    showCurrentNeed();
    ui->needDescriptionEdit->setFocus(Qt::OtherFocusReason);
}

void NeedsPage::removeNeed()
{
    const QList<Need> &needs = record().assessment.needs;
    const auto it = std::find_if(
        needs.cbegin(), needs.cend(), [this](const Need &n) { return n.id == m_currentNeed; });
    if (it == needs.cend())
        return;
    const qsizetype index = it - needs.cbegin();
    const QUuid removed = m_currentNeed;
    // The next need takes its place, or the one before when it was the last.
    if (index + 1 < needs.size())
        m_currentNeed = needs.at(index + 1).id;
    else if (index > 0)
        m_currentNeed = needs.at(index - 1).id;
    else
        m_currentNeed = QUuid();
    session().editAssessment(
        [&](Assessment &a) { a.needs.removeIf([&](const Need &n) { return n.id == removed; }); });
    syncNeedList();
    showCurrentNeed();
    if (ui->needList->count() > 0)
        ui->needList->setFocus(Qt::OtherFocusReason);
    else
        ui->addNeedButton->setFocus(Qt::OtherFocusReason);
}

bool NeedsPage::syncNeedList()
{
    const QList<Need> &needs = record().assessment.needs;
    const bool changed = recordlist::sync(ui->needList, needs, m_currentNeed, needText);
    ui->needList->setVisible(!needs.isEmpty());
    ui->noNeedsLabel->setVisible(needs.isEmpty());
    updateButtons();
    return changed;
}

void NeedsPage::showCurrentNeed()
{
    const QList<Need> &needs = record().assessment.needs;
    const auto need = std::find_if(
        needs.cbegin(), needs.cend(), [this](const Need &n) { return n.id == m_currentNeed; });
    const bool shown = need != needs.cend();
    ui->needDetails->setVisible(shown);
    ui->needDescriptionEdit->setTextQuietly(shown ? need->description : QString());
    {
        const QSignalBlocker blocker(ui->needOutcomesList);
        for (int i = 0; i < ui->needOutcomesList->count(); ++i) {
            QListWidgetItem *item = ui->needOutcomesList->item(i);
            const auto outcome = SpecifiedOutcome(item->data(kValueRole).toInt());
            item->setCheckState(
                shown && need->outcomes.contains(outcome) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QSignalBlocker blocker(ui->needAreasList);
    for (int i = 0; i < ui->needAreasList->count(); ++i) {
        QListWidgetItem *item = ui->needAreasList->item(i);
        const auto area = WellbeingArea(item->data(kValueRole).toInt());
        item->setCheckState(
            shown && need->wellbeingAreas.contains(area) ? Qt::Checked : Qt::Unchecked);
    }
}

void NeedsPage::editCurrentNeed(const std::function<void(Need &)> &change)
{
    if (isLoading() || m_currentNeed.isNull())
        return;
    const QUuid id = m_currentNeed;
    const bool edited = session().editAssessment([&](Assessment &a) {
        for (Need &need : a.needs) {
            if (need.id == id)
                change(need);
        }
    });
    if (!edited)
        showCurrentNeed(); // refused (read-only): show what is stored, not what was clicked
}

void NeedsPage::updateButtons()
{
    ui->removeNeedButton->setEnabled(!m_currentNeed.isNull() && !m_readOnly);
}

} // namespace hearth
