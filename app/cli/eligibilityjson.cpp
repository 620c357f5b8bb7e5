#include "eligibilityjson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace hearth::cli {

namespace {

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString proposalWord(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return u"eligible"_s;
    case ConditionResult::NotMet:
        return u"not-eligible"_s;
    case ConditionResult::Undetermined:
        break;
    }
    return u"undetermined"_s;
}

QJsonArray meaningsJson(const QList<UnableMeaning> &meanings)
{
    QJsonArray array;
    for (UnableMeaning meaning : meanings)
        array.append(code(meaning));
    return array;
}

} // namespace

QJsonObject eligibilityReport(
    const QUuid &caseId, const Assessment &assessment, const EligibilityProposal &proposal)
{
    QJsonArray conditions;
    for (const EligibilityCondition &condition : proposal.conditions) {
        conditions.append(QJsonObject {
            {u"id"_s, condition.id},
            {u"citation"_s, condition.citation},
            {u"result"_s, code(condition.result)},
            {u"reason"_s, condition.reason},
        });
    }

    QJsonArray unable;
    for (const UnableOutcome &outcome : proposal.unableOutcomes) {
        unable.append(QJsonObject {
            {u"outcome"_s, outcome.outcomeCode},
            {u"text"_s, outcome.outcomeText},
            {u"citation"_s, outcome.citation},
            {u"meanings"_s, meaningsJson(outcome.meanings)},
            {u"onBadDaysOnly"_s, outcome.onBadDaysOnly},
            {u"reason"_s, outcome.reason},
        });
    }

    const EligibilityDecision &decision = assessment.decision;
    QJsonObject decisionJson {{u"recorded"_s, decision.recorded}};
    if (decision.recorded) {
        decisionJson.insert(u"eligible"_s, decision.eligible);
        decisionJson.insert(u"rationale"_s, decision.rationale);
        decisionJson.insert(u"decidedBy"_s, decision.decidedBy);
        decisionJson.insert(u"decidedAt"_s, decision.decidedAt.toUTC().toString(Qt::ISODate));
        decisionJson.insert(u"departsFromProposal"_s, decision.departsFromProposal);
        decisionJson.insert(u"proposalAtDecision"_s,
            decision.proposalAtDecision ? u"eligible"_s : u"not-eligible"_s);
    }

    return QJsonObject {
        {u"caseId"_s, uuid(caseId)},
        {u"assessmentId"_s, uuid(assessment.id)},
        {u"assessmentKind"_s, code(assessment.kind)},
        {u"determination"_s, proposal.forCarer ? u"carer"_s : u"adult"_s},
        {u"regulation"_s,
            proposal.forCarer
                ? u"Care and Support (Eligibility Criteria) Regulations 2015, regulation 3 (carers)"_s
                : u"Care and Support (Eligibility Criteria) Regulations 2015, regulation 2 (adults)"_s},
        {u"conditions"_s, conditions},
        {u"unableOutcomes"_s, unable},
        {u"proposal"_s,
            QJsonObject {
                {u"result"_s, proposalWord(proposal.eligible)}, {u"summary"_s, proposal.summary}}},
        {u"notes"_s, QJsonArray::fromStringList(proposal.notes)},
        {u"decision"_s, decisionJson},
    };
}

} // namespace hearth::cli
