#pragma once

#include "certificationchallenge.h"
#include "services.h"

#include <optional>

namespace ssc::platform {

// The challenges of certification by face (docs/api.md, "Pension certification"; docs/face.md, "The platform
// decides"): issued by the platform, stored, bound to the terminal and the person, used once. An attempt
// names its challenge; the platform checks the recording against what it asked, never against what the
// terminal says it asked.
class CertificationChallenges {
public:
    // At a kiosk or counter the person is in front of the terminal when it asks: positioning may take up to
    // 45 s, the actions up to 8 s each (a read-aloud up to 12 s), then the upload with its retries. Three
    // minutes covers that with room, and is too short to make and send a forged recording at leisure.
    static constexpr qint64 attemptValidityMs = 3 * 60 * 1000;
    // On a home visit the recording is made the day of the visit and may wait in the field laptop's outbox
    // until it is back in signal or at the office: three days (a visit on a Friday synced on Monday).
    static constexpr qint64 syncGraceMs = 3 * 24 * 60 * 60 * 1000LL;

    explicit CertificationChallenges(Database& db) : m_db(db) {}

    // A new challenge (actions with a blink, and four digits) for the person on that terminal; nullopt when
    // the database failed.
    // `purpose` keeps a face login's challenge (faceloginapi.cpp) from answering a certification and back.
    std::optional<face::CertificationChallenge> issue(qint64 personId, const QString& terminalId,
                                                      const QString& issuedBy, qint64 recordByMs,
                                                      qint64 expiresAtMs,
                                                      const QString& purpose = certification());
    static QString certification() { return QStringLiteral("certification"); }
    static QString faceLogin() { return QStringLiteral("face-login"); }

    enum class Problem { None, Unknown, Expired, Used, Storage };
    struct Taken {
        Problem problem = Problem::Storage;
        face::CertificationChallenge challenge;
        qint64 issuedAtMs = 0;
    };
    // The challenge, marked used, when it is this person's, on this terminal, unused and in time. Another
    // person's or terminal's answers like an unknown one (it tells nothing about what exists). Call inside
    // the attempt's transaction: a refused attempt leaves it unused.
    Taken take(const QString& id, qint64 personId, const QString& terminalId, qint64 nowMs,
               const QString& purpose = certification());
    // The same checks without marking it used: what an attempt's analysis needs to know beforehand.
    Taken find(const QString& id, qint64 personId, const QString& terminalId, qint64 nowMs,
               const QString& purpose = certification());
    // The digits a read-aloud attempt was asked to read (for the clerk who reviews it).
    QString digitsOf(const QString& id);

private:
    Database& m_db;
};

// The 409 answer (not_a_recipient) unless the person has a certification to keep (GET
// /me/pension-certification's "recipient"); nullopt when they have.
std::optional<ApiResult> refusedUnlessCertifying(PlatformServices& services, qint64 personId);
// 201 {"challenge", "actions", "digits", "recordBy", "expiresAt"}: a challenge for one attempt now, for the
// person served, a bound parent or someone staff certify. Refused for someone who draws no pension.
ApiResult issueAttemptChallenge(PlatformServices& services, RequestContext& context, qint64 personId,
                                const QString& issuedBy);
// The parent of the family binding in the path ({id}), if it is this child's; otherwise the answer
// (familyapi.cpp).
std::variant<qint64, ApiResult> boundParent(PlatformServices& services, RequestContext& context,
                                            const CitizenSessions::Session& session);
// The answer to a challenge that cannot be used (unknown, expired, used).
ApiResult challengeRefusal(CertificationChallenges::Problem problem);

// POST /api/v1/me/pension-certification/challenges and POST /api/v1/staff/visits/challenges.
void registerCertificationChallengesApi(Router& router, PlatformServices& services);

} // namespace ssc::platform
