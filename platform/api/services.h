#pragma once

#include "auth/staffaccounts.h"
#include "auth/staffroles.h"
#include "citizens/citizensessions.h"
#include "ecard/ecardservice.h"
#include "fleet/fleetoptions.h"
#include "http/router.h"
#include "limits/ratelimiter.h"
#include "payments/paymentgateway.h"

#include <QDateTime>

namespace ssc::platform {

class Database;
class KeyStore;

// What the API handlers share. Everything here is a thin view of the database: no request leaves state in
// memory that another instance would need (the account rates only slow one instance's callers down).
struct PlatformServices {
    PlatformServices(Database& database, bool demoMode, KeyStore& keyStore, const ServiceLimits& limits = {})
        : db(database), ecard(database, keyStore), sessions(database), staff(database), demo(demoMode),
          keys(keyStore), accountRates(limits.accountRate, limits.accountBurst)
    {}
    Database& db;
    ECardService ecard;
    CitizenSessions sessions;
    StaffAccounts staff;
    bool demo;
    KeyStore& keys; // signs e-card codes, diversifies cards' keys (keys/keystore.h)
    // Requests per citizen and per staff member (429 past it). Kept in memory, per instance: with several
    // instances behind a balancer an account gets each instance's rate (docs/security.md, "Limits").
    RateLimiter accountRates;
    PaymentSettings payments; // the acquirer resident contributions are paid through (docs/payments.md)
    // Text messages (notifications/): whether an SMS gateway is configured, and what a handler calls after
    // committing a decision that queued a text, so the sender looks now rather than at its next poll.
    bool smsGateway = false;
    std::function<void()> textQueued = [] {};
    FleetOptions fleet; // what terminals are told about versions, when one counts as silent
    // Set at SIGTERM (PlatformApp::drain): GET /health/ready answers 503 so the balancer sends no more.
    bool draining = false;

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
};

// Shared answers.
ApiResult storageError();
// 429 too_many_requests with Retry-After when this account ("person:42", "staff:7") is over its rate.
std::optional<ApiResult> overAccountRate(PlatformServices& services, const QString& account);
ApiResult missingField(const char* name);
ApiResult cardRefusal(CardStatus status);
// The answer to an e-card code that was not accepted; nullopt when it was.
std::optional<ApiResult> ecardRefusal(const ECardService::Resolution& resolution);
// A card as the platform records it, found by the identifier a reader takes from EF05.
struct CardRecord {
    qint64 cardId = 0;
    qint64 personId = 0;
    CardStatus status = CardStatus::Cancelled;
    QString cardNumber;
    QString ssn;
};
// The card with that identifier, or the 404 answer (unknown_card).
std::variant<CardRecord, ApiResult> cardByIdentifier(PlatformServices& services, const QString& identifier);
// The person's own card with that identifier; another person's answers 404 unknown_card as an unknown one,
// so the answer tells nothing about whose cards exist.
std::variant<CardRecord, ApiResult> ownCard(PlatformServices& services, const QString& identifier,
                                            qint64 personId);
// Whose e-card code ({"code"}) or proven card ({"cardIdentifier", "challengeId", "cryptogram"}: the card
// answered the platform's challenge after its PIN; a normal card) this request shows — a person giving
// consent with their own code or card — or the refusal; `method` says which ("ecard" | "card").
std::variant<qint64, ApiResult> personByCodeOrCard(PlatformServices& services, RequestContext& context,
                                                   QString& method);
// The person whose name and social security number ({"name", "ssn"}) are both those given; a wrong name and
// an unknown number answer alike (404 person_not_found), so the answer tells nothing about who exists.
struct NamedPerson {
    qint64 id = 0;
    QString name;
};
std::variant<NamedPerson, ApiResult> personByNameAndNumber(PlatformServices& services,
                                                           const RequestContext& context);
// The citizen session named by X-SSC-Citizen-Session for this terminal, or the 401 answer.
std::variant<CitizenSessions::Session, ApiResult> requireCitizenSession(PlatformServices& services,
                                                                        RequestContext& context);
// The 404 answer (person_not_found) when no person has this id; nullopt when one has.
std::optional<ApiResult> unknownPerson(PlatformServices& services, qint64 personId);
// A handler for the logged-in citizen only: visitors and other terminals' sessions get the 401 answer.
Handler forCitizen(PlatformServices& services,
                   std::function<Reply(RequestContext&, const CitizenSessions::Session&)> handler);
// The staff member named by X-SSC-Staff-Session for this terminal, or the 401 answer.
std::variant<StaffAccounts::Staff, ApiResult> requireStaff(PlatformServices& services,
                                                           RequestContext& context);
// The staff member, when their roles include this duty on this terminal (auth/staffroles.h); else 401 or
// 403 staff_role_forbidden.
std::variant<StaffAccounts::Staff, ApiResult> requireStaffFor(PlatformServices& services,
                                                              RequestContext& context, StaffDuty duty);
// At a counter, the clerk acting for the citizen served (recorded in the audit row): their id, or 401/403; 0
// on any other terminal, where the person acts themselves.
std::variant<qint64, ApiResult> actingClerk(PlatformServices& services, RequestContext& context);
// Staff routes about one person work only after that staff member found the person by name and number
// (POST /staff/people/lookup, or the day's visit list): remembered for a working day (the length of a staff
// session, so a home visit's recording sent after a new sign-in still arrives), checked there (403
// find_person_first).
bool rememberPersonFound(PlatformServices& services, const StaffAccounts::Staff& staff, qint64 personId,
                         qint64 until);
std::optional<ApiResult> personNotFoundFirst(PlatformServices& services, const StaffAccounts::Staff& staff,
                                             qint64 personId);
// Every staff read of a person's data, with whose data it was (the audit log's "person" detail).
bool auditPersonRead(PlatformServices& services, RequestContext& context, const StaffAccounts::Staff& staff,
                     const QString& action, qint64 personId, QJsonObject detail = {});
// A new citizen session answered as 200 {"session", "person", "card", "cards"}.
ApiResult startCitizenSession(PlatformServices& services, const TerminalIdentity& terminal, qint64 personId,
                              qint64 cardId, const QString& method);

// Files a submission once per (terminal, Idempotency-Key): 201 {"receipt", "createdAt", "replayed": false},
// the same again 200 with "replayed": true, other content under the same key 409 (docs/api.md,
// "Submissions").
ApiResult fileSubmission(PlatformServices& services, RequestContext& context, const QString& kind,
                         const QJsonObject& payload);
// The answer already given under this request's Idempotency-Key (the replay, or 409 idempotency_conflict for
// other content), 400 idempotency_key_missing, or nullopt when nothing was filed under it yet: a route that
// spends a one-time proof answers a retry from here, before it would spend the proof a second time.
std::optional<ApiResult> filedBefore(PlatformServices& services, RequestContext& context, const QString& kind,
                                     const QJsonObject& payload);

// Route registration, one function per API area (docs/api.md).
void registerHealthApi(Router& router, PlatformServices& services);
void registerIdentityApi(Router& router, PlatformServices& services);
void registerLoginCodeApi(Router& router, PlatformServices& services);
void registerStaffApi(Router& router, PlatformServices& services);
void registerSignInCountersApi(Router& router, PlatformServices& services);
void registerSubmissionsApi(Router& router, PlatformServices& services);
void registerOutletsApi(Router& router, PlatformServices& services);
void registerQualificationsApi(Router& router, PlatformServices& services);
void registerAccessLogApi(Router& router, PlatformServices& services);
void registerRevealApi(Router& router, PlatformServices& services);
void registerCardPinApi(Router& router, PlatformServices& services);
void registerCardResetApi(Router& router, PlatformServices& services);
void registerCardLossApi(Router& router, PlatformServices& services);
void registerCardReplacementApi(Router& router, PlatformServices& services);
void registerELicenceApi(Router& router, PlatformServices& services);
void registerRecordsApi(Router& router, PlatformServices& services);
void registerLookupsApi(Router& router, PlatformServices& services);
void registerApplicationsApi(Router& router, PlatformServices& services);
void registerBenefitApi(Router& router, PlatformServices& services);
void registerEvidenceApi(Router& router, PlatformServices& services);
void registerConfirmationsApi(Router& router, PlatformServices& services);
void registerPensionApi(Router& router, PlatformServices& services);
void registerPensionEstimateApi(Router& router, PlatformServices& services);
void registerPensionTransferApi(Router& router, PlatformServices& services);
void registerFamilyApi(Router& router, PlatformServices& services);
void registerPensionAttemptsApi(Router& router, PlatformServices& services);
void registerFaceLoginApi(Router& router, PlatformServices& services);
void registerStaffCertificationApi(Router& router, PlatformServices& services);
void registerFieldVisitsApi(Router& router, PlatformServices& services);
void registerPaymentsApi(Router& router, PlatformServices& services);
void registerPaymentNotifyApi(Router& router, PlatformServices& services);
void registerNotificationsApi(Router& router, PlatformServices& services);
void registerFleetApi(Router& router, PlatformServices& services);
void registerDemoApi(Router& router, PlatformServices& services); // only with --demo

} // namespace ssc::platform
