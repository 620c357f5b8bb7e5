#include "aboutpersonpage.h"
#include "ui_aboutpersonpage.h"

#include "casesession.h"
#include "core/nhsnumber.h"
#include "dialogutil.h"
#include "reviewsection.h"
#include "storage/repositories.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QHash>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hearth {

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

// Address lines as typed: one a line, trimmed, blank lines left out.
QStringList linesOf(const QString &text)
{
    QStringList lines;
    const QStringList typed = text.split(QLatin1Char('\n'));
    for (const QString &line : typed) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QString capacityWord(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return AboutPersonPage::tr("has capacity");
    case Answer::No:
        return AboutPersonPage::tr("lacks capacity");
    case Answer::Unknown:
        break;
    }
    return AboutPersonPage::tr("not assessed, capacity assumed");
}

QString contributorText(const Contributor &c)
{
    QString text = c.name.trimmed();
    if (text.isEmpty())
        text = AboutPersonPage::tr("Not named yet");
    QStringList about;
    if (!c.role.trimmed().isEmpty())
        about << c.role.trimmed();
    if (!c.organisation.trimmed().isEmpty())
        about << c.organisation.trimmed();
    if (c.present)
        about << AboutPersonPage::tr("present");
    if (!about.isEmpty())
        text = AboutPersonPage::tr("%1 — %2").arg(text, about.join(QStringLiteral(", ")));
    return text;
}

QString capacityText(const CapacityRecord &r)
{
    QString decision = r.decision.trimmed();
    if (decision.isEmpty())
        decision = AboutPersonPage::tr("Decision not described yet");
    return AboutPersonPage::tr("%1 — %2").arg(decision, capacityWord(r.hasCapacity));
}

// Shows `message` beside a field, plain or as an error; a screen reader hears it only when it
// changes, not on every keystroke that leaves it the same.
void showMessage(QLabel *label, const QString &message, bool isError)
{
    if (label->text() == message && label->isVisibleTo(label->parentWidget()) == !message.isEmpty()
        && label->property("hearthError").toBool() == isError)
        return;
    label->setProperty("hearthError", isError);
    dialogutil::showInlineMessage(label, message, isError);
}

// Refills a list widget with `texts`, keeping the items when only their texts changed.
// Returns true when the items were rebuilt.
bool syncItems(QListWidget *list, const QStringList &texts, int current)
{
    const QSignalBlocker blocker(list);
    const bool rebuild = list->count() != texts.size();
    if (rebuild) {
        const bool hadFocus = list->hasFocus();
        list->clear();
        for (qsizetype i = 0; i < texts.size(); ++i)
            new QListWidgetItem(list);
        if (hadFocus)
            list->setFocus();
    }
    for (int i = 0; i < texts.size(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (item->text() != texts.at(i)) {
            item->setText(texts.at(i));
            item->setData(Qt::AccessibleTextRole, texts.at(i));
        }
    }
    if (current >= 0 && list->currentRow() != current)
        list->setCurrentRow(current);
    list->setVisible(!texts.isEmpty());
    return rebuild;
}

int clampedIndex(int index, qsizetype size)
{
    if (size == 0)
        return -1;
    if (index < 0)
        return 0;
    return int(qMin<qsizetype>(index, size - 1));
}

} // namespace

namespace {

bool isReview(const AssessmentRecord &record)
{
    return record.assessment.kind == AssessmentKind::Review && record.assessment.review;
}

} // namespace

