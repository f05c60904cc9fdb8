#include "monthlyinstalments.h"

#include "notifications/outbox.h"
#include "payments/money.h"
#include "payouts/payoutstops.h"
#include "storage/database.h"

#include <QDateTime>

#include <optional>

namespace ssc::platform {
namespace {

struct Plan {
    QString receipt;
    QString kind;
    qint64 personId = 0;
    int instalments = 0;
    qint64 amountFen = 0;
    QDate firstMonth;
    QDate filedOn;
    int made = 0; // the highest instalment written
};

struct Tally {
    int made = 0;
    qint64 fen = 0;
    int stopped = 0;
    int waiting = 0; // the latest instalment returned, no other account given yet
};

int failed(Database& db, QString* error)
{
    *error = db.lastError();
    return 1;
}

// Why the person is no longer paid, by the platform's data, or empty while they are still unemployed; nullopt
// when the database fails. The events the office records count from the day the claim was filed (an earlier
// one was the approval's to weigh); a month of unemployment insurance paid for a month after the filing's
// means an employer took them on and insured them (社会保险法 §51 重新就业; the filing's own month may still
// be the last employer's).
std::optional<QString> stopReason(Database& db, const Plan& plan)
{
    auto recorded =
        db.run(QStringLiteral("SELECT event FROM unemployment_stop_events WHERE person_id = ? AND "
                              "occurred_on >= ? ORDER BY occurred_on, id"),
               {plan.personId, plan.filedOn.toString(Qt::ISODate)});
    if (!recorded)
        return std::nullopt;
    if (recorded->next())
        return recorded->value(0).toString();
    recorded->finish();
    auto data = db.run(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM contribution_months WHERE person_id = ? AND insurance = "
                       "'unemployment' AND mark IN ('paid', 'transferred') AND year * 12 + month > ?), "
                       "(SELECT COUNT(*) FROM insurance_enrolments WHERE person_id = ? AND retired_on IS NOT "
                       "NULL), (SELECT COUNT(*) FROM applications WHERE person_id = ? AND kind = "
                       "'unemployment-registration' AND status IN ('submitted', 'approved'))"),
        {plan.personId, plan.filedOn.year() * 12 + plan.filedOn.month(), plan.personId, plan.personId});
    if (!data || !data->next())
        return std::nullopt;
    if (data->value(0).toInt() > 0)
        return QStringLiteral("employed_and_insured");
    if (data->value(1).toInt() > 0)
        return QStringLiteral("pension_started");
    if (data->value(2).toInt() == 0)
        return QStringLiteral("registration_ended");
    return QString();
}

// Every approved claim's plan that has instalments left and is not stopped.
std::optional<QList<Plan>> openPlans(Database& db)
{
    auto q = db.run(QStringLiteral(
        "SELECT pp.receipt, pp.kind, pp.person_id, pp.instalments, pp.amount_fen, pp.first_month, "
        "a.submitted_at, "
        "(SELECT MAX(instalment) FROM payouts p WHERE p.receipt = pp.receipt) FROM payout_plans pp JOIN "
        "applications a ON a.receipt = pp.receipt AND a.status = 'approved' WHERE pp.stop_code IS NULL AND "
        "pp.instalments > (SELECT MAX(instalment) FROM payouts p WHERE p.receipt = pp.receipt) ORDER BY "
        "pp.receipt"));
    if (!q)
        return std::nullopt;
    QList<Plan> plans;
    while (q->next())
        plans.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toInt(), q->value(4).toLongLong(),
                      QDate::fromString(q->value(5).toString() + QStringLiteral("-01"), Qt::ISODate),
                      QDateTime::fromMSecsSinceEpoch(q->value(6).toLongLong()).date(), q->value(7).toInt()});
    return plans;
}

// The plan's instalments whose months have come by `month`, to the plan's account; false when the database
// failed. While any instalment of the claim stands returned, nothing more goes to the account the bank
// refused.
bool makeDue(Database& db, const Plan& plan, QDate month, qint64 now, Tally& tally)
{
    auto returned =
        db.run(QStringLiteral("SELECT COUNT(*) FROM payouts WHERE receipt = ? AND state = 'returned'"),
               {plan.receipt});
    if (!returned || !returned->next())
        return false;
    if (returned->value(0).toInt() > 0) {
        ++tally.waiting;
        return true;
    }
    returned->finish();
    for (int n = plan.made + 1; n <= plan.instalments && plan.firstMonth.addMonths(n - 1) <= month; ++n) {
        auto inserted =
            db.run(QStringLiteral(
                       "INSERT INTO payouts (receipt, instalment, person_id, kind, amount_fen, payee_name, "
                       "account, account_masked, reference, state, created_at) SELECT receipt, ?, person_id, "
                       "kind, amount_fen, payee_name, account, account_masked, ?, 'due', ? FROM payout_plans "
                       "WHERE receipt = ? ON CONFLICT DO NOTHING"),
                   {n, QStringLiteral("%1-%2").arg(plan.receipt).arg(n), now, plan.receipt});
        if (!inserted)
            return false;
        if (inserted->numRowsAffected() == 1) { // another run at once wrote it: counted there
            ++tally.made;
            tally.fen += plan.amountFen;
        }
    }
    return true;
}

} // namespace

