#include "migrations.h"

namespace ssc::platform {

// The schema's later steps (30 on), appended to migrations.cpp's first ones; the same rules apply: never
// change a migration that has shipped, add the next.
const std::vector<Migration>& laterMigrations()
{
    static const std::vector<Migration> later{
        {30,
         "card replacements (api/cardreplacementapi.cpp): which card is replaced, why, the fee, who applied "
         "where, the new card once made and when it was handed over; its progress is the application's "
         "status",
         {
             QStringLiteral(
                 "CREATE TABLE card_replacements (receipt TEXT PRIMARY KEY REFERENCES applications(receipt), "
                 "person_id BIGINT NOT NULL REFERENCES people(id), old_card_id BIGINT NOT NULL REFERENCES "
                 "cards(id), reason TEXT NOT NULL, fee_fen INTEGER NOT NULL, terminal_id TEXT NOT NULL, "
                 "staff_id BIGINT NOT NULL, applied_at BIGINT NOT NULL, new_card_id BIGINT REFERENCES "
                 "cards(id), made_at BIGINT, collected_at BIGINT)"),
             QStringLiteral("CREATE INDEX card_replacements_old_card ON card_replacements(old_card_id)"),
         }},
        {31,
         "resident contributions paid at halls (payments/paymentledger.cpp): each order a terminal asked for "
         "(whose, what, the amount in fen, the acquirer's QR and transaction, who refunded it and why) and "
         "the "
         "contribution a paid order records, one per person, item and year",
         {
             QStringLiteral(
                 "CREATE TABLE payment_orders (order_no TEXT PRIMARY KEY, person_id BIGINT NOT NULL "
                 "REFERENCES "
                 "people(id), item TEXT NOT NULL, year INTEGER NOT NULL, amount_fen BIGINT NOT NULL, "
                 "terminal_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, status TEXT NOT NULL, qr_code "
                 "TEXT, "
                 "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, paid_at BIGINT, transaction_id "
                 "TEXT, "
                 "paid_by TEXT, verification_code TEXT UNIQUE, refunded_at BIGINT, refund_reason TEXT, "
                 "refund_staff_id BIGINT, UNIQUE (terminal_id, idempotency_key))"),
             QStringLiteral("CREATE INDEX payment_orders_person ON payment_orders(person_id, created_at)"),
             QStringLiteral(
                 "CREATE TABLE resident_contributions (person_id BIGINT NOT NULL REFERENCES people(id), item "
                 "TEXT NOT NULL, year INTEGER NOT NULL, amount_fen BIGINT NOT NULL, order_no TEXT NOT NULL "
                 "UNIQUE REFERENCES payment_orders(order_no), paid_at BIGINT NOT NULL, PRIMARY KEY "
                 "(person_id, "
                 "item, year))"),
         }},
        {32,
         "text messages about review decisions (notifications/): one per application or certification "
         "attempt "
         "and status it reached, queued in the decision's own transaction, sent through the SMS gateway with "
         "retries; the text names the receipt's last four characters only, the number is read from people",
         {
             QStringLiteral(
                 "CREATE TABLE sms_notifications (id {{id}}, receipt TEXT NOT NULL, status TEXT NOT NULL, "
                 "person_id BIGINT NOT NULL REFERENCES people(id), body TEXT NOT NULL, state TEXT NOT NULL, "
                 "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, claimed_until "
                 "BIGINT, "
                 "created_at BIGINT NOT NULL, sent_at BIGINT, accepted_at BIGINT, delivered_at BIGINT, "
                 "last_error TEXT, token TEXT NOT NULL, UNIQUE (receipt, status))"),
             QStringLiteral(
                 "CREATE INDEX sms_notifications_due ON sms_notifications(state, next_attempt_at)"),
             QStringLiteral("CREATE INDEX sms_notifications_person ON sms_notifications(person_id, sent_at)"),
         }},
        {33,
         "the fleet (fleet/fleetstore.cpp): each terminal's hall, its last heartbeat (version, API version, "
         "devices, printer, outbox depth, free disk; no person data) and the incidents a hall manager is "
         "alerted to once each (a scanner gone, a printer out of paper or toner, a terminal silent)",
         {
             QStringLiteral("ALTER TABLE terminals ADD COLUMN hall TEXT"),
             QStringLiteral(
                 "CREATE TABLE terminal_heartbeats (terminal_id TEXT PRIMARY KEY, "
                 "received_at BIGINT NOT NULL, version TEXT NOT NULL, api_version INTEGER NOT NULL, "
                 "compatibility TEXT NOT NULL, report TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE fleet_incidents (id {{id}}, terminal_id TEXT NOT NULL, "
                 "kind TEXT NOT NULL, opened_at BIGINT NOT NULL, closed_at BIGINT, alerted_at BIGINT)"),
             QStringLiteral("CREATE INDEX fleet_incidents_open ON fleet_incidents(terminal_id, closed_at)"),
         }},
        {34,
         "the hall manager's alert texts (fleet/fleetalerts.cpp): a staff member's mobile number and the "
         "hall "
         "whose incidents they are texted about; a text in the outbox goes to a person or to staff "
         "(sms_notifications.person_id may now be NULL, staff_id added: the table rebuilt on SQLite, as "
         "SQLite cannot drop NOT NULL)",
         {
             QStringLiteral("ALTER TABLE staff ADD COLUMN phone TEXT"),
             QStringLiteral("ALTER TABLE staff ADD COLUMN hall TEXT"),
             QStringLiteral(
                 "{{sqlite}}CREATE TABLE sms_notifications_v34 (id {{id}}, receipt TEXT NOT NULL, status "
                 "TEXT "
                 "NOT NULL, person_id BIGINT REFERENCES people(id), staff_id BIGINT REFERENCES staff(id), "
                 "body TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                 "next_attempt_at BIGINT NOT NULL, claimed_until BIGINT, created_at BIGINT NOT NULL, "
                 "sent_at BIGINT, accepted_at BIGINT, delivered_at BIGINT, last_error TEXT, token TEXT NOT "
                 "NULL, UNIQUE (receipt, status))"),
             // The ids are kept: a delivery report on its way names the text by id.
             QStringLiteral(
                 "{{sqlite}}INSERT INTO sms_notifications_v34 (id, receipt, status, person_id, body, state, "
                 "attempts, next_attempt_at, claimed_until, created_at, sent_at, accepted_at, delivered_at, "
                 "last_error, token) SELECT id, receipt, status, person_id, body, state, attempts, "
                 "next_attempt_at, claimed_until, created_at, sent_at, accepted_at, delivered_at, "
                 "last_error, token FROM sms_notifications"),
             QStringLiteral("{{sqlite}}DROP TABLE sms_notifications"),
             QStringLiteral("{{sqlite}}ALTER TABLE sms_notifications_v34 RENAME TO sms_notifications"),
             QStringLiteral("{{sqlite}}CREATE INDEX sms_notifications_due ON sms_notifications(state, "
                            "next_attempt_at)"),
             QStringLiteral("{{sqlite}}CREATE INDEX sms_notifications_person ON sms_notifications(person_id, "
                            "sent_at)"),
             QStringLiteral(
                 "{{postgresql}}ALTER TABLE sms_notifications ALTER COLUMN person_id DROP NOT NULL"),
             QStringLiteral("{{postgresql}}ALTER TABLE sms_notifications ADD COLUMN staff_id BIGINT "
                            "REFERENCES staff(id)"),
         }},
        {35,
         "certificate names and levels, the outlets' names, addresses and hours, and terminals' names in "
         "English where they have an English form (pinyin for proper nouns without one, docs/glossary.md)",
         {
             QStringLiteral("ALTER TABLE qualification_certificates ADD COLUMN name_en TEXT"),
             QStringLiteral("ALTER TABLE qualification_certificates ADD COLUMN level_en TEXT"),
             QStringLiteral("ALTER TABLE service_outlets ADD COLUMN name_en TEXT"),
             QStringLiteral("ALTER TABLE service_outlets ADD COLUMN address_en TEXT"),
             QStringLiteral("ALTER TABLE service_outlets ADD COLUMN hours_en TEXT"),
             QStringLiteral("ALTER TABLE terminals ADD COLUMN name_en TEXT"),
         }},
        {36,
         "fleet incidents (fleet/fleetstore.cpp): at most one open incident of a kind per terminal, kept by "
         "the "
         "database (two instances' silence sweeps opened one twice and texted twice); an incident put right "
         "stays open through a quiet window (cleared_at) and a device flapping back inside it counts a flap "
         "on the same incident (flaps) instead of opening a new one and texting again",
         {
             // Duplicates the race left behind: the oldest stays open, the others are closed as opened.
             QStringLiteral(
                 "UPDATE fleet_incidents SET closed_at = opened_at WHERE closed_at IS NULL AND id NOT "
                 "IN (SELECT MIN(id) FROM fleet_incidents WHERE closed_at IS NULL GROUP BY "
                 "terminal_id, kind)"),
             QStringLiteral("ALTER TABLE fleet_incidents ADD COLUMN cleared_at BIGINT"),
             QStringLiteral("ALTER TABLE fleet_incidents ADD COLUMN flaps INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX fleet_incidents_one_open ON fleet_incidents(terminal_id, kind) "
                 "WHERE closed_at IS NULL"),
         }},
        {37,
         "the region's contribution amounts as data: each item's amounts in fen by grade, in force from a "
         "day "
         "(docs/payments.md; set by ssc-platform contribution-grades, seeded by the demo)",
         {
             QStringLiteral(
                 "CREATE TABLE contribution_grades (item TEXT NOT NULL, effective_from TEXT NOT NULL, "
                 "grade INTEGER NOT NULL, amount_fen BIGINT NOT NULL, set_at BIGINT NOT NULL, "
                 "PRIMARY KEY (item, effective_from, grade))"),
         }},
        {38,
         "benefit payouts (issue 19; docs/operations.md, \"Paying benefits\"): what an approved claim "
         "is due, written with the approving decision, once per claim and instalment; the bank batches "
         "they go out in (批量代发) and what the bank's return file said of each",
         {
             QStringLiteral(
                 "CREATE TABLE payout_batches (id {{id}}, batch TEXT NOT NULL UNIQUE, value_date TEXT NOT "
                 "NULL, payout_count INTEGER NOT NULL, total_fen BIGINT NOT NULL, exported_at BIGINT NOT "
                 "NULL, returned_at BIGINT, return_digest TEXT)"),
             QStringLiteral(
                 "CREATE TABLE payouts (id {{id}}, receipt TEXT NOT NULL, instalment INTEGER NOT NULL, "
                 "person_id BIGINT NOT NULL REFERENCES people(id), kind TEXT NOT NULL, amount_fen BIGINT "
                 "NOT NULL, payee_name TEXT NOT NULL, account TEXT NOT NULL, account_masked TEXT NOT NULL, "
                 "reference TEXT NOT NULL UNIQUE, state TEXT NOT NULL, batch TEXT, return_code TEXT, "
                 "created_at BIGINT NOT NULL, batched_at BIGINT, settled_at BIGINT, "
                 "UNIQUE (receipt, instalment))"),
             QStringLiteral("CREATE INDEX payouts_state ON payouts(state, batch)"),
             QStringLiteral("CREATE INDEX payouts_person ON payouts(person_id)"),
         }},
        {39,
         "a returned payout paid again to another account in the person's name (issue 19): its attempt, and "
         "each earlier attempt the bank sent back, kept with its reference, batch and reason",
         {
             QStringLiteral("ALTER TABLE payouts ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral(
                 "CREATE TABLE payout_returns (id {{id}}, payout_id BIGINT NOT NULL REFERENCES payouts(id), "
                 "attempt INTEGER NOT NULL, reference TEXT NOT NULL UNIQUE, batch TEXT, account_masked TEXT "
                 "NOT NULL, return_code TEXT, settled_at BIGINT, UNIQUE (payout_id, attempt))"),
         }},
        {40,
         "the monthly instalments (issue 19): each claim's plan as approved (instalments, amount, first "
         "month, "
         "account now) and why it stopped; the stop events the office records",
         {
             QStringLiteral(
                 "CREATE TABLE payout_plans (receipt TEXT PRIMARY KEY, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), kind TEXT NOT NULL, instalments INTEGER NOT NULL, amount_fen BIGINT NOT NULL, "
                 "first_month TEXT NOT NULL, payee_name TEXT NOT NULL, account TEXT NOT NULL, account_masked "
                 "TEXT "
                 "NOT NULL, stop_code TEXT, stopped_at BIGINT, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE unemployment_stop_events (id {{id}}, person_id BIGINT NOT NULL "
                            "REFERENCES people(id), event TEXT NOT NULL, occurred_on TEXT NOT NULL, "
                            "recorded_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX stop_events_person ON unemployment_stop_events(person_id)"),
         }},
        {41,
         "contribution amounts by region (issue 19): a city's own table beside the province's ('' region), "
         "and the region each order was made for, so its grade is named in that region's table",
         {
             QStringLiteral(
                 "CREATE TABLE contribution_grades_by_region (region_code TEXT NOT NULL, item TEXT NOT NULL, "
                 "effective_from TEXT NOT NULL, grade INTEGER NOT NULL, amount_fen BIGINT NOT NULL, set_at "
                 "BIGINT NOT NULL, PRIMARY KEY (region_code, item, effective_from, grade))"),
             QStringLiteral("INSERT INTO contribution_grades_by_region (region_code, item, effective_from, "
                            "grade, amount_fen, set_at) SELECT '', item, effective_from, grade, amount_fen, "
                            "set_at FROM contribution_grades"),
             QStringLiteral("DROP TABLE contribution_grades"),
             QStringLiteral("ALTER TABLE contribution_grades_by_region RENAME TO contribution_grades"),
             QStringLiteral("ALTER TABLE payment_orders ADD COLUMN region_code TEXT NOT NULL DEFAULT ''"),
         }},
        partitionsMigration(), // 42 (migrationpartitions.cpp)
    };
    return later;
}

} // namespace ssc::platform