AboutPersonPage::AboutPersonPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::AboutThePerson, session, parent)
    , ui(std::make_unique<Ui::AboutPersonPage>())
{
    ui->setupUi(this);
    // A review begins with how the plan is going, above everything the assessment recorded.
    m_review = new ReviewSection(session, this);
    ui->reviewSectionLayout->addWidget(m_review);
    m_review->hide();
    dialogutil::makeHeading(ui->advocateHeading, 1.1);
    // Prominent without resting on colour: a frame, a heading and plain words.
    ui->advocatePanel->setStyleSheet(
        QStringLiteral("QFrame#advocatePanel { border: 2px solid #8a6d00; border-radius: 4px; "
                       "background: #fff4ce; } QFrame#advocatePanel QLabel { color: #2e2400; }"));
    for (QLabel *label : {ui->nhsNumberMessageLabel, ui->dateOfBirthMessageLabel,
             ui->capacityDateMessageLabel, ui->advocatePromptLabel})
        label->hide();
    for (QListWidget *list : {ui->contributorList, ui->capacityList})
        list->setFixedHeight(list->fontMetrics().height() * 4 + 8);
    ui->addressEdit->setFixedHeight(ui->addressEdit->fontMetrics().lineSpacing() * 4 + 12);
    ui->communicationNotesField->setVisibleLines(2);
    ui->consentNotesField->setVisibleLines(2);
    ui->selfAssessmentNotesField->setVisibleLines(2);
    ui->advocacyNotesField->setVisibleLines(2);
    for (TextField *field : {ui->caringRoleField, ui->whatWouldHelpField, ui->ifUnableToCareField,
             ui->crisisContactField})
        field->setVisibleLines(2);
    // The line edits inside the editable combo box and the spin box are what a screen reader
    // lands on: they carry the names.
    ui->caredForCombo->lineEdit()->setAccessibleName(ui->caredForCombo->accessibleName());
    ui->caredForCombo->view()->setAccessibleName(tr("People on the caseload"));
    ui->caredForCombo->lineEdit()->setPlaceholderText(
        tr("Choose from the caseload, or type a name"));
    if (auto *line = ui->hoursSpin->findChild<QLineEdit *>())
        line->setAccessibleName(ui->hoursSpin->accessibleName());
    ui->kindHintLabel->hide();
    ui->caredForHintLabel->hide();

    ui->kindCombo->addItem(
        tr("An adult's needs assessment (Care Act 2014 s9)"), int(AssessmentKind::AdultNeeds));
    ui->kindCombo->addItem(
        tr("A carer's assessment (Care Act 2014 s10)"), int(AssessmentKind::Carer));

    fillAnswers(ui->capacityOutcomeCombo);
    ui->capacityOutcomeCombo->setItemText(ui->capacityOutcomeCombo->findData(int(Answer::Unknown)),
        tr("Not assessed: capacity assumed"));
    ui->capacityOutcomeCombo->setItemText(
        ui->capacityOutcomeCombo->findData(int(Answer::Yes)), tr("Has capacity for this decision"));
    ui->capacityOutcomeCombo->setItemText(ui->capacityOutcomeCombo->findData(int(Answer::No)),
        tr("Lacks capacity for this decision"));

    bindPerson();
    bindAssessment();
    bindCarer();

    connect(
        ui->addContributorButton, &QPushButton::clicked, this, &AboutPersonPage::addContributor);
    connect(ui->removeContributorButton, &QPushButton::clicked, this,
        &AboutPersonPage::removeContributor);
    connect(ui->contributorList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_contributor || row < 0)
            return;
        m_contributor = row;
        showContributor();
        updateButtons();
    });
    connect(ui->contributorNameEdit, &QLineEdit::textEdited, this,
        [this](const QString &text) { editContributor([&](Contributor &c) { c.name = text; }); });
    connect(ui->contributorRoleEdit, &QLineEdit::textEdited, this,
        [this](const QString &text) { editContributor([&](Contributor &c) { c.role = text; }); });
    connect(
        ui->contributorOrganisationEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
            editContributor([&](Contributor &c) { c.organisation = text; });
        });
    connect(ui->contributorPresentCheck, &QCheckBox::toggled, this,
        [this](bool on) { editContributor([&](Contributor &c) { c.present = on; }); });

    connect(ui->addCapacityButton, &QPushButton::clicked, this, &AboutPersonPage::addCapacity);
    connect(
        ui->removeCapacityButton, &QPushButton::clicked, this, &AboutPersonPage::removeCapacity);
    connect(ui->capacityList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_capacity || row < 0)
            return;
        m_capacity = row;
        showCapacity();
        updateButtons();
    });
    connect(ui->capacityDecisionEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCapacity([&](CapacityRecord &r) { r.decision = text; });
    });
    connect(ui->capacityOutcomeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const Answer answer = Answer(ui->capacityOutcomeCombo->itemData(index).toInt());
        editCapacity([&](CapacityRecord &r) { r.hasCapacity = answer; });
    });
    connect(
        ui->capacityDateEdit, &QLineEdit::textEdited, this, &AboutPersonPage::writeCapacityDate);
    connect(ui->capacityAssessedByEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCapacity([&](CapacityRecord &r) { r.assessedBy = text; });
    });
    connect(ui->capacityNotesField, &TextField::edited, this,
        [this](const QString &text) { editCapacity([&](CapacityRecord &r) { r.notes = text; }); });

    syncContributors();
    showContributor();
    syncCapacity();
    showCapacity();
}

