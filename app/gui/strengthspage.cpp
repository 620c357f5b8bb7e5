#include "strengthspage.h"
#include "recordlist.h"
#include "ui_strengthspage.h"

#include "casesession.h"
#include "dialogutil.h"
#include "documents/ecomap.h"
#include "ecomapview.h"

#include <QAbstractItemView>
#include <QListWidgetItem>
#include <QSignalBlocker>

#include <algorithm>

namespace hearth {

namespace {

using recordlist::kIdRole;

QString itemText(const NetworkMember &member)
{
    QStringList about {Ecomap::kindLabel(member.kind)};
    if (!member.relationship.trimmed().isEmpty())
        about << member.relationship.simplified();
    QString text = StrengthsPage::tr("%1 (%2)").arg(
        Ecomap::memberName(member), about.join(QStringLiteral(", ")));
    if (member.providesCare)
        text = StrengthsPage::tr("%1, provides care").arg(text);
    return text;
}

// One strength a line: Enter starts the next, so the list is kept from the keyboard alone.
QString strengthsText(const QList<Strength> &strengths)
{
    QStringList lines;
    for (const Strength &strength : strengths)
        lines << strength.description;
    return lines.join(QLatin1Char('\n'));
}

QList<Strength> strengthsFrom(const QString &text)
{
    QList<Strength> strengths;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            strengths.append(Strength {line.trimmed()});
    }
    return strengths;
}

} // namespace

StrengthsPage::StrengthsPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::StrengthsAndNetwork, session, parent)
    , ui(std::make_unique<Ui::StrengthsPage>())
{
    ui->setupUi(this);
    ui->networkList->setFixedHeight(ui->networkList->fontMetrics().height() * 6 + 8);
    // Prominent without resting on colour: a heavy frame and plain words.
    ui->carerPanel->setStyleSheet(
        QStringLiteral("QFrame#carerPanel { border: 2px solid #1d4f91; border-radius: 4px; "
                       "background: #eef4fb; }"));
    dialogutil::makeHeading(ui->carerPromptLabel, 1.1);

    for (int k = int(NetworkKind::Family); k <= int(NetworkKind::Other); ++k)
        ui->memberKindCombo->addItem(dialogutil::capitalised(Ecomap::kindLabel(NetworkKind(k))), k);
    for (int s = 1; s <= 3; ++s)
        ui->memberStrengthCombo->addItem(dialogutil::capitalised(Ecomap::strengthLabel(s)), s);
    for (QComboBox *combo : {ui->memberWillingCombo, ui->memberAbleCombo,
             ui->memberSustainableCombo, ui->carerOfferedCombo})
        fillAnswers(combo);

    // The carer panel's style sheet makes the combo inside it build its pop-up list early;
    // every pop-up list is named after its combo so a screen reader can say what it lists.
    const QList<QComboBox *> combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        combo->view()->setAccessibleName(combo->accessibleName());

    m_ecomap = new EcomapView(session, ui->ecomapGroup);
    m_ecomap->setObjectName(QStringLiteral("ecomapView"));
    ui->ecomapLayout->addWidget(m_ecomap);
    setTabOrder(ui->carerOfferedCombo, m_ecomap);

    bindText(
        ui->strengthsEdit,
        [](const AssessmentRecord &r) { return strengthsText(r.assessment.strengths); },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.strengths = strengthsFrom(text); });
        });
    bindText(
        ui->interestsEdit, [](const AssessmentRecord &r) { return r.assessment.interests; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.interests = text; });
        });

    connect(ui->addMemberButton, &QPushButton::clicked, this, &StrengthsPage::addMember);
    connect(ui->removeMemberButton, &QPushButton::clicked, this, &StrengthsPage::removeMember);
    connect(ui->networkList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QUuid id = item ? item->data(kIdRole).toUuid() : QUuid();
        if (id == m_current)
            return;
        m_current = id;
        showCurrentMember();
        updateButtons();
    });

    connect(ui->memberNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrentMember([&](NetworkMember &m) { m.name = text; });
    });
    connect(ui->memberRelationshipEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCurrentMember([&](NetworkMember &m) { m.relationship = text; });
    });
    connect(ui->memberHelpsWithEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentMember([&](NetworkMember &m) { m.helpsWith = text; });
    });
    connect(ui->memberImpactEdit, &TextField::edited, this, [this](const QString &text) {
        editCurrentMember([&](NetworkMember &m) { m.impactOnThem = text; });
    });
    connect(ui->memberKindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            const auto kind = NetworkKind(ui->memberKindCombo->itemData(index).toInt());
            editCurrentMember([&](NetworkMember &m) { m.kind = kind; });
        }
    });
    connect(ui->memberStrengthCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            const int strength = ui->memberStrengthCombo->itemData(index).toInt();
            editCurrentMember([&](NetworkMember &m) { m.connectionStrength = strength; });
        }
    });
    const auto bindMemberAnswer = [this](QComboBox *combo, Answer NetworkMember::*field) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field](int index) {
            if (index >= 0) {
                const auto answer = Answer(combo->itemData(index).toInt());
                editCurrentMember([&](NetworkMember &m) { m.*field = answer; });
            }
        });
    };
    bindMemberAnswer(ui->memberWillingCombo, &NetworkMember::willing);
    bindMemberAnswer(ui->memberAbleCombo, &NetworkMember::able);
    bindMemberAnswer(ui->memberSustainableCombo, &NetworkMember::sustainable);
    bindMemberAnswer(ui->carerOfferedCombo, &NetworkMember::carerAssessmentOffered);
    connect(ui->memberAgreedCheck, &QCheckBox::toggled, this,
        [this](bool on) { editCurrentMember([&](NetworkMember &m) { m.agreedWithThem = on; }); });
    connect(ui->memberProvidesCareCheck, &QCheckBox::toggled, this,
        [this](bool on) { editCurrentMember([&](NetworkMember &m) { m.providesCare = on; }); });

    showCurrentMember();
}

