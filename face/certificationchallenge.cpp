#include "certificationchallenge.h"

#include <QJsonArray>

namespace ssc::face {

QJsonObject CertificationChallenge::toJson() const
{
    QJsonArray names;
    for (LivenessAction action : actions)
        names.append(livenessActionName(action));
    return {{QStringLiteral("challenge"), id},
            {QStringLiteral("actions"), names},
            {QStringLiteral("digits"), digits},
            {QStringLiteral("recordBy"), recordByMs},
            {QStringLiteral("expiresAt"), expiresAtMs}};
}

std::optional<CertificationChallenge> CertificationChallenge::fromJson(const QJsonObject& json)
{
    CertificationChallenge challenge;
    challenge.id = json.value(QStringLiteral("challenge")).toString();
    challenge.digits = json.value(QStringLiteral("digits")).toString();
    challenge.recordByMs = json.value(QStringLiteral("recordBy")).toInteger();
    challenge.expiresAtMs = json.value(QStringLiteral("expiresAt")).toInteger();
    for (const QJsonValue& name : json.value(QStringLiteral("actions")).toArray()) {
        const auto action = livenessActionNamed(name.toString());
        if (!action)
            return std::nullopt;
        challenge.actions.append(*action);
    }
    const bool digitsOk =
        challenge.digits.size() == 4 && std::all_of(challenge.digits.cbegin(), challenge.digits.cend(),
                                                    [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (challenge.id.isEmpty() || challenge.actions.isEmpty() ||
        !challenge.actions.contains(LivenessAction::Blink) || !digitsOk || challenge.expiresAtMs <= 0)
        return std::nullopt;
    return challenge;
}

} // namespace ssc::face
