#include "network.h"

#include <array>

namespace hearth {

namespace {

// The codes are the case-file and sync-bundle spelling: they never change once released.
constexpr std::array<const char *, 8> kNetworkKindCodes {
    "family",
    "friend",
    "neighbour",
    "community-group",
    "faith",
    "universal-service",
    "formal-service",
    "other",
};

constexpr std::array<const char *, 3> kAnswerCodes {"unknown", "yes", "no"};

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

QString code(NetworkKind kind)
{
    return QLatin1String(kNetworkKindCodes[static_cast<std::size_t>(kind)]);
}

std::optional<NetworkKind> networkKindFromCode(const QString &code)
{
    return fromCode<NetworkKind>(kNetworkKindCodes, code);
}

QString code(Answer answer)
{
    return QLatin1String(kAnswerCodes[static_cast<std::size_t>(answer)]);
}

std::optional<Answer> answerFromCode(const QString &code)
{
    return fromCode<Answer>(kAnswerCodes, code);
}

// Strengths-based practice (DESIGN 2.4): support that is assumed rather than agreed, or that
// the person cannot keep up, is not a resource the plan may lean on.
bool NetworkMember::isSustainableSupport() const
{
    return willing == Answer::Yes && able == Answer::Yes && sustainable == Answer::Yes
        && agreedWithThem;
}

} // namespace hearth
