#pragma once

#include "services.h"

#include <optional>

namespace ssc::platform {

// Separate consent for the face (个人信息保护法's 单独同意; docs/face.md, "Consent"; docs/api.md): before any
// frame of a person's face is taken for pension certification, the person agrees to the notice of the current
// version. The platform records it only from a call it can tie to the person — their own session at a kiosk,
// otherwise their own e-card code or card (a clerk, a visiting staff member or a family member cannot agree
// for them) — and refuses a challenge or an attempt without one. A withdrawal ends it until they agree again.
class FaceConsents {
public:
    explicit FaceConsents(Database& db) : m_db(db) {}

    struct Consent {
        qint64 id = 0;
        QString notice;
        qint64 givenAt = 0;
        QString method; // "session" | "ecard" | "card"
    };
    enum class Problem { None, Missing, Storage };
    struct Found {
        Problem problem = Problem::Storage;
        Consent consent;
    };
    // The person's latest consent that is not withdrawn and is of the current notice's version.
    Found current(qint64 personId);
    // Records an agreement; its id, or nullopt when the database failed.
    std::optional<qint64> give(qint64 personId, const QString& terminalId, const QString& method,
                               const QString& askedBy);
    // Withdraws every consent the person has given; false when the database failed.
    bool withdraw(qint64 personId, const QString& withdrawnBy);

private:
    Database& m_db;
};

// The answer when the person has no current consent: 403 face_consent_required (Missing) or the storage
// answer.
ApiResult faceConsentRefusal(FaceConsents::Problem problem);
// 403 face_consent_required unless the person has a current consent (nullopt), or the storage answer.
std::optional<ApiResult> refusedWithoutFaceConsent(PlatformServices& services, qint64 personId);

// GET/POST …/pension-certification/face-consent and …/face-consent/withdraw under /me, /me/family/{id} and
// /staff/people/{id}.
void registerFaceConsentApi(Router& router, PlatformServices& services);

} // namespace ssc::platform
