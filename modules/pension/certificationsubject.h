#pragma once

#include "pension/faceconsent.h"

#include <QJsonObject>
#include <QString>

namespace ssc {

// Whose pension certification a screen is about, and so where it is read and filed: the person served
// (/me/…), a parent bound to them through the family service (/me/family/{binding}/…), or someone staff
// certify at a counter or on a home visit (/staff/people/{person}/…). The same recording also signs someone
// in at a kiosk instead of a forgotten PIN (/face-login): not a certification, but the same face screen, the
// same actions and the same analysis on the platform (docs/card-services.md, "Face instead of a forgotten
// PIN").
struct CertificationSubject {
    enum class Kind { Self, FamilyMember, ByStaff, Login };
    Kind kind = Kind::Self;
    qint64 id = 0;      // the family binding, or the person staff found
    QString maskedName; // shown on the screens when it is not the person served
    QJsonObject claim;  // a login: who the person says they are ({"cardIdentifier"} or {"ssn", "name"})

    static CertificationSubject self() { return {}; }
    static CertificationSubject familyMember(qint64 binding, QString name)
    {
        return {Kind::FamilyMember, binding, std::move(name), {}};
    }
    static CertificationSubject byStaff(qint64 person, QString name)
    {
        return {Kind::ByStaff, person, std::move(name), {}};
    }
    static CertificationSubject login(QJsonObject claim) { return {Kind::Login, 0, {}, std::move(claim)}; }
    bool isLogin() const { return kind == Kind::Login; }

    QString statusPath() const
    {
        switch (kind) {
        case Kind::FamilyMember:
            return QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id);
        case Kind::ByStaff:
            return QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id);
        case Kind::Self:
        case Kind::Login: // a login has no status: it asks its challenge and files its recording below
            break;
        }
        return QStringLiteral("/api/v1/me/pension-certification");
    }
    QString attemptsPath() const
    {
        return isLogin() ? QStringLiteral("/api/v1/face-login") : statusPath() + QStringLiteral("/attempts");
    }
    QString challengesPath() const
    {
        return isLogin() ? QStringLiteral("/api/v1/face-login/challenges")
                         : statusPath() + QStringLiteral("/challenges");
    }
    // A login's challenge carries the claim and the notice agreed to (there is no session to record it on).
    QJsonObject challengeBody() const
    {
        if (!isLogin())
            return {};
        QJsonObject body = claim;
        body.insert(QStringLiteral("notice"), faceLoginNoticeVersion());
        return body;
    }
};

} // namespace ssc
