#pragma once

#include "steppage.h"

#include <QDate>
#include <QUuid>

#include <functional>
#include <memory>

namespace Ui {
class AboutPersonPage;
}

namespace hearth {

class ReviewSection;

struct CapacityRecord;
struct Contributor;

// Step 1: who the person is and how the assessment is held (DESIGN 2.4): what kind of
// assessment it is (an adult's needs, Care Act 2014 s9, or a carer's, s10) and for a carer the
// caring role; their details and how they communicate, who took part, consent, supported
// self-assessment, the advocacy check of Care Act 2014 s67 and capacity for specific decisions
// (Mental Capacity Act 2005).
class AboutPersonPage : public StepPage
{
    Q_OBJECT

public:
    explicit AboutPersonPage(CaseSession &session, QWidget *parent = nullptr);
    ~AboutPersonPage() override;

    // Ages and dates in the future are judged against this; tests set a fixed day.
    std::function<QDate()> today = [] { return QDate::currentDate(); };

    QWidget *firstField() const override;
    void setReadOnly(bool readOnly) override;

    // What is wrong with an NHS number as typed, in words, or that it is valid; empty for an
    // empty number (not known is allowed, DESIGN 2.9).
    static QString nhsNumberMessage(const QString &input);
    // A date written day/month/year (DESIGN 2.9); an invalid date when the text is not one.
    static QDate parseDate(const QString &text);

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void bindPerson();
    void bindAssessment();
    void bindCarer();
    // The people on the caseload the carer may care for, everyone but the carer themselves.
    void loadCaseload();
    void loadCaredFor();
    void writeCaredForChoice(int index);
    void writeCaredForText(const QString &text);
    void updateKind();
    void writeNhsNumber(const QString &text);
    void writeDateOfBirth(const QString &text);
    void loadNhsNumber(bool sameCase);
    void loadDateOfBirth(bool sameCase);
    void loadAddress();
    void updateNhsMessage();
    void updateDateOfBirthMessage();
    void updateAdvocacy();

    void addContributor();
    void removeContributor();
    bool syncContributors(); // true when the contributor shown changed or the list was rebuilt
    void showContributor();
    void editContributor(const std::function<void(Contributor &)> &change);

    void addCapacity();
    void removeCapacity();
    bool syncCapacity();
    void showCapacity();
    void editCapacity(const std::function<void(CapacityRecord &)> &change);
    void writeCapacityDate(const QString &text);
    void updateCapacityDateMessage();

    void updateButtons();

    std::unique_ptr<Ui::AboutPersonPage> ui;
    ReviewSection *m_review = nullptr; // shown for a review only
    QUuid m_loadedPerson; // whose record the fields hold, so a new case clears what was typed
    QUuid m_caseloadFor; // whose caseload list the cared-for choice holds
    int m_contributor = -1; // the contributor whose details are shown
    int m_capacity = -1; // the capacity record whose details are shown
    bool m_readOnly = false;
};

} // namespace hearth