int makeMonthlyInstalments(Database& db, QDate month, qint64 now, QString* report, QString* error)
{
    month = QDate(month.year(), month.month(), 1);
    // Immediate: this run reads and then writes; two runs on SQLite must not both hold a read lock.
    Transaction transaction(db, Transaction::Mode::Immediate);
    const auto plans = openPlans(db);
    if (!plans)
        return failed(db, error);
    Tally tally;
    for (const Plan& plan : *plans) {
        if (plan.firstMonth.addMonths(plan.made) > month)
            continue; // the next instalment's month has not come
        const auto stop = stopReason(db, plan);
        if (!stop)
            return failed(db, error);
        if (stop->isEmpty()) {
            if (!makeDue(db, plan, month, now, tally))
                return failed(db, error);
            continue;
        }
        auto stopped = db.run(QStringLiteral("UPDATE payout_plans SET stop_code = ?, stopped_at = ? WHERE "
                                             "receipt = ? AND stop_code IS NULL"),
                              {*stop, now, plan.receipt});
        if (!stopped)
            return failed(db, error);
        if (stopped->numRowsAffected() != 1)
            continue; // another run at once stopped it, and told the person
        ++tally.stopped;
        // The person is told by text in the same transaction (docs/notifications.md); why, on the terminal.
        if (!queueDecisionText(db, plan.receipt, plan.personId, plan.kind, QStringLiteral("stopped"), now))
            return failed(db, error);
    }
    if (!transaction.commit())
        return failed(db, error);
    *report = QStringLiteral("month %1: %2 instalments due, %3 fen (%4 yuan); %5 stopped, %6 waiting for "
                             "another account\n")
                  .arg(month.toString(QStringLiteral("yyyy-MM")))
                  .arg(tally.made)
                  .arg(tally.fen)
                  .arg(payments::groupedYuanText(tally.fen))
                  .arg(tally.stopped)
                  .arg(tally.waiting);
    return tally.made > 0 ? 0 : 3;
}

int recordStopEvent(Database& db, const QString& ssn, const QString& event, QDate occurred, QDate today,
                    qint64 now, QString* report, QString* error)
{
    if (!payouts::recordedStopEvents().contains(event)) {
        *error = QStringLiteral("the event is one of: %1").arg(payouts::recordedStopEvents().join(u", "));
        return 2;
    }
    if (!occurred.isValid() || occurred > today) {
        *error = QStringLiteral("the day it happened is YYYY-MM-DD, today or earlier");
        return 2;
    }
    Transaction transaction(db, Transaction::Mode::Immediate);
    auto person = db.run(QStringLiteral("SELECT id FROM people WHERE ssn = ?"), {ssn});
    if (!person)
        return failed(db, error);
    if (!person->next()) {
        *error = QStringLiteral("no person has that social security number; nothing recorded");
        return 2;
    }
    const qint64 personId = person->value(0).toLongLong();
    person->finish();
    const QString day = occurred.toString(Qt::ISODate);
    auto known =
        db.run(QStringLiteral("SELECT COUNT(*) FROM unemployment_stop_events WHERE person_id = ? AND "
                              "event = ? AND occurred_on = ?"),
               {personId, event, day});
    if (!known || !known->next())
        return failed(db, error);
    if (known->value(0).toInt() > 0) {
        *report = QStringLiteral("%1 on %2 was recorded already; nothing changed\n").arg(event, day);
        return 3;
    }
    known->finish();
    if (!db.run(QStringLiteral("INSERT INTO unemployment_stop_events (person_id, event, occurred_on, "
                               "recorded_at) VALUES (?, ?, ?, ?)"),
                {personId, event, day, now}) ||
        !transaction.commit())
        return failed(db, error);
    *report = QStringLiteral("%1 on %2 recorded: the next monthly run stops the person's instalments\n")
                  .arg(event, day);
    return 0;
}

} // namespace ssc::platform