StrengthsPage::~StrengthsPage() = default;

QWidget *StrengthsPage::firstField() const
{
    return ui->strengthsEdit;
}

void StrengthsPage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    updateButtons();
}

void StrengthsPage::loadPage()
{
    syncList();
    showCurrentMember();
}

void StrengthsPage::recordChanged()
{
    if (syncList())
        showCurrentMember();
    updateCarerPrompt();
}

bool StrengthsPage::syncList()
{
    const QList<NetworkMember> &network = session().network();
    const bool changed = recordlist::sync(ui->networkList, network, m_current, itemText);
    ui->networkList->setVisible(!network.isEmpty());
    ui->noMembersLabel->setVisible(network.isEmpty());
    updateButtons();
    return changed;
}

void StrengthsPage::showCurrentMember()
{
    const QList<NetworkMember> &network = session().network();
    const auto member = std::find_if(network.cbegin(), network.cend(),
        [this](const NetworkMember &m) { return m.id == m_current; });
    const bool shown = member != network.cend();
    ui->memberDetails->setVisible(shown);
    const NetworkMember blank;
    const NetworkMember &m = shown ? *member : blank;

    // Filling the fields is not an edit: line edits signal only textEdited, text fields are
    // set quietly, and combos and check boxes are blocked.
    ui->memberNameEdit->setText(m.name);
    ui->memberRelationshipEdit->setText(m.relationship);
    ui->memberHelpsWithEdit->setTextQuietly(m.helpsWith);
    ui->memberImpactEdit->setTextQuietly(m.impactOnThem);
    const auto choose = [](QComboBox *combo, int value) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(value));
    };
    choose(ui->memberKindCombo, int(m.kind));
    choose(ui->memberStrengthCombo, std::clamp(m.connectionStrength, 1, 3));
    choose(ui->memberWillingCombo, int(m.willing));
    choose(ui->memberAbleCombo, int(m.able));
    choose(ui->memberSustainableCombo, int(m.sustainable));
    choose(ui->carerOfferedCombo, int(m.carerAssessmentOffered));
    {
        const QSignalBlocker block(ui->memberAgreedCheck);
        ui->memberAgreedCheck->setChecked(m.agreedWithThem);
    }
    {
        const QSignalBlocker block(ui->memberProvidesCareCheck);
        ui->memberProvidesCareCheck->setChecked(m.providesCare);
    }
    updateCarerPrompt();
}

void StrengthsPage::updateCarerPrompt()
{
    const QList<NetworkMember> &network = session().network();
    const auto member = std::find_if(network.cbegin(), network.cend(),
        [this](const NetworkMember &m) { return m.id == m_current; });
    const bool carer = member != network.cend() && member->providesCare;
    ui->carerPanel->setVisible(carer);
    if (!carer)
        return;
    const QString name = member->name.simplified();
    // Care Act 2014 s10: anyone who appears to provide care is offered an assessment of their
    // own needs, whatever the needs of the person they care for.
    const QString prompt = name.isEmpty()
        ? tr("Offer them a carer's assessment (Care Act s10).")
        : tr("Offer %1 a carer's assessment (Care Act s10).").arg(name);
    if (ui->carerPromptLabel->text() != prompt) {
        ui->carerPromptLabel->setText(prompt);
        ui->carerOfferedCombo->setAccessibleDescription(prompt);
    }
}

void StrengthsPage::editCurrentMember(const std::function<void(NetworkMember &)> &change)
{
    if (isLoading() || m_current.isNull())
        return;
    session().editNetworkMember(m_current, change);
}

void StrengthsPage::addMember()
{
    const QUuid id = session().addNetworkMember();
    if (id.isNull())
        return;
    m_current = id;
    syncList();
    showCurrentMember();
    ui->memberNameEdit->setFocus(Qt::OtherFocusReason);
}

void StrengthsPage::removeMember()
{
    const QList<NetworkMember> &network = session().network();
    const auto it = std::find_if(network.cbegin(), network.cend(),
        [this](const NetworkMember &m) { return m.id == m_current; });
    if (it == network.cend())
        return;
    const qsizetype index = it - network.cbegin();
    const QUuid removed = m_current;
    // The next member takes its place, or the one before when it was the last.
    if (index + 1 < network.size())
        m_current = network.at(index + 1).id;
    else if (index > 0)
        m_current = network.at(index - 1).id;
    else
        m_current = QUuid();
    session().removeNetworkMember(removed);
    syncList();
    showCurrentMember();
    if (ui->networkList->count() > 0)
        ui->networkList->setFocus(Qt::OtherFocusReason);
    else
        ui->addMemberButton->setFocus(Qt::OtherFocusReason);
}

void StrengthsPage::updateButtons()
{
    ui->addMemberButton->setEnabled(!session().isReadOnly());
    ui->removeMemberButton->setEnabled(!m_current.isNull() && !session().isReadOnly());
}

} // namespace hearth