AboutPersonPage::~AboutPersonPage() = default;

QWidget *AboutPersonPage::firstField() const
{
    if (isReview(record()))
        return m_review->firstField();
    return ui->givenNamesEdit;
}

void AboutPersonPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    StepPage::setReadOnly(readOnly);
    updateButtons();
}

void AboutPersonPage::bindPerson()
{
    auto text = [this](QLineEdit *edit, QString Person::*field) {
        bindText(
            edit, [field](const AssessmentRecord &r) { return r.person.*field; },
            [field](CaseSession &s, const QString &value) {
                s.editPerson([&](Person &p) { p.*field = value; });
            });
    };
    text(ui->givenNamesEdit, &Person::givenNames);
    text(ui->familyNameEdit, &Person::familyName);
    text(ui->preferredNameEdit, &Person::preferredName);
    text(ui->phoneEdit, &Person::phone);
    bindText(
        ui->postcodeEdit, [](const AssessmentRecord &r) { return r.person.address.postcode; },
        [](CaseSession &s, const QString &value) {
            s.editPerson([&](Person &p) { p.address.postcode = value; });
        });

    auto communicationText = [this](QLineEdit *edit, QString CommunicationNeeds::*field) {
        bindText(
            edit, [field](const AssessmentRecord &r) { return r.person.communication.*field; },
            [field](CaseSession &s, const QString &value) {
                s.editPerson([&](Person &p) { p.communication.*field = value; });
            });
    };
    communicationText(ui->preferredLanguageEdit, &CommunicationNeeds::preferredLanguage);
    communicationText(ui->interpreterLanguageEdit, &CommunicationNeeds::interpreterLanguage);
    bindText(
        ui->communicationNotesField,
        [](const AssessmentRecord &r) { return r.person.communication.notes; },
        [](CaseSession &s, const QString &value) {
            s.editPerson([&](Person &p) { p.communication.notes = value; });
        });
    auto communicationCheck = [this](QCheckBox *box, bool CommunicationNeeds::*field) {
        bindCheck(
            box, [field](const AssessmentRecord &r) { return r.person.communication.*field; },
            [field](CaseSession &s, const bool &on) {
                s.editPerson([&](Person &p) { p.communication.*field = on; });
            });
    };
    communicationCheck(ui->interpreterCheck, &CommunicationNeeds::interpreter);
    communicationCheck(ui->easyReadCheck, &CommunicationNeeds::easyRead);
    communicationCheck(ui->largePrintCheck, &CommunicationNeeds::largePrint);
    communicationCheck(ui->brailleCheck, &CommunicationNeeds::braille);

    // The NHS number, the date of birth and the address are loaded in loadPage(): what is
    // stored is a checked value, and the field keeps what is being typed until it is one.
    connect(ui->nhsNumberEdit, &QLineEdit::textEdited, this, &AboutPersonPage::writeNhsNumber);
    connect(ui->dateOfBirthEdit, &QLineEdit::textEdited, this, &AboutPersonPage::writeDateOfBirth);
    connect(ui->addressEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (isLoading())
            return;
        const QStringList lines = linesOf(ui->addressEdit->toPlainText());
        if (lines != record().person.address.lines)
            session().editPerson([&](Person &p) { p.address.lines = lines; });
    });
}

