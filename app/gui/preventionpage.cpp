#include "preventionpage.h"
#include "recordlist.h"
#include "ui_preventionpage.h"

#include "casesession.h"
#include "dialogutil.h"
#include "textfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidgetItem>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth {

namespace {

using recordlist::kIdRole;

// The lowest-first ladder of DESIGN 2.4 (Devon Promoting Independence Policy; Derbyshire
// Strength Based Support Policy), as the practitioner reads it.
QString responseTitle(GraduatedResponse response)
{
    switch (response) {
    case GraduatedResponse::InformationAndAdvice:
        return PreventionPage::tr("Information, advice and signposting");
    case GraduatedResponse::UniversalOrCommunity:
        return PreventionPage::tr("Universal or community services");
    case GraduatedResponse::EquipmentAndAdaptations:
        return PreventionPage::tr("Equipment, assistive technology and adaptations");
    case GraduatedResponse::Reablement:
        return PreventionPage::tr("Short-term enablement (reablement)");
    case GraduatedResponse::OwnNetwork:
        return PreventionPage::tr("The person's own network: family, friends, neighbours");
    case GraduatedResponse::ProfessionalAssessment:
        return PreventionPage::tr("A fuller professional assessment (for example OT or health)");
    case GraduatedResponse::FormalSupport:
        break;
    }
    return PreventionPage::tr("Formal, funded support");
}

// The same steps inside a sentence.
QString responseName(GraduatedResponse response)
{
    switch (response) {
    case GraduatedResponse::InformationAndAdvice:
        return PreventionPage::tr("information and advice");
    case GraduatedResponse::UniversalOrCommunity:
        return PreventionPage::tr("universal or community services");
    case GraduatedResponse::EquipmentAndAdaptations:
        return PreventionPage::tr("equipment and adaptations");
    case GraduatedResponse::Reablement:
        return PreventionPage::tr("reablement");
    case GraduatedResponse::OwnNetwork:
        return PreventionPage::tr("the person's own network");
    case GraduatedResponse::ProfessionalAssessment:
        return PreventionPage::tr("a fuller professional assessment");
    case GraduatedResponse::FormalSupport:
        break;
    }
    return PreventionPage::tr("formal support");
}

QString metByText(NeedMetBy metBy)
{
    switch (metBy) {
    case NeedMetBy::NotYetDecided:
        return PreventionPage::tr("Not yet decided");
    case NeedMetBy::PersonsOwnStrengths:
        return PreventionPage::tr("The person's own strengths");
    case NeedMetBy::Network:
        return PreventionPage::tr("Their network: family, friends, neighbours");
    case NeedMetBy::Community:
        return PreventionPage::tr("Community or universal services");
    case NeedMetBy::Council:
        return PreventionPage::tr("The council: formal, funded support");
    case NeedMetBy::NotMet:
        break;
    }
    return PreventionPage::tr("Not met");
}

QString metByPhrase(NeedMetBy metBy)
{
    switch (metBy) {
    case NeedMetBy::NotYetDecided:
        return PreventionPage::tr("how it is met not yet decided");
    case NeedMetBy::PersonsOwnStrengths:
        return PreventionPage::tr("met by the person's own strengths");
    case NeedMetBy::Network:
        return PreventionPage::tr("met by their network");
    case NeedMetBy::Community:
        return PreventionPage::tr("met by community services");
    case NeedMetBy::Council:
        return PreventionPage::tr("met by the council");
    case NeedMetBy::NotMet:
        break;
    }
    return PreventionPage::tr("not met");
}

QString needName(const Need &need)
{
    const QString text = need.description.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return text.isEmpty() ? PreventionPage::tr("A need not yet described") : text;
}

const ResponseConsidered *findResponse(const Need &need, GraduatedResponse response)
{
    const auto it = std::find_if(need.responses.cbegin(), need.responses.cend(),
        [response](const ResponseConsidered &r) { return r.response == response; });
    return it == need.responses.cend() ? nullptr : &*it;
}

} // namespace

PreventionPage::PreventionPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::PreventionFirst, session, parent)
    , ui(std::make_unique<Ui::PreventionPage>())
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->needTitleLabel, 1.15);
    ui->needList->setFixedHeight(ui->needList->fontMetrics().height() * 5 + 8);
    // A notice in words and a framed panel, so it does not rest on colour.
    ui->formalGateLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #8a6d00; color: #2e2400; }"));
    ui->howMetEdit->setVisibleLines(2);

    const QList<NeedMetBy> metBy = {NeedMetBy::NotYetDecided, NeedMetBy::PersonsOwnStrengths,
        NeedMetBy::Network, NeedMetBy::Community, NeedMetBy::Council, NeedMetBy::NotMet};
    for (const NeedMetBy each : metBy)
        ui->metByCombo->addItem(metByText(each), int(each));

    buildResponseRows();

    connect(ui->needList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QUuid id = item ? item->data(kIdRole).toUuid() : QUuid();
        if (id == m_current)
            return;
        m_current = id;
        showCurrentNeed();
    });
    connect(ui->metByCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const auto value = NeedMetBy(ui->metByCombo->itemData(index).toInt());
        editCurrentNeed([value](Need &n) { n.metBy = value; });
    });
    connect(ui->howMetEdit, &TextField::edited, this,
        [this](const QString &text) { editCurrentNeed([&](Need &n) { n.howMet = text; }); });

    syncList();
    showCurrentNeed();
}

