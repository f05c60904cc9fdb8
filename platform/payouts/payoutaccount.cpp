#include "payoutaccount.h"

#include "api/applicationrules.h"
#include "auth/audit.h"
#include "payoutstate.h"
#include "privacy/masking.h"
#include "storage/database.h"
#include "unemployment/benefitclaimform.h"

namespace ssc::platform {
namespace {

TranslatableText text(const char* source)
{
    return {"PayoutAccount", source, {}};
}

struct Returned {
    qint64 id = 0;
    int instalment = 0;
    int attempt = 0;
};

// The person's payouts of this claim the bank sent back (every one: a later month may have been made before
// the return of an earlier came); or why none can be paid again. Another person's receipt is answered as no
// payout at all: nothing is told of it.
std::variant<QList<Returned>, ApiResult> returnedPayouts(PlatformServices& services, const QString& receipt,
                                                         qint64 personId)
{
    auto q =
        services.db.run(QStringLiteral("SELECT id, instalment, attempt, state FROM payouts WHERE receipt = "
                                       "? AND person_id = ? ORDER BY instalment"),
                        {receipt, personId});
    if (!q)
        return storageError();
    bool any = false;
    QList<Returned> returned;
    while (q->next()) {
        any = true;
        if (q->value(3).toString() == u"returned")
            returned.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt()});
    }
    if (!any)
        return ApiResult::error(404, QStringLiteral("no_payout"),
                                text(QT_TRANSLATE_NOOP("PayoutAccount", "This claim has no payment yet.")));
    if (returned.isEmpty())
        return ApiResult::error(
            409, QStringLiteral("payout_not_returned"),
            text(QT_TRANSLATE_NOOP("PayoutAccount",
                                   "Only a payment the bank sent back can be paid to another account.")),
            text(QT_TRANSLATE_NOOP("PayoutAccount", "This payment is on its way or paid already.")));
    return returned;
}

// One returned instalment due again to `account` under its next attempt's reference, the returned attempt
// kept; false when the database failed or another filing took it meanwhile (`taken`).
bool payAgain(Database& db, const QString& claim, const Returned& returned, const QString& account,
              bool* taken)
{
    const int attempt = returned.attempt + 1;
    const QString reference = QStringLiteral("%1-%2-%3").arg(claim).arg(returned.instalment).arg(attempt);
    const bool kept = db.run(QStringLiteral("INSERT INTO payout_returns (payout_id, attempt, reference, "
                                            "batch, account_masked, return_code, settled_at) SELECT id, "
                                            "attempt, reference, batch, account_masked, return_code, "
                                            "settled_at FROM payouts WHERE id = ?"),
                             {returned.id})
                          .has_value();
    auto again =
        db.run(QStringLiteral("UPDATE payouts SET state = 'due', account = ?, account_masked = ?, "
                              "attempt = ?, reference = ?, batch = NULL, return_code = NULL, batched_at "
                              "= NULL, settled_at = NULL WHERE id = ? AND state = 'returned'"),
               {account, maskedPayoutAccount(account), attempt, reference, returned.id});
    if (!kept || !again)
        return false;
    *taken = again->numRowsAffected() != 1;
    return true;
}

// The answer: the filing's receipt and the payout as the person's progress shows it now.
ApiResult withPayout(PlatformServices& services, ApiResult filed, const QString& claim, qint64 personId)
{
    const auto payouts = payoutsOf(services.db, personId);
    if (!payouts)
        return storageError();
    filed.body.insert(QStringLiteral("payout"), payouts->value(claim));
    return filed;
}

} // namespace

ApiResult payAgainToAccount(PlatformServices& services, RequestContext& context,
                            const CitizenSessions::Session& session)
{
    const QString claim = context.pathArguments.value(0);
    // The terminal's form (core/payouts/payoutaccountform.h) as every form is sent: {"kind", "values"}.
    const QString account = context.body.value(QStringLiteral("values"))
                                .toObject()
                                .value(QStringLiteral("accountNumber"))
                                .toString()
                                .remove(u' ');
    if (!bankCardNumberValid(account))
        return ApiResult::error(
            400, QStringLiteral("invalid_field"),
            text(QT_TRANSLATE_NOOP("PayoutAccount",
                                   "A bank card number has 16 to 19 digits; one of these seems wrong.")),
            {}, {{QStringLiteral("field"), QStringLiteral("accountNumber")}});
    const auto clerk = actingClerk(services, context); // a clerk at a counter, 0 at a kiosk
    if (const auto* refused = std::get_if<ApiResult>(&clerk))
        return *refused;
    const QJsonObject payload{{QStringLiteral("claim"), claim},
                              {QStringLiteral("accountNumber"), account},
                              {QStringLiteral("person"), session.personId}};
    // A retry after a lost answer: its receipt, before anything is checked or a confirmation spent again.
    if (auto answered = filedBefore(services, context, QStringLiteral("payout_account"), payload))
        return answered->isError() ? *answered : withPayout(services, *answered, claim, session.personId);
    const auto found = returnedPayouts(services, claim, session.personId);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    if (auto unconfirmed = confirmationRefusal(services, context, session))
        return *unconfirmed;

    Transaction transaction(services.db);
    const ApiResult filed = fileSubmission(services, context, QStringLiteral("payout_account"), payload);
    if (filed.isError() || filed.body.value(QStringLiteral("replayed")).toBool())
        return filed.isError() ? filed : withPayout(services, filed, claim, session.personId);
    if (!useConfirmation(services, context))
        return ApiResult::error(409, QStringLiteral("confirmation_used"),
                                text(QT_TRANSLATE_NOOP("PayoutAccount", "Please confirm it again.")));
    for (const Returned& returned : std::get<QList<Returned>>(found)) {
        bool taken = false;
        if (!payAgain(services.db, claim, returned, account, &taken))
            return storageError();
        if (taken) // another filing took it meanwhile: that one stands
            return ApiResult::error(
                409, QStringLiteral("payout_not_returned"),
                text(QT_TRANSLATE_NOOP("PayoutAccount", "This payment was changed meanwhile.")));
    }
    // The claim's later months go to this card too (monthlyinstalments.h), and so does a month made but not
    // yet sent to the bank.
    if (!services.db.run(
            QStringLiteral("UPDATE payout_plans SET account = ?, account_masked = ? WHERE receipt = ?"),
            {account, maskedPayoutAccount(account), claim}) ||
        !services.db.run(
            QStringLiteral("UPDATE payouts SET account = ?, account_masked = ? WHERE receipt = ? AND "
                           "state = 'due'"),
            {account, maskedPayoutAccount(account), claim}))
        return storageError();
    if (!writeAudit(services.db, context.terminal.id, std::get<qint64>(clerk),
                    QStringLiteral("payout_account_changed"),
                    {{QStringLiteral("claim"), claim},
                     {QStringLiteral("account"), mask(account, MaskKind::BankAccount)},
                     {QStringLiteral("receipt"), filed.body.value(QStringLiteral("receipt"))}},
                    session.personId) ||
        !transaction.commit())
        return storageError();
    return withPayout(services, filed, claim, session.personId);
}

} // namespace ssc::platform