void AboutPersonPage::bindAssessment()
{
    // Care Act 2014 s9 or s10. Assessment::setKind keeps whatever was recorded for the other
    // kind, so a slip of the choice loses nothing.
    bindChoice(
        ui->kindCombo, [](const AssessmentRecord &r) { return int(r.assessment.kind); },
        [](CaseSession &s, const int &value) {
            s.editAssessment([&](Assessment &a) { a.setKind(AssessmentKind(value)); });
        });

    bindCheck(
        ui->jointWithHealthCheck,
        [](const AssessmentRecord &r) { return r.assessment.jointWithHealth; },
        [](CaseSession &s, const bool &on) {
            s.editAssessment([&](Assessment &a) { a.jointWithHealth = on; });
        });

    bindAnswer(
        ui->consentCombo, [](const AssessmentRecord &r) { return r.assessment.consent.given; },
        [](CaseSession &s, const Answer &value) {
            s.editAssessment([&](Assessment &a) { a.consent.given = value; });
        });
    bindText(
        ui->consentNotesField, [](const AssessmentRecord &r) { return r.assessment.consent.notes; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.consent.notes = text; });
        });

    bindAnswer(
        ui->selfAssessmentOfferedCombo,
        [](const AssessmentRecord &r) { return r.assessment.selfAssessment.offered; },
        [](CaseSession &s, const Answer &value) {
            s.editAssessment([&](Assessment &a) { a.selfAssessment.offered = value; });
        });
    bindAnswer(
        ui->selfAssessmentAcceptedCombo,
        [](const AssessmentRecord &r) { return r.assessment.selfAssessment.accepted; },
        [](CaseSession &s, const Answer &value) {
            s.editAssessment([&](Assessment &a) { a.selfAssessment.accepted = value; });
        });
    bindText(
        ui->selfAssessmentNotesField,
        [](const AssessmentRecord &r) { return r.assessment.selfAssessment.notes; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.selfAssessment.notes = text; });
        });

    // Care Act 2014 s67(4)(a)-(d).
    auto difficulty = [this](QCheckBox *box, bool AdvocacyCheck::*field) {
        bindCheck(
            box, [field](const AssessmentRecord &r) { return r.assessment.advocacy.*field; },
            [field](CaseSession &s, const bool &on) {
                s.editAssessment([&](Assessment &a) { a.advocacy.*field = on; });
            });
    };
    difficulty(ui->difficultyUnderstandingCheck, &AdvocacyCheck::difficultyUnderstanding);
    difficulty(ui->difficultyRetainingCheck, &AdvocacyCheck::difficultyRetaining);
    difficulty(ui->difficultyUsingCheck, &AdvocacyCheck::difficultyUsingOrWeighing);
    difficulty(ui->difficultyCommunicatingCheck, &AdvocacyCheck::difficultyCommunicating);
    difficulty(ui->referralMadeCheck, &AdvocacyCheck::referralMade);
    bindAnswer(
        ui->appropriatePersonCombo,
        [](const AssessmentRecord &r) { return r.assessment.advocacy.appropriatePersonAvailable; },
        [](CaseSession &s, const Answer &value) {
            s.editAssessment([&](Assessment &a) { a.advocacy.appropriatePersonAvailable = value; });
        });
    auto advocacyText = [this](QLineEdit *edit, QString AdvocacyCheck::*field) {
        bindText(
            edit, [field](const AssessmentRecord &r) { return r.assessment.advocacy.*field; },
            [field](CaseSession &s, const QString &value) {
                s.editAssessment([&](Assessment &a) { a.advocacy.*field = value; });
            });
    };
    advocacyText(ui->appropriatePersonNameEdit, &AdvocacyCheck::appropriatePersonName);
    advocacyText(ui->advocateNameEdit, &AdvocacyCheck::advocateName);
    bindText(
        ui->advocacyNotesField,
        [](const AssessmentRecord &r) { return r.assessment.advocacy.notes; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.advocacy.notes = text; });
        });
}

// The caring role (Care Act 2014 s10; DESIGN 2.5: the carer's support plan says what the
// caring involves, what happens if the carer cannot care and who to call in a crisis).
void AboutPersonPage::bindCarer()
{
    auto carerText = [this](TextField *field, QString CarerDetails::*member) {
        bindText(
            field,
            [member](const AssessmentRecord &r) {
                return r.assessment.carer ? (*r.assessment.carer).*member : QString();
            },
            [member](CaseSession &s, const QString &text) {
                s.editAssessment([&](Assessment &a) {
                    if (!a.carer)
                        a.carer = CarerDetails {};
                    (*a.carer).*member = text;
                });
            });
    };
    carerText(ui->caringRoleField, &CarerDetails::caringRole);
    carerText(ui->whatWouldHelpField, &CarerDetails::whatWouldHelp);
    carerText(ui->ifUnableToCareField, &CarerDetails::ifUnableToCare);
    carerText(ui->crisisContactField, &CarerDetails::crisisContact);
    bindNumber(
        ui->hoursSpin,
        [](const AssessmentRecord &r) {
            return r.assessment.carer ? r.assessment.carer->hoursPerWeek : 0;
        },
        [](CaseSession &s, const int &hours) {
            s.editAssessment([&](Assessment &a) {
                if (!a.carer)
                    a.carer = CarerDetails {};
                a.carer->hoursPerWeek = hours;
            });
        });

    // Every change of the text, typed, completed from the caseload or chosen from the list:
    // the name shown is always the name recorded.
    connect(
        ui->caredForCombo, &QComboBox::editTextChanged, this, &AboutPersonPage::writeCaredForText);
}