PreventionPage::~PreventionPage() = default;

void PreventionPage::buildResponseRows()
{
    QWidget *previous = ui->needList;
    const QList<GraduatedResponse> responses = allGraduatedResponses();
    int step = 0;
    for (const GraduatedResponse response : responses) {
        ++step;
        const QString title = responseTitle(response);
        auto *row = new QWidget(ui->responsesGroup);
        row->setObjectName(QStringLiteral("responseRow-") + code(response));
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        auto *header = new QHBoxLayout;
        auto *label = new QLabel(tr("%1. %2").arg(step).arg(title), row);
        label->setObjectName(QStringLiteral("responseLabel-") + code(response));
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *verdict = new QComboBox(row);
        verdict->setObjectName(QStringLiteral("verdictCombo-") + code(response));
        verdict->setAccessibleName(tr("%1: verdict").arg(title));
        verdict->addItem(tr("Not considered yet"), int(ResponseVerdict::NotConsidered));
        verdict->addItem(tr("Will meet the need"), int(ResponseVerdict::WillMeet));
        verdict->addItem(tr("Partly meets it"), int(ResponseVerdict::PartlyMeets));
        verdict->addItem(tr("Not suitable"), int(ResponseVerdict::NotSuitable));
        label->setBuddy(verdict);
        header->addWidget(label, 1);
        header->addWidget(verdict);
        rowLayout->addLayout(header);
        auto *notes = new TextField(row);
        notes->setObjectName(QStringLiteral("notesEdit-") + code(response));
        notes->setAccessibleName(tr("%1: notes").arg(title));
        notes->setPlaceholderText(response == GraduatedResponse::FormalSupport
                ? tr("What support, how much and how often, for what the lower steps left unmet")
                : tr("What was offered or tried, and why the next step up was needed"));
        notes->setVisibleLines(2);
        rowLayout->addWidget(notes);

        if (response == GraduatedResponse::FormalSupport) {
            // The reason it is closed sits just above the controls it closes.
            ui->responsesLayout->addWidget(ui->formalGateLabel);
            ui->responsesLayout->addWidget(row);
        } else {
            ui->responsesLayout->insertWidget(
                ui->responsesLayout->indexOf(ui->formalGateLabel), row);
        }

        setTabOrder(previous, verdict);
        setTabOrder(verdict, notes);
        previous = notes;
        m_rows.append({response, verdict, notes});

        connect(verdict, &QComboBox::currentIndexChanged, this, [this, verdict, response](int i) {
            if (i < 0)
                return;
            const auto value = ResponseVerdict(verdict->itemData(i).toInt());
            editResponse(response, [value](ResponseConsidered &r) { r.verdict = value; });
        });
        connect(notes, &TextField::edited, this, [this, response](const QString &text) {
            editResponse(response, [&text](ResponseConsidered &r) { r.notes = text; });
        });
    }
    setTabOrder(previous, ui->metByCombo);
    setTabOrder(ui->metByCombo, ui->howMetEdit);
}

QWidget *PreventionPage::firstField() const
{
    if (record().assessment.needs.isEmpty())
        return ui->noNeedsLabel;
    return ui->needList;
}

void PreventionPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    StepPage::setReadOnly(readOnly);
    updateGate(); // the base enabled every combo; formal support stays closed until earned
}

void PreventionPage::loadPage()
{
    syncList();
    showCurrentNeed();
}

void PreventionPage::recordChanged()
{
    if (syncList())
        showCurrentNeed();
    else
        updateGate();
}

bool PreventionPage::syncList()
{
    const QList<Need> &needs = record().assessment.needs;
    const bool changed = recordlist::sync(ui->needList, needs, m_current, [](const Need &need) {
        return tr("%1 — %2").arg(needName(need), metByPhrase(need.metBy));
    });
    const bool any = !needs.isEmpty();
    ui->noNeedsLabel->setVisible(!any);
    ui->needsGroup->setVisible(any);
    return changed;
}

