#include "facesessionscope.h"

#include <QHash>

namespace ssc::platform {

const QList<FaceSessionRule>& faceSessionRules()
{
    static const QList<FaceSessionRule> rules{
        // The session itself.
        {"GET /api/v1/sessions/current", true, "the session (who is signed in)"},
        {"DELETE /api/v1/sessions/current", true, "signing out"},
        // The person's own records and lookups: reading what is theirs, printing the rights record.
        {"GET /api/v1/me/records", true, "rights record (权益单): view and print"},
        {"GET /api/v1/me/qualifications", true, "qualifications lookup"},
        {"GET /api/v1/me/diplomas", true, "diplomas lookup"},
        {"GET /api/v1/me/exam-scores", true, "exam scores lookup"},
        {"GET /api/v1/me/employment-certificate", true, "employment certificate lookup"},
        {"GET /api/v1/me/unemployment-benefit", true, "unemployment benefit lookup"},
        {"GET /api/v1/me/applications", true, "my applications and their progress"},
        {"GET /api/v1/me/access-log", true, "my access log"},
        {"GET /api/v1/me/family", true, "family bindings lookup"},
        {"GET /api/v1/me/pension-certification", true, "pension certification status"},
        {"GET /api/v1/me/pension/estimate-basis", true, "pension estimate"},
        {"GET /api/v1/me/pension/transfer-check", true, "pension transfer check"},
        // The card gone: reporting it lost is what a person without their card most needs.
        {"POST /api/v1/me/cards/lost", true, "report the card lost (挂失)"},
        // Applying for its replacement too: the new card is handed over only at a counter, to the holder
        // identified there and proven by the new card itself.
        {"POST /api/v1/me/card-replacements", true, "apply for a replacement card (补换卡)"},
        {"GET /api/v1/me/card-replacements/{receipt}", true, "apply for a replacement card (补换卡)"},
        // Certifying one's own pension by face: the certification checks the face again itself.
        {"GET /api/v1/me/pension-certification/face-consent", true, "own pension certification by face"},
        {"POST /api/v1/me/pension-certification/face-consent", true, "own pension certification by face"},
        {"POST /api/v1/me/pension-certification/face-consent/withdraw", true,
         "own pension certification by face"},
        {"POST /api/v1/me/pension-certification/challenges", true, "own pension certification by face"},
        {"POST /api/v1/me/pension-certification/attempts", true, "own pension certification by face"},
        // Changing the card or what it pays into, money, others, whole numbers: more than a face.
        {"POST /api/v1/card/pin-changes", false, "change the PIN"},
        {"POST /api/v1/me/card-replacements/{receipt}/issue", false,
         "issue and hand over a new card (a counter, never a face session)"},
        {"POST /api/v1/me/card-replacements/{receipt}/activate", false,
         "issue and hand over a new card (a counter, never a face session)"},
        {"POST /api/v1/card/pin-changes/{id}", false, "change the PIN"},
        {"POST /api/v1/me/applications", false,
         "file an application (a benefit names the bank account it is paid into)"},
        {"POST /api/v1/me/evidence", false, "upload evidence for an application"},
        {"POST /api/v1/me/confirmations", false, "confirm a form a clerk filled"},
        {"POST /api/v1/me/reveal", false, "show whole numbers (ID number, card number, bank account)"},
        {"POST /api/v1/me/family", false, "bind a family member"},
        {"GET /api/v1/me/family/{id}/pension-certification", false, "certify a family member (亲情服务)"},
        {"GET /api/v1/me/family/{id}/pension-certification/face-consent", false,
         "consent for a family member"},
        {"POST /api/v1/me/family/{id}/pension-certification/face-consent", false,
         "consent for a family member"},
        {"POST /api/v1/me/family/{id}/pension-certification/face-consent/withdraw", false,
         "consent for a family member"},
        {"POST /api/v1/me/family/{id}/pension-certification/challenges", false,
         "certify a family member (亲情服务)"},
        {"POST /api/v1/me/family/{id}/pension-certification/attempts", false,
         "certify a family member (亲情服务)"},
    };
    return rules;
}

bool faceSessionAllows(const QString& route)
{
    static const QHash<QString, bool> allowed = [] {
        QHash<QString, bool> byRoute;
        for (const FaceSessionRule& rule : faceSessionRules())
            byRoute.insert(QString::fromLatin1(rule.route), rule.allowed);
        return byRoute;
    }();
    return allowed.value(route, false);
}

} // namespace ssc::platform