void AboutPersonPage::loadCaseload()
{
    QComboBox *combo = ui->caredForCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    m_caseloadFor = record().person.id;
    const Result<QList<CaseloadEntry>> caseload = PersonRepository(session().store()).caseload();
    if (!caseload)
        return; // typing a name still works; the list is a convenience
    QHash<QString, int> named;
    for (const CaseloadEntry &entry : *caseload)
        ++named[entry.displayName];
    for (const CaseloadEntry &entry : *caseload) {
        if (entry.personId == record().person.id)
            continue; // a carer does not care for themselves
        QString text = entry.displayName;
        // Two people of the same name: the date of birth tells them apart.
        if (named.value(entry.displayName) > 1 && entry.dateOfBirth.isValid())
            text = tr("%1, born %2").arg(text, entry.dateOfBirth.toString(kDateFormat));
        combo->addItem(text, QVariant::fromValue(entry.personId));
    }
}

void AboutPersonPage::loadCaredFor()
{
    const CarerDetails carer = record().assessment.carer.value_or(CarerDetails {});
    QComboBox *combo = ui->caredForCombo;
    const int index = carer.caredForPersonId.isNull()
        ? -1
        : combo->findData(QVariant::fromValue(carer.caredForPersonId));
    const QString shown = index >= 0 ? combo->itemText(index) : carer.caredForName;
    // Only a difference is written back, so what is being typed (and a completion offered
    // from the caseload, in the case it was typed in) is left alone.
    const Qt::CaseSensitivity sensitivity = index >= 0 ? Qt::CaseInsensitive : Qt::CaseSensitive;
    if (combo->currentText().compare(shown, sensitivity) != 0) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
        if (index < 0)
            combo->setEditText(shown);
    }

    QString hint;
    if (!carer.caredForPersonId.isNull())
        hint = index >= 0 ? tr("On the caseload: linked to their record.")
                          : tr("Linked to a record that is not on this laptop's caseload.");
    else if (!carer.caredForName.trimmed().isEmpty())
        hint = tr("Not on the caseload: only the name is recorded.");
    showMessage(ui->caredForHintLabel, hint, false);
}

void AboutPersonPage::writeCaredForText(const QString &text)
{
    if (isLoading() || !record().assessment.carer)
        return;
    // A name that is someone's on the caseload, exactly but in any case, links to them; any
    // other name (even theirs with more typed after it) is recorded as typed, and the link to
    // whoever was chosen before goes.
    const int index = ui->caredForCombo->findText(text, Qt::MatchFixedString);
    QUuid id;
    QString name = text;
    if (index >= 0) {
        id = ui->caredForCombo->itemData(index).value<QUuid>();
        const Result<Person> person = PersonRepository(session().store()).find(id);
        name = person && !person->fullName().isEmpty() ? person->fullName() : text;
    }
    const CarerDetails &carer = *record().assessment.carer;
    if (carer.caredForPersonId == id && carer.caredForName == name)
        return;
    session().editAssessment([&](Assessment &a) {
        if (!a.carer)
            a.carer = CarerDetails {};
        a.carer->caredForPersonId = id;
        a.carer->caredForName = name;
    });
}

void AboutPersonPage::updateKind()
{
    const Assessment &a = record().assessment;
    // A review keeps the kind of what it reviews; the review section says what it is.
    ui->kindGroup->setVisible(a.kind != AssessmentKind::Review);
    ui->caringRoleGroup->setVisible(a.forCarer());
    QString hint;
    if (a.kind == AssessmentKind::Carer)
        hint = tr("This page is about the carer. Their eligibility is decided under reg 3 of "
                  "the Eligibility Criteria Regulations 2015, whether or not the person they "
                  "care for has eligible needs.");
    else if (a.kind == AssessmentKind::AdultNeeds)
        hint = tr("The adult's needs for care and support; eligibility under reg 2 of the "
                  "Eligibility Criteria Regulations 2015.");
    ui->kindHintLabel->setText(hint);
    ui->kindHintLabel->setVisible(!hint.isEmpty());
}