const Need *PreventionPage::currentNeed() const
{
    const QList<Need> &needs = record().assessment.needs;
    const auto it = std::find_if(
        needs.cbegin(), needs.cend(), [this](const Need &n) { return n.id == m_current; });
    return it == needs.cend() ? nullptr : &*it;
}

void PreventionPage::showCurrentNeed()
{
    const Need *need = currentNeed();
    ui->needPanel->setVisible(need != nullptr);
    const QString title = need ? needName(*need) : QString();
    ui->needTitleLabel->setText(title);
    ui->needTitleLabel->setAccessibleName(title);
    for (const ResponseRow &row : std::as_const(m_rows)) {
        const ResponseConsidered *considered = need ? findResponse(*need, row.response) : nullptr;
        const QSignalBlocker blocker(row.verdict);
        row.verdict->setCurrentIndex(row.verdict->findData(
            int(considered ? considered->verdict : ResponseVerdict::NotConsidered)));
        row.notes->setTextQuietly(considered ? considered->notes : QString());
    }
    {
        const QSignalBlocker blocker(ui->metByCombo);
        ui->metByCombo->setCurrentIndex(
            ui->metByCombo->findData(int(need ? need->metBy : NeedMetBy::NotYetDecided)));
    }
    ui->howMetEdit->setTextQuietly(need ? need->howMet : QString());
    updateGate();
}

void PreventionPage::updateGate()
{
    const Need *need = currentNeed();
    if (!need)
        return;
    // Care Act 2014 s2 and DESIGN 2.4: formal, funded support only for what the lower steps
    // cannot meet, so it opens only once each of them is recorded as considered.
    const bool open = need->lowerStepsConsidered();
    QStringList remaining;
    for (const ResponseRow &row : std::as_const(m_rows)) {
        const ResponseConsidered *considered = findResponse(*need, row.response);
        // The combos follow the record after any edit, not only those made here.
        const int index = row.verdict->findData(
            int(considered ? considered->verdict : ResponseVerdict::NotConsidered));
        if (row.verdict->currentIndex() != index) {
            const QSignalBlocker blocker(row.verdict);
            row.verdict->setCurrentIndex(index);
        }
        if (row.response == GraduatedResponse::FormalSupport)
            row.verdict->setEnabled(open && !m_readOnly);
        else if (!considered || considered->verdict == ResponseVerdict::NotConsidered)
            remaining.append(responseName(row.response));
    }
    if (auto *model = qobject_cast<QStandardItemModel *>(ui->metByCombo->model())) {
        const int council = ui->metByCombo->findData(int(NeedMetBy::Council));
        if (QStandardItem *item = model->item(council))
            item->setEnabled(open);
    }

    QString text;
    if (!open) {
        const bool chosen = need->metBy == NeedMetBy::Council || [&] {
            const ResponseConsidered *formal
                = findResponse(*need, GraduatedResponse::FormalSupport);
            return formal
                && (formal->verdict == ResponseVerdict::WillMeet
                    || formal->verdict == ResponseVerdict::PartlyMeets);
        }();
        const QString list = remaining.join(QStringLiteral(", "));
        text = chosen
            ? tr("Formal support is recorded for this need, but not every lower step is "
                 "considered yet. Still to consider: %1. Finalising is blocked until they are.")
                  .arg(list)
            : tr("Formal, funded support, and \"The council\" as the way the need is met, can "
                 "be chosen once every lower step is recorded as considered (Care Act 2014 s2: "
                 "prevention first). Still to consider: %1.")
                  .arg(list);
    }
    if (ui->formalGateLabel->text() != text) {
        ui->formalGateLabel->setText(text);
        ui->formalGateLabel->setAccessibleDescription(text);
    }
    ui->formalGateLabel->setVisible(!text.isEmpty());
}

void PreventionPage::editCurrentNeed(const std::function<void(Need &)> &change)
{
    if (isLoading() || m_current.isNull())
        return;
    const QUuid id = m_current;
    const bool edited = session().editAssessment([&](Assessment &a) {
        for (Need &need : a.needs) {
            if (need.id == id)
                change(need);
        }
    });
    if (!edited)
        showCurrentNeed(); // refused (read-only): show what is stored, not what was chosen
}

void PreventionPage::editResponse(
    GraduatedResponse response, const std::function<void(ResponseConsidered &)> &change)
{
    editCurrentNeed([&](Need &need) {
        for (ResponseConsidered &r : need.responses) {
            if (r.response == response) {
                change(r);
                return;
            }
        }
        // Kept in the order of the ladder, lowest first.
        ResponseConsidered added;
        added.response = response;
        change(added);
        const auto at = std::find_if(need.responses.begin(), need.responses.end(),
            [response](const ResponseConsidered &r) { return int(r.response) > int(response); });
        need.responses.insert(at, added);
    });
}

} // namespace hearth
