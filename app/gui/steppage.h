#pragma once

#include "core/assessmentflow.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace hearth {

class CaseSession;
class TextField;

// One step of the guided assessment. A page shows part of the session's record and writes
// every edit straight back through the session (which saves it). Bindings keep that wiring
// to one line a control: bind a control to how to read its value and how to write it.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    template<typename T>
    using Read = std::function<T(const AssessmentRecord &)>;
    template<typename T>
    using Write = std::function<void(CaseSession &, const T &)>;

    StepPage(AssessmentStep step, CaseSession &session, QWidget *parent = nullptr);

    AssessmentStep step() const { return m_step; }
    // Fills every control from the record: when a case opens and when the step is shown.
    void load();
    // The control to focus on entering the step.
    virtual QWidget *firstField() const;
    // A finalised assessment: every input disabled, navigation still works.
    virtual void setReadOnly(bool readOnly);

protected:
    CaseSession &session() const { return m_session; }
    const AssessmentRecord &record() const;
    // True while load() fills controls: their change signals are not edits.
    bool isLoading() const { return m_loading > 0; }

    // For pages with lists and live pictures: refill them from the record. Called by load().
    virtual void loadPage() { }
    // After every edit anywhere (CaseSession::changed) while the page is visible or not;
    // live views (the ecomap, the eligibility proposal) update here. Never writes.
    virtual void recordChanged() { }

    void bindText(QLineEdit *edit, Read<QString> read, Write<QString> write);
    void bindText(TextField *field, Read<QString> read, Write<QString> write);
    void bindCheck(QCheckBox *box, Read<bool> read, Write<bool> write);
    // A combo box whose items carry an int (an enum value) as their data.
    void bindChoice(QComboBox *combo, Read<int> read, Write<int> write);
    // Yes / No / Not known, for the three-way Answer (Unknown is not No).
    void bindAnswer(QComboBox *combo, Read<Answer> read, Write<Answer> write);
    void bindDate(QDateEdit *edit, Read<QDate> read, Write<QDate> write);
    void bindNumber(QSpinBox *spin, Read<int> read, Write<int> write);

    // Fills `combo` with Yes / No / Not known (data: int(Answer)).
    static void fillAnswers(QComboBox *combo);

private:
    AssessmentStep m_step;
    CaseSession &m_session;
    int m_loading = 0;
    QList<std::function<void()>> m_loaders;
};

} // namespace hearth
