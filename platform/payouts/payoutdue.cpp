#include "payoutdue.h"

#include "api/benefitassessment.h"
#include "payouts/payoutstate.h"
#include "storage/database.h"
#include "unemployment/benefitclaimform.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace ssc::platform {
namespace {

TranslatableText text(const char* source)
{
    return {"PayoutDue", source, {}};
}

struct Due {
    qint64 amountFen = 0;
    int instalments = 1;      // the months decided for a monthly benefit; the one-off sums are paid once
    TranslatableText refusal; // set when the platform's data no longer gives the claim anything
    QString code;
};

// Instalment 1 of the claim, as the platform decides it now.
std::variant<Due, ApiResult> dueNow(PlatformServices& services, qint64 personId, qint64 cardId,
                                    const QString& kind)
{
    CitizenSessions::Session session;
    session.personId = personId;
    session.cardId = cardId;
    const auto assessed = assessUnemploymentBenefit(services, session);
    if (const auto* failure = std::get_if<ApiResult>(&assessed))
        return *failure;
    const BenefitAssessment& a = std::get<BenefitAssessment>(assessed);
    Due due;
    if (kind == u"unemployment-benefit") {
        if (!a.entitlement.entitled)
            return Due{0, 1, a.entitlement.reason, a.entitlement.code};
        due.amountFen = a.benefitMonthlyFen; // paid month by month: the first month
        due.instalments = a.entitlement.months;
        return due;
    }
    for (const OtherBenefit& other : a.others) {
        if (other.kind != kind)
            continue;
        if (!other.entitled)
            return Due{0, 1, other.reason, other.code};
        // The subsidy is monthly; the two allowances are paid in one sum.
        const bool monthly = kind == u"unemployment-subsidy";
        due.amountFen = monthly ? other.monthlyFen : other.totalFen;
        due.instalments = monthly ? other.months : 1;
    }
    return due;
}

} // namespace

std::optional<ApiResult> recordPayoutDue(PlatformServices& services, const QString& receipt, qint64 personId,
                                         const QString& kind, qint64 now)
{
    if (!isUnemploymentClaimKind(kind))
        return std::nullopt;
    // The account the claim named: the card's own, or another card in the person's name.
    auto filed =
        services.db.run(QStringLiteral("SELECT payload FROM submissions WHERE receipt = ?"), {receipt});
    auto card = services.db.run(
        QStringLiteral("SELECT id, bank_account FROM cards WHERE person_id = ? AND status <> 'cancelled' "
                       "ORDER BY generation DESC, id DESC"),
        {personId});
    auto person = services.db.run(QStringLiteral("SELECT name FROM people WHERE id = ?"), {personId});
    if (!filed || !filed->next() || !card || !person || !person->next())
        return storageError();
    const QJsonObject values = QJsonDocument::fromJson(filed->value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("values"))
                                   .toObject();
    const qint64 cardId = card->next() ? card->value(0).toLongLong() : 0;
    const QString account = values.value(QStringLiteral("account")).toString() == u"other"
                                ? values.value(QStringLiteral("accountNumber")).toString()
                                : (cardId ? card->value(1).toString().remove(u' ') : QString());
    const QString name = person->value(0).toString();
    filed->finish();
    card->finish();
    person->finish();
    if (account.size() < 8)
        return ApiResult::error(409, QStringLiteral("no_payment_account"),
                                text(QT_TRANSLATE_NOOP("PayoutDue", "The claim names no bank account to pay "
                                                                    "into: return it so the person can give "
                                                                    "one.")));
    const auto due = dueNow(services, personId, cardId, kind);
    if (const auto* failure = std::get_if<ApiResult>(&due))
        return *failure;
    const Due& d = std::get<Due>(due);
    if (!d.code.isEmpty()) // the data changed since filing: the platform does not pay what it cannot verify
        return ApiResult::error(409, d.code, d.refusal);
    if (d.amountFen <= 0)
        return storageError();
    if (!services.db.run(
            QStringLiteral(
                "INSERT INTO payouts (receipt, instalment, person_id, kind, amount_fen, payee_name, "
                "account, account_masked, reference, state, created_at) VALUES (?, 1, ?, ?, ?, "
                "?, ?, ?, ?, 'due', ?) ON CONFLICT DO NOTHING"),
            {receipt, personId, kind, d.amountFen, name, account, maskedPayoutAccount(account),
             receipt + QStringLiteral("-1"), now}))
        return storageError();
    // The plan the monthly run follows (monthlyinstalments.h): instalment n is for the n-th month from the
    // approval's, to the plan's account (another card the citizen gives after a return replaces it).
    if (!services.db.run(
            QStringLiteral(
                "INSERT INTO payout_plans (receipt, person_id, kind, instalments, amount_fen, "
                "first_month, payee_name, account, account_masked, created_at) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {receipt, personId, kind, std::max(d.instalments, 1), d.amountFen,
             QDateTime::fromMSecsSinceEpoch(now).date().toString(QStringLiteral("yyyy-MM")), name, account,
             maskedPayoutAccount(account), now}))
        return storageError();
    return std::nullopt;
}

} // namespace ssc::platform
