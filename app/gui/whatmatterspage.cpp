#include "whatmatterspage.h"
#include "ui_whatmatterspage.h"

#include "casesession.h"
#include "dialogutil.h"

namespace hearth {

WhatMattersPage::WhatMattersPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::WhatMatters, session, parent)
    , ui(std::make_unique<Ui::WhatMattersPage>())
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->questionHeading, 1.2);
    ui->inTheirWordsField->setVisibleLines(5);
    ui->identitiesField->setVisibleLines(4);

    bindText(
        ui->inTheirWordsField,
        [](const AssessmentRecord &r) { return r.assessment.whatMatters.inTheirWords; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.whatMatters.inTheirWords = text; });
        });
    bindText(
        ui->importantToField,
        [](const AssessmentRecord &r) { return r.assessment.whatMatters.importantTo; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.whatMatters.importantTo = text; });
        });
    bindText(
        ui->importantForField,
        [](const AssessmentRecord &r) { return r.assessment.whatMatters.importantFor; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.whatMatters.importantFor = text; });
        });
    // The identities are a list in the record and lines on the page; the field is filled in
    // loadPage() so a blank line being typed is not taken away.
    connect(ui->identitiesField, &TextField::edited, this, [this](const QString &text) {
        if (isLoading())
            return;
        const QStringList identities = identitiesFromText(text);
        if (identities != record().assessment.whatMatters.identities)
            this->session().editAssessment(
                [&](Assessment &a) { a.whatMatters.identities = identities; });
    });
}

WhatMattersPage::~WhatMattersPage() = default;

QWidget *WhatMattersPage::firstField() const
{
    return ui->inTheirWordsField;
}

QStringList WhatMattersPage::identitiesFromText(const QString &text)
{
    QStringList identities;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString identity = line.trimmed();
        if (!identity.isEmpty())
            identities.append(identity);
    }
    return identities;
}

void WhatMattersPage::loadPage()
{
    const QStringList &identities = record().assessment.whatMatters.identities;
    if (identitiesFromText(ui->identitiesField->toPlainText()) != identities)
        ui->identitiesField->setTextQuietly(identities.join(QLatin1Char('\n')));
}

} // namespace hearth
