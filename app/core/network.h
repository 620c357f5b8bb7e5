#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace hearth {

enum class NetworkKind {
    Family,
    Friend,
    Neighbour,
    CommunityGroup,
    Faith,
    UniversalService, // GP, library, pharmacy, lunch club run by anyone for anyone
    FormalService, // a paid or commissioned service
    Other,
};

QString code(NetworkKind kind);
std::optional<NetworkKind> networkKindFromCode(const QString &code);

// Yes, no, or not yet known. Unknown is different from no: an unanswered question is a gap
// in the assessment, not a negative answer.
enum class Answer { Unknown, Yes, No };

QString code(Answer answer);
std::optional<Answer> answerFromCode(const QString &code);

// Someone in the person's network: family, friends, neighbours, groups, faith and cultural
// networks, services. Strengths-based practice records each person's support together with
// its appropriateness, willingness and ability to sustain it, and the impact on them, agreed
// with them (DESIGN 2.4; Derbyshire Strength Based Support Policy).
struct NetworkMember
{
    QUuid id;
    QUuid personId;
    int version = 1;
    QString name;
    NetworkKind kind = NetworkKind::Family;
    QString relationship; // "daughter", "next-door neighbour", "Thursday choir"
    QString helpsWith; // what they do now, in plain words
    Answer willing = Answer::Unknown;
    Answer able = Answer::Unknown;
    Answer sustainable = Answer::Unknown;
    bool agreedWithThem = false; // the support was discussed and agreed with them, not assumed
    QString impactOnThem;
    bool providesCare = false; // a carer: prompts the offer of a carer's assessment (Care Act s10)
    Answer carerAssessmentOffered = Answer::Unknown;
    int connectionStrength = 2; // 1 weak, 2 steady, 3 strong: the ecomap line

    // Support counts as sustainable informal support only when all three hold and it was
    // agreed with them.
    bool isSustainableSupport() const;
    bool operator==(const NetworkMember &) const = default;
};

} // namespace hearth
