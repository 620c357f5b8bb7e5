#pragma once

#include "core/assessmentflow.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>

namespace hearth {

class Store;

// The case open in the guided assessment: a working copy of the person, their network, the
// assessment and its plan. Every edit goes through here, so every edit is saved: the first
// unsaved edit starts a short timer and the whole working copy reaches the store in one
// transaction well within a second (DESIGN 4, "Nothing typed is lost"). No Save button.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    // From the first unsaved edit to its commit. Further edits inside the window ride along;
    // the timer is not restarted, so steady typing still saves every kAutosaveDelayMs.
    static constexpr int kAutosaveDelayMs = 250;

    explicit CaseSession(Store &store, QObject *parent = nullptr);
    ~CaseSession() override; // saves what is unsaved

    // Loads the person's latest assessment with its plan, or starts a new draft adult
    // assessment (saved at once) when they have none. `today` dates a new assessment.
    Status open(const QUuid &personId, const QDate &today = QDate::currentDate());
    // Saves, then forgets the case.
    Status close();
    bool isOpen() const { return m_open; }

    const AssessmentRecord &record() const { return m_record; }
    const Person &person() const { return m_record.person; }
    const Assessment &assessment() const { return m_record.assessment; }
    const Plan &plan() const { return m_record.plan; }
    const QList<NetworkMember> &network() const { return m_record.network; }
    // A finalised assessment cannot be edited: every edit below is refused.
    bool isReadOnly() const;

    // Each edit changes the working copy, emits changed() and schedules a save. It returns
    // false, changing nothing, when no case is open or the assessment is read-only.
    bool editPerson(const std::function<void(Person &)> &change);
    bool editAssessment(const std::function<void(Assessment &)> &change);
    bool editPlan(const std::function<void(Plan &)> &change);
    bool editNetworkMember(const QUuid &id, const std::function<void(NetworkMember &)> &change);
    // A new member of the network (kind Family, nothing else known yet); returns its id.
    QUuid addNetworkMember();
    bool removeNetworkMember(const QUuid &id);

    bool hasUnsavedChanges() const;
    Status saveNow();
    QDateTime lastSaved() const { return m_lastSaved; }

    // AssessmentFlow::finalise on the working copy, then saved; refused while a hard gap remains.
    Status finalise(const QDate &today = QDate::currentDate());
    // After finalising: a review of the plan (Care Act s27), started on `today`, saved at
    // once. It starts from the plan as it stands (AssessmentFlow::startReview).
    Status startReview(const QDate &today = QDate::currentDate());
    // After finalising: a new draft version to carry on from.
    Status startNewVersion(const QDate &today = QDate::currentDate());

    Store &store() const { return m_store; }

signals:
    void opened();
    void changed();
    void saved(const QDateTime &at);
    void saveFailed(const QString &message);
    void readOnlyChanged(bool readOnly);

private:
    void scheduleSave();
    // A new draft made from the finalised record by `next`, saved at once.
    Status startFrom(AssessmentRecord (*next)(const AssessmentRecord &, const QDate &),
        const QString &refusal, const QDate &today);

    Store &m_store;
    AssessmentRecord m_record;
    bool m_open = false;
    bool m_personDirty = false;
    bool m_assessmentDirty = false;
    bool m_planDirty = false;
    QSet<QUuid> m_dirtyMembers;
    QSet<QUuid> m_removedMembers;
    QSet<QUuid> m_storedMembers; // members the store holds, so removing one needs a delete
    QTimer m_autosave;
    QDateTime m_lastSaved;
};

} // namespace hearth