QString AboutPersonPage::nhsNumberMessage(const QString &input)
{
    if (input.trimmed().isEmpty())
        return {};
    const QString digits = NhsNumber::normalised(input);
    if (digits.isEmpty())
        return tr("Not valid: an NHS number has only digits (spaces are fine). It is saved once "
                  "it is valid.");
    if (digits.size() != 10)
        return tr("Not valid: an NHS number has 10 digits, and this has %1. It is saved once it "
                  "is valid.")
            .arg(digits.size());
    // DESIGN 2.9: the tenth digit is a Modulus 11 check on the first nine.
    if (!NhsNumber::isValid(digits))
        return tr("Not valid: the last digit does not match the others (the Modulus 11 check), "
                  "so a digit may be mistyped. It is saved once it is valid.");
    return tr("Valid NHS number.");
}

QDate AboutPersonPage::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Day first, as dates are written in the UK (DESIGN 2.9).
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
             QStringLiteral("d-M-yyyy"), QStringLiteral("d M yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

void AboutPersonPage::writeNhsNumber(const QString &text)
{
    updateNhsMessage();
    if (isLoading())
        return;
    // Person::nhsNumber holds ten checked digits or nothing: a number half typed or mistyped
    // stays in the field, with the message beside it saying why it is not saved.
    const QString stored = NhsNumber::isValid(text) ? NhsNumber::normalised(text) : QString();
    if (stored != record().person.nhsNumber)
        session().editPerson([&](Person &p) { p.nhsNumber = stored; });
}

void AboutPersonPage::writeDateOfBirth(const QString &text)
{
    updateDateOfBirthMessage();
    if (isLoading())
        return;
    QDate date = parseDate(text);
    if (date.isValid() && date > today())
        date = QDate();
    if (date != record().person.dateOfBirth)
        session().editPerson([&](Person &p) { p.dateOfBirth = date; });
}

void AboutPersonPage::loadPage()
{
    const bool sameCase = m_loadedPerson == record().person.id;
    m_loadedPerson = record().person.id;
    loadNhsNumber(sameCase);
    loadDateOfBirth(sameCase);
    loadAddress();
    if (!sameCase) {
        m_contributor = -1;
        m_capacity = -1;
    }
    syncContributors();
    showContributor();
    syncCapacity();
    showCapacity();
    loadCaseload();
    loadCaredFor();
    m_review->setVisible(isReview(record()));
    m_review->load();
    updateKind();
}

void AboutPersonPage::loadNhsNumber(bool sameCase)
{
    const QString stored = record().person.nhsNumber;
    const QString shown = ui->nhsNumberEdit->text();
    if (!stored.isEmpty()) {
        if (shown != NhsNumber::formatted(stored))
            ui->nhsNumberEdit->setText(NhsNumber::formatted(stored));
    } else if (!sameCase || NhsNumber::isValid(shown)) {
        // Keeps a number still being typed for this person; anything else is stale.
        ui->nhsNumberEdit->clear();
    }
    updateNhsMessage();
}

void AboutPersonPage::loadDateOfBirth(bool sameCase)
{
    const QDate stored = record().person.dateOfBirth;
    const QString shown = ui->dateOfBirthEdit->text();
    if (stored.isValid()) {
        if (shown != stored.toString(kDateFormat))
            ui->dateOfBirthEdit->setText(stored.toString(kDateFormat));
    } else if (!sameCase || parseDate(shown).isValid()) {
        ui->dateOfBirthEdit->clear();
    }
    updateDateOfBirthMessage();
}

void AboutPersonPage::loadAddress()
{
    const QStringList &stored = record().person.address.lines;
    if (linesOf(ui->addressEdit->toPlainText()) != stored)
        ui->addressEdit->setPlainText(stored.join(QLatin1Char('\n')));
}

void AboutPersonPage::recordChanged()
{
    if (syncContributors())
        showContributor();
    if (syncCapacity())
        showCapacity();
    updateAdvocacy();
    if (m_caseloadFor != record().person.id)
        loadCaseload();
    loadCaredFor();
    updateKind();
    m_review->setVisible(isReview(record()));
}

void AboutPersonPage::updateNhsMessage()
{
    const QString text = ui->nhsNumberEdit->text();
    const QString message = nhsNumberMessage(text);
    showMessage(
        ui->nhsNumberMessageLabel, message, !message.isEmpty() && !NhsNumber::isValid(text));
}

void AboutPersonPage::updateDateOfBirthMessage()
{
    const QString text = ui->dateOfBirthEdit->text();
    if (text.trimmed().isEmpty()) {
        showMessage(ui->dateOfBirthMessageLabel, {}, false);
        return;
    }
    const QDate date = parseDate(text);
    if (!date.isValid()) {
        showMessage(ui->dateOfBirthMessageLabel,
            tr("Not a date yet: write day/month/year, for example 09/03/1941. It is saved once "
               "it is a date."),
            true);
    } else if (date > today()) {
        showMessage(ui->dateOfBirthMessageLabel,
            tr("This date is in the future: check the year. It is saved once it is corrected."),
            true);
    } else {
        showMessage(ui->dateOfBirthMessageLabel,
            tr("%1, aged %2.")
                .arg(QLocale().toString(date, QStringLiteral("d MMMM yyyy")))
                .arg(ageOn(date, today())),
            false);
    }
}

void AboutPersonPage::updateAdvocacy()
{
    const AdvocacyCheck &advocacy = record().assessment.advocacy;
    const bool required = advocacy.advocateRequired();
    // The referral stays in view once made, even if an appropriate person is found later.
    ui->advocatePanel->setVisible(
        required || advocacy.referralMade || !advocacy.advocateName.trimmed().isEmpty());
    ui->advocateHeading->setText(
        required ? tr("An independent advocate is required") : tr("Independent advocate"));
    ui->advocateHeading->setAccessibleName(ui->advocateHeading->text());

    QString prompt;
    if (required && !advocacy.referralMade) {
        const QString nobody = advocacy.appropriatePersonAvailable == Answer::No
            ? tr("there is no appropriate person to support them")
            : tr("no appropriate person to support them has been found yet");
        // Care Act 2014 s67(2),(4),(5): the council must arrange an independent advocate.
        prompt = tr("Refer the person to an independent advocate now. They would have "
                    "substantial difficulty in being involved, and %1. The council must arrange "
                    "an advocate (Care Act 2014 s67). Finalising is blocked until the referral "
                    "is recorded.")
                     .arg(nobody);
    } else if (required) {
        prompt = tr("The referral is recorded. Add the advocate's name when you know it.");
    }
    showMessage(ui->advocatePromptLabel, prompt, false);
}

// Contributors ---------------------------------------------------------------------------

bool AboutPersonPage::syncContributors()
{
    const QList<Contributor> &contributors = record().assessment.contributors;
    const int before = m_contributor;
    m_contributor = clampedIndex(m_contributor, contributors.size());
    QStringList texts;
    for (const Contributor &c : contributors)
        texts << contributorText(c);
    const bool rebuilt = syncItems(ui->contributorList, texts, m_contributor);
    ui->noContributorsLabel->setVisible(contributors.isEmpty());
    updateButtons();
    return rebuilt || before != m_contributor;
}

void AboutPersonPage::showContributor()
{
    const QList<Contributor> &contributors = record().assessment.contributors;
    const bool shown = m_contributor >= 0 && m_contributor < contributors.size();
    const Contributor c = shown ? contributors.at(m_contributor) : Contributor {};
    ui->contributorDetails->setVisible(shown);
    // Filling the fields is not an edit: setText does not emit textEdited, and the check box
    // is blocked.
    ui->contributorNameEdit->setText(c.name);
    ui->contributorRoleEdit->setText(c.role);
    ui->contributorOrganisationEdit->setText(c.organisation);
    const QSignalBlocker blocker(ui->contributorPresentCheck);
    ui->contributorPresentCheck->setChecked(c.present);
}

void AboutPersonPage::editContributor(const std::function<void(Contributor &)> &change)
{
    if (isLoading() || m_contributor < 0)
        return;
    const int index = m_contributor;
    session().editAssessment([&](Assessment &a) {
        if (index < a.contributors.size())
            change(a.contributors[index]);
    });
}

void AboutPersonPage::addContributor()
{
    Contributor contributor;
    // The first one is usually the person themselves, present at their own assessment.
    if (record().assessment.contributors.isEmpty()) {
        contributor.name = record().person.fullName();
        contributor.role = tr("the person");
        contributor.present = true;
    }
    if (!session().editAssessment([&](Assessment &a) { a.contributors.append(contributor); }))
        return;
    m_contributor = int(record().assessment.contributors.size()) - 1;
    syncContributors();
    showContributor();
    ui->contributorNameEdit->setFocus(Qt::OtherFocusReason);
    ui->contributorNameEdit->selectAll();
}

void AboutPersonPage::removeContributor()
{
    const int index = m_contributor;
    if (index < 0 || index >= record().assessment.contributors.size())
        return;
    // The next one takes its place, or the one before when it was the last.
    if (!session().editAssessment([&](Assessment &a) { a.contributors.removeAt(index); }))
        return;
    m_contributor = clampedIndex(index, record().assessment.contributors.size());
    syncContributors();
    showContributor();
    if (ui->contributorList->count() > 0)
        ui->contributorList->setFocus(Qt::OtherFocusReason);
    else
        ui->addContributorButton->setFocus(Qt::OtherFocusReason);
}

// Capacity -------------------------------------------------------------------------------

bool AboutPersonPage::syncCapacity()
{
    const QList<CapacityRecord> &records = record().assessment.capacity;
    const int before = m_capacity;
    m_capacity = clampedIndex(m_capacity, records.size());
    QStringList texts;
    for (const CapacityRecord &r : records)
        texts << capacityText(r);
    const bool rebuilt = syncItems(ui->capacityList, texts, m_capacity);
    ui->noCapacityLabel->setVisible(records.isEmpty());
    updateButtons();
    return rebuilt || before != m_capacity;
}

void AboutPersonPage::showCapacity()
{
    const QList<CapacityRecord> &records = record().assessment.capacity;
    const bool shown = m_capacity >= 0 && m_capacity < records.size();
    const CapacityRecord r = shown ? records.at(m_capacity) : CapacityRecord {};
    ui->capacityDetails->setVisible(shown);
    ui->capacityDecisionEdit->setText(r.decision);
    ui->capacityDateEdit->setText(
        r.assessedOn.isValid() ? r.assessedOn.toString(kDateFormat) : QString());
    ui->capacityAssessedByEdit->setText(r.assessedBy);
    ui->capacityNotesField->setTextQuietly(r.notes);
    const QSignalBlocker blocker(ui->capacityOutcomeCombo);
    ui->capacityOutcomeCombo->setCurrentIndex(
        ui->capacityOutcomeCombo->findData(int(r.hasCapacity)));
    updateCapacityDateMessage();
}

void AboutPersonPage::editCapacity(const std::function<void(CapacityRecord &)> &change)
{
    if (isLoading() || m_capacity < 0)
        return;
    const int index = m_capacity;
    session().editAssessment([&](Assessment &a) {
        if (index < a.capacity.size())
            change(a.capacity[index]);
    });
}

void AboutPersonPage::writeCapacityDate(const QString &text)
{
    updateCapacityDateMessage();
    QDate date = parseDate(text);
    if (date.isValid() && date > today())
        date = QDate();
    editCapacity([&](CapacityRecord &r) { r.assessedOn = date; });
}

void AboutPersonPage::updateCapacityDateMessage()
{
    const QString text = ui->capacityDateEdit->text();
    const QDate date = parseDate(text);
    if (text.trimmed().isEmpty())
        showMessage(ui->capacityDateMessageLabel, {}, false);
    else if (!date.isValid())
        showMessage(ui->capacityDateMessageLabel,
            tr("Not a date yet: write day/month/year. It is saved once it is a date."), true);
    else if (date > today())
        showMessage(ui->capacityDateMessageLabel,
            tr("This date is in the future: check it. It is saved once it is corrected."), true);
    else
        showMessage(ui->capacityDateMessageLabel,
            QLocale().toString(date, QStringLiteral("d MMMM yyyy")), false);
}

void AboutPersonPage::addCapacity()
{
    if (!session().editAssessment([](Assessment &a) { a.capacity.append(CapacityRecord {}); }))
        return;
    m_capacity = int(record().assessment.capacity.size()) - 1;
    syncCapacity();
    showCapacity();
    ui->capacityDecisionEdit->setFocus(Qt::OtherFocusReason);
}

void AboutPersonPage::removeCapacity()
{
    const int index = m_capacity;
    if (index < 0 || index >= record().assessment.capacity.size())
        return;
    if (!session().editAssessment([&](Assessment &a) { a.capacity.removeAt(index); }))
        return;
    m_capacity = clampedIndex(index, record().assessment.capacity.size());
    syncCapacity();
    showCapacity();
    if (ui->capacityList->count() > 0)
        ui->capacityList->setFocus(Qt::OtherFocusReason);
    else
        ui->addCapacityButton->setFocus(Qt::OtherFocusReason);
}

void AboutPersonPage::updateButtons()
{
    const bool editable = !m_readOnly && !session().isReadOnly();
    ui->removeContributorButton->setEnabled(editable && m_contributor >= 0);
    ui->removeCapacityButton->setEnabled(editable && m_capacity >= 0);
}

} // namespace hearth
