#pragma once

#include "core/assessment.h"
#include "steppage.h"

#include <QList>
#include <QUuid>

#include <functional>
#include <memory>

class QComboBox;

namespace Ui {
class PreventionPage;
}

namespace hearth {

class TextField;

// Step 6: prevention first (Care Act 2014 s2; DESIGN 2.4). For each need, the graduated
// responses considered, lowest first, each with a verdict and notes, then how the need will be
// met. Formal, funded support can be chosen only once every lower step is recorded as
// considered (Need::lowerStepsConsidered); until then its controls are disabled and the page
// says which steps remain.
class PreventionPage : public StepPage
{
    Q_OBJECT

public:
    explicit PreventionPage(CaseSession &session, QWidget *parent = nullptr);
    ~PreventionPage() override;

    QWidget *firstField() const override;
    void setReadOnly(bool readOnly) override;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    // The controls of one graduated response.
    struct ResponseRow
    {
        GraduatedResponse response = GraduatedResponse::InformationAndAdvice;
        QComboBox *verdict = nullptr;
        TextField *notes = nullptr;
    };

    void buildResponseRows();
    // Makes the list match the record; true when the need shown changed or the list was rebuilt.
    bool syncList();
    void showCurrentNeed();
    // Enables formal support only once every lower step is considered, and says why not.
    void updateGate();
    const Need *currentNeed() const;
    void editCurrentNeed(const std::function<void(Need &)> &change);
    void editResponse(
        GraduatedResponse response, const std::function<void(ResponseConsidered &)> &change);

    std::unique_ptr<Ui::PreventionPage> ui;
    QList<ResponseRow> m_rows; // in the order of allGraduatedResponses()
    QUuid m_current;
    bool m_readOnly = false;
};

} // namespace hearth
