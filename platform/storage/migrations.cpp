#include "migrations.h"

namespace ssc::platform {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all{
        {1,
         "people, cards, terminals, staff, audit, e-card codes, sessions, login codes, submissions, keys",
         {
             QStringLiteral(
                 "CREATE TABLE people (id {{id}}, ssn TEXT NOT NULL UNIQUE, id_kind TEXT NOT NULL, "
                 "name TEXT NOT NULL, sex TEXT NOT NULL, birth_date TEXT, phone TEXT, "
                 "demo_key TEXT UNIQUE, guardian_person_id BIGINT REFERENCES people(id))"),
             QStringLiteral(
                 "CREATE TABLE cards (id {{id}}, person_id BIGINT NOT NULL REFERENCES people(id), "
                 "region_code TEXT NOT NULL, region_name TEXT NOT NULL, card_number TEXT NOT NULL, "
                 "card_identifier TEXT NOT NULL UNIQUE, status TEXT NOT NULL, generation INTEGER NOT NULL, "
                 "issued TEXT, expires TEXT, bank_account TEXT)"),
             QStringLiteral("CREATE INDEX cards_person ON cards(person_id)"),
             QStringLiteral(
                 "CREATE TABLE ecard_claims (id {{id}}, card_id BIGINT NOT NULL REFERENCES cards(id), "
                 "channel TEXT NOT NULL, claimed_on TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE terminals (id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, "
                            "mode TEXT NOT NULL, name TEXT NOT NULL, registered_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE staff (id {{id}}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                 "role TEXT NOT NULL, password_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT "
                 "0, "
                 "locked_until BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE staff_sessions (token_hash TEXT PRIMARY KEY, staff_id BIGINT NOT NULL "
                 "REFERENCES staff(id), terminal_id TEXT NOT NULL, created_at BIGINT NOT NULL, "
                 "expires_at BIGINT NOT NULL, ended_at BIGINT)"),
             QStringLiteral(
                 "CREATE TABLE audit_log (id {{id}}, at BIGINT NOT NULL, terminal_id TEXT, staff_id BIGINT, "
                 "action TEXT NOT NULL, detail TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE signing_keys (key_id INTEGER PRIMARY KEY, private_key {{blob}} NOT NULL, "
                 "public_key {{blob}} NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE ecard_codes (code_id TEXT PRIMARY KEY, card_id BIGINT NOT NULL REFERENCES "
                 "cards(id), issued_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, "
                 "used_by_terminal TEXT)"),
             QStringLiteral(
                 "CREATE TABLE citizen_sessions (token_hash TEXT PRIMARY KEY, person_id BIGINT NOT NULL "
                 "REFERENCES people(id), card_id BIGINT NOT NULL REFERENCES cards(id), "
                 "terminal_id TEXT NOT NULL, method TEXT NOT NULL, created_at BIGINT NOT NULL, "
                 "expires_at BIGINT NOT NULL, ended_at BIGINT)"),
             QStringLiteral(
                 "CREATE TABLE login_codes (id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, "
                 "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, person_id BIGINT, card_id BIGINT, "
                 "confirmed_at BIGINT, consumed_at BIGINT)"),
             QStringLiteral("CREATE TABLE submissions (id {{id}}, terminal_id TEXT NOT NULL, idempotency_key "
                            "TEXT NOT NULL, "
                            "kind TEXT NOT NULL, payload TEXT NOT NULL, payload_hash TEXT NOT NULL, "
                            "receipt TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, "
                            "UNIQUE (terminal_id, idempotency_key))"),
         }},
        {2,
         "service outlets and channels (public look-up)",
         {
             QStringLiteral(
                 "CREATE TABLE service_outlets (id {{id}}, region_code TEXT NOT NULL, region_name TEXT NOT "
                 "NULL, "
                 "kind TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL, "
                 "hours TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX service_outlets_region ON service_outlets(region_code, kind)"),
         }},
        {3,
         "professional and skills qualification certificates (personal look-up)",
         {
             QStringLiteral(
                 "CREATE TABLE qualification_certificates (id {{id}}, person_id BIGINT NOT NULL "
                 "REFERENCES people(id), category TEXT NOT NULL, name TEXT NOT NULL, "
                 "level TEXT NOT NULL, certificate_number TEXT NOT NULL UNIQUE, issuer TEXT NOT NULL, "
                 "issued_on TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX qualification_certificates_person ON "
                            "qualification_certificates(person_id)"),
         }},
        {4,
         "social insurance rights records: provinces open for national query, enrolments, monthly "
         "contributions, "
         "personal accounts, benefits, issued verification codes",
         {
             QStringLiteral("CREATE TABLE record_provinces (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
                            "first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
                            "upstream TEXT NOT NULL DEFAULT 'ok')"),
             QStringLiteral("CREATE TABLE record_insurances (province_code TEXT NOT NULL REFERENCES "
                            "record_provinces(code), insurance TEXT NOT NULL, open INTEGER NOT NULL, "
                            "PRIMARY KEY (province_code, insurance))"),
             QStringLiteral(
                 "CREATE TABLE insurance_enrolments (id {{id}}, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), province_code TEXT NOT NULL, scheme TEXT NOT NULL, employer TEXT, "
                 "started_on TEXT NOT NULL, retired_on TEXT, UNIQUE (person_id, province_code))"),
             QStringLiteral(
                 "CREATE TABLE contribution_months (person_id BIGINT NOT NULL REFERENCES people(id), "
                 "province_code TEXT NOT NULL, insurance TEXT NOT NULL, year INTEGER NOT NULL, "
                 "month INTEGER NOT NULL, base_cents BIGINT NOT NULL, employer_cents BIGINT NOT NULL, "
                 "personal_cents BIGINT NOT NULL, mark TEXT NOT NULL, "
                 "PRIMARY KEY (person_id, province_code, insurance, year, month))"),
             QStringLiteral(
                 "CREATE TABLE account_years (person_id BIGINT NOT NULL REFERENCES people(id), "
                 "province_code TEXT NOT NULL, account TEXT NOT NULL, year INTEGER NOT NULL, "
                 "opening_cents BIGINT NOT NULL, credited_cents BIGINT NOT NULL, "
                 "interest_cents BIGINT NOT NULL, withdrawn_cents BIGINT NOT NULL, months INTEGER NOT NULL, "
                 "PRIMARY KEY (person_id, province_code, account, year))"),
             QStringLiteral(
                 "CREATE TABLE benefit_payments (id {{id}}, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), province_code TEXT NOT NULL, year INTEGER NOT NULL, insurance TEXT NOT "
                 "NULL, kind TEXT NOT NULL, months INTEGER NOT NULL, amount_cents BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX benefit_payments_person ON benefit_payments(person_id, province_code, "
                 "year)"),
             QStringLiteral(
                 "CREATE TABLE issued_records (verification_code TEXT PRIMARY KEY, person_id BIGINT "
                 "NOT NULL REFERENCES people(id), province_code TEXT NOT NULL, year INTEGER NOT NULL, "
                 "terminal_id TEXT NOT NULL, issued_at BIGINT NOT NULL)"),
         }},
        {5,
         "personal look-ups: employment and entrepreneurship certificates, professional-technical "
         "examination "
         "scores, technical school diplomas",
         {
             QStringLiteral(
                 "CREATE TABLE employment_certificates (id {{id}}, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), certificate_number TEXT NOT NULL UNIQUE, issuer TEXT NOT NULL, "
                 "issued_on TEXT NOT NULL, status TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE employment_events (id {{id}}, certificate_id BIGINT NOT NULL REFERENCES "
                 "employment_certificates(id), kind TEXT NOT NULL, started_on TEXT NOT NULL, "
                 "ended_on TEXT, detail TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE employment_policies (id {{id}}, certificate_id BIGINT NOT NULL REFERENCES "
                 "employment_certificates(id), policy TEXT NOT NULL, started_on TEXT NOT NULL, "
                 "ended_on TEXT, detail TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE exams (code TEXT PRIMARY KEY, name TEXT NOT NULL, first_year INTEGER NOT "
                 "NULL)"),
             QStringLiteral(
                 "CREATE TABLE exam_scores (id {{id}}, person_id BIGINT NOT NULL REFERENCES people(id), "
                 "exam_code TEXT NOT NULL REFERENCES exams(code), year INTEGER NOT NULL, subject TEXT NOT "
                 "NULL, score TEXT NOT NULL, pass_mark TEXT NOT NULL, passed INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX exam_scores_person ON exam_scores(person_id, exam_code, year)"),
             QStringLiteral(
                 "CREATE TABLE technical_diplomas (id {{id}}, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), school TEXT NOT NULL, school_kind TEXT NOT NULL, major TEXT NOT NULL, "
                 "level TEXT NOT NULL, certificate_number TEXT NOT NULL UNIQUE, graduated_on TEXT NOT "
                 "NULL)"),
         }},
        {6,
         "applications filed through the forms (unemployment registration, …) and their review",
         {
             QStringLiteral(
                 "CREATE TABLE applications (id {{id}}, receipt TEXT NOT NULL UNIQUE, person_id BIGINT "
                 "NOT NULL REFERENCES people(id), kind TEXT NOT NULL, status TEXT NOT NULL, "
                 "status_reason TEXT, submitted_at BIGINT NOT NULL, reviewed_at BIGINT)"),
             QStringLiteral("CREATE INDEX applications_person ON applications(person_id, kind)"),
         }},
        {7,
         "dispute evidence files (checked before storing; one row per person and content) and what an "
         "application is about (a dispute's employer)",
         {
             QStringLiteral(
                 "CREATE TABLE evidence (id TEXT PRIMARY KEY, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), "
                 "name TEXT NOT NULL, mime_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, "
                 "entries TEXT NOT NULL, content {{blob}} NOT NULL, created_at BIGINT NOT NULL, "
                 "UNIQUE (person_id, sha256))"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN subject TEXT"),
         }},
        {8,
         "the citizen's confirmation of a form a clerk filled for them (by their e-card code or card), used "
         "once",
         {
             QStringLiteral("CREATE TABLE confirmations (token TEXT PRIMARY KEY, person_id BIGINT NOT NULL "
                            "REFERENCES people(id), terminal_id TEXT NOT NULL, method TEXT NOT NULL, "
                            "created_at BIGINT NOT NULL, used_at BIGINT)"),
         }},
        {9,
         "pension certification (养老保险待遇资格认证): each recipient's group, cycle and last certification",
         {
             QStringLiteral("CREATE TABLE pension_certifications (person_id BIGINT PRIMARY KEY REFERENCES "
                            "people(id), pension_group TEXT NOT NULL, cycle_months INTEGER NOT NULL, "
                            "last_certified_on TEXT)"),
         }},
        {10,
         "the family service (亲情服务): a child bound to a parent with the parent's consent",
         {
             QStringLiteral(
                 "CREATE TABLE family_bindings (id {{id}}, child_person_id BIGINT NOT NULL REFERENCES "
                 "people(id), parent_person_id BIGINT NOT NULL REFERENCES people(id), created_at BIGINT "
                 "NOT NULL, UNIQUE (child_person_id, parent_person_id))"),
         }},
        {11,
         "certification by face: each person's photo on file, and every attempt with its outcome (the "
         "read-aloud "
         "ones wait in the review queue)",
         {
             QStringLiteral("CREATE TABLE person_photos (person_id BIGINT PRIMARY KEY REFERENCES people(id), "
                            "photo {{blob}} NOT NULL, updated_at BIGINT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE certification_attempts (id {{id}}, receipt TEXT NOT NULL UNIQUE, person_id "
                 "BIGINT "
                 "NOT NULL REFERENCES people(id), method TEXT NOT NULL, liveness TEXT NOT NULL, outcome TEXT "
                 "NOT "
                 "NULL, distance REAL, frame {{blob}}, recording {{blob}}, created_at BIGINT NOT NULL, "
                 "reviewed_at BIGINT, reviewer TEXT, review_reason TEXT, filed_by TEXT, recording_sound "
                 "{{blob}})"),
             QStringLiteral("CREATE INDEX certification_attempts_outcome ON certification_attempts(outcome)"),
         }},
        {12,
         "the local monthly average wage of each province and year (社平工资), the C of the pension formulas",
         {
             QStringLiteral("CREATE TABLE average_wages (province_code TEXT NOT NULL, year INTEGER NOT NULL, "
                            "monthly_cents BIGINT NOT NULL, PRIMARY KEY (province_code, year))"),
         }},
        {13,
         "the platform's one-time challenges a physical card answers with its own key after its PIN",
         {
             QStringLiteral(
                 "CREATE TABLE card_challenges (id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, "
                 "challenge TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                 "used_at BIGINT)"),
         }},
        {14,
         "staff routes about a person only after that staff member found the person by name and number, for "
         "a "
         "working day",
         {
             QStringLiteral(
                 "CREATE TABLE staff_people_found (staff_id BIGINT NOT NULL REFERENCES staff(id), "
                 "person_id BIGINT NOT NULL REFERENCES people(id), found_at BIGINT NOT NULL, until "
                 "BIGINT NOT NULL, PRIMARY KEY (staff_id, person_id))"),
         }},
        {15,
         "home visits (上门服务) and the offline sign-in credentials a field laptop gets with the day's list",
         {
             QStringLiteral(
                 "CREATE TABLE home_visits (id {{id}}, staff_id BIGINT NOT NULL REFERENCES staff(id), "
                 "person_id BIGINT NOT NULL REFERENCES people(id), address TEXT NOT NULL, assigned_on "
                 "TEXT NOT NULL, done_at BIGINT)"),
             QStringLiteral("CREATE TABLE offline_credentials (id TEXT PRIMARY KEY, staff_id BIGINT NOT NULL "
                            "REFERENCES staff(id), terminal_id TEXT NOT NULL, issued_at BIGINT NOT NULL, "
                            "expires_at BIGINT NOT NULL, revoked_at BIGINT)"),
         }},
        {16,
         "certification by face decided by the platform: the challenges it issues (bound to a terminal and a "
         "person, used once) and, on each attempt, the challenge it answered and its frames' times",
         {
             QStringLiteral(
                 "CREATE TABLE certification_challenges (id TEXT PRIMARY KEY, person_id BIGINT NOT NULL "
                 "REFERENCES people(id), terminal_id TEXT NOT NULL, actions TEXT NOT NULL, digits TEXT NOT "
                 "NULL, issued_at BIGINT NOT NULL, record_by BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                 "issued_by TEXT, used_at BIGINT)"),
             QStringLiteral("ALTER TABLE certification_attempts ADD COLUMN challenge_id TEXT"),
             QStringLiteral("ALTER TABLE certification_attempts ADD COLUMN frame_times TEXT"),
         }},
        {17,
         "e-card signing keys in the key store (keys/keystore.h): the database keeps only the public halves "
         "and when each key stopped signing; the raw private keys stored until now are deleted, their public "
         "halves kept as retired so no key id is used twice (a terminal's key ring never meets two keys "
         "under "
         "one id)",
         {
             QStringLiteral(
                 "CREATE TABLE ecard_keys (key_id INTEGER PRIMARY KEY, public_key {{blob}} NOT NULL, "
                 "created_at BIGINT NOT NULL, retired_at BIGINT)"),
             QStringLiteral(
                 "INSERT INTO ecard_keys (key_id, public_key, created_at, retired_at) SELECT key_id, "
                 "public_key, created_at, 0 FROM signing_keys"),
             QStringLiteral("DROP TABLE signing_keys"),
         }},
        {18,
         "staff sign-in back-off per account (known or not) and per terminal, replacing the per-account lock "
         "that unknown user names never reached and any terminal could trigger for every clerk",
         {
             QStringLiteral(
                 "CREATE TABLE sign_in_failures (kind TEXT NOT NULL, name TEXT NOT NULL, failures "
                 "INTEGER NOT NULL, last_failure_at BIGINT NOT NULL, blocked_until BIGINT NOT NULL, "
                 "PRIMARY KEY (kind, name))"),
             QStringLiteral("ALTER TABLE staff DROP COLUMN failed_attempts"),
             QStringLiteral("ALTER TABLE staff DROP COLUMN locked_until"),
         }},
        {19,
         "rights records as official documents: the office that issues a province's records, and the "
         "province's name in English, so a printed record and its verification page name both",
         {
             QStringLiteral("ALTER TABLE record_provinces ADD COLUMN name_en TEXT"),
             QStringLiteral("ALTER TABLE record_provinces ADD COLUMN office_name TEXT"),
             QStringLiteral("ALTER TABLE record_provinces ADD COLUMN office_name_en TEXT"),
         }},
        {20,
         "look-up data in English where it has an English form: examinations and their subjects, technical "
         "schools, majors and levels, employment support policies",
         {
             QStringLiteral("ALTER TABLE exams ADD COLUMN name_en TEXT"),
             QStringLiteral("ALTER TABLE exam_scores ADD COLUMN subject_en TEXT"),
             QStringLiteral("ALTER TABLE technical_diplomas ADD COLUMN school_en TEXT"),
             QStringLiteral("ALTER TABLE technical_diplomas ADD COLUMN major_en TEXT"),
             QStringLiteral("ALTER TABLE technical_diplomas ADD COLUMN level_en TEXT"),
             QStringLiteral("ALTER TABLE employment_policies ADD COLUMN policy_en TEXT"),
             QStringLiteral("ALTER TABLE employment_policies ADD COLUMN detail_en TEXT"),
         }},
        {21,
         "regions and certificate issuers in English where they have an English form: the region that "
         "issued a card, the outlets' regions, the issuers of employment and qualification certificates",
         {
             QStringLiteral("ALTER TABLE cards ADD COLUMN region_name_en TEXT"),
             QStringLiteral("ALTER TABLE service_outlets ADD COLUMN region_name_en TEXT"),
             QStringLiteral("ALTER TABLE employment_certificates ADD COLUMN issuer_en TEXT"),
             QStringLiteral("ALTER TABLE qualification_certificates ADD COLUMN issuer_en TEXT"),
         }},
        {22,
         "retention (retention/retention.h): an attempt's face and recordings cleared after their period "
         "while "
         "its outcome stays (media_purged_at); an evidence file's content cleared while its name, size and "
         "hash stay (content may now be NULL: the table rebuilt, as SQLite cannot drop NOT NULL); the audit "
         "log purged by time",
         {
             QStringLiteral("ALTER TABLE certification_attempts ADD COLUMN media_purged_at BIGINT"),
             QStringLiteral(
                 "CREATE TABLE evidence_v22 (id TEXT PRIMARY KEY, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), name TEXT NOT NULL, mime_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT "
                 "NOT NULL, entries TEXT NOT NULL, content {{blob}}, created_at BIGINT NOT NULL, purged_at "
                 "BIGINT, UNIQUE (person_id, sha256))"),
             QStringLiteral(
                 "INSERT INTO evidence_v22 (id, person_id, name, mime_type, size, sha256, entries, "
                 "content, created_at) SELECT id, person_id, name, mime_type, size, sha256, entries, "
                 "content, created_at FROM evidence"),
             QStringLiteral("DROP TABLE evidence"),
             QStringLiteral("ALTER TABLE evidence_v22 RENAME TO evidence"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
         }},
        {23,
         "separate consent for the face: each agreement to a notice's version, given by the person (their "
         "own "
         "session at a kiosk, otherwise their own e-card code or card), and its withdrawal; the consent and "
         "its notice's version recorded with every certification attempt",
         {
             QStringLiteral(
                 "CREATE TABLE face_consents (id {{id}}, person_id BIGINT NOT NULL REFERENCES people(id), "
                 "notice_version TEXT NOT NULL, given_at BIGINT NOT NULL, terminal_id TEXT NOT NULL, "
                 "method TEXT NOT NULL, asked_by TEXT NOT NULL, withdrawn_at BIGINT, withdrawn_by TEXT)"),
             QStringLiteral("CREATE INDEX face_consents_person ON face_consents(person_id)"),
             QStringLiteral("ALTER TABLE certification_attempts ADD COLUMN consent_id BIGINT"),
             QStringLiteral("ALTER TABLE certification_attempts ADD COLUMN consent_notice TEXT"),
         }},
        {24,
         "the citizen's access log: whose data each audited action touched, in its own column with an index, "
         "so a person's entries are found without reading every detail (filled for new rows)",
         {
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN person_id BIGINT"),
             QStringLiteral("CREATE INDEX audit_log_person ON audit_log(person_id, at)"),
         }},
        {25,
         "least data on the wire: each person's random key for the opaque reference terminals know them by "
         "instead of their ID number (citizens/personreference.h), made at their first login",
         {
             QStringLiteral("ALTER TABLE people ADD COLUMN reference_key TEXT"),
         }},
        {26,
         "card PIN changes acknowledged by the card itself (api/cardpinapi.cpp): begun with the card proven "
         "under its old PIN, concluded changed or unchanged with it proven again; never a PIN",
         {
             QStringLiteral(
                 "CREATE TABLE card_pin_changes (id TEXT PRIMARY KEY, card_id BIGINT NOT NULL "
                 "REFERENCES cards(id), person_id BIGINT NOT NULL REFERENCES people(id), terminal_id "
                 "TEXT NOT NULL, started_at BIGINT NOT NULL, outcome TEXT, concluded_at BIGINT)"),
             QStringLiteral("CREATE INDEX card_pin_changes_card ON card_pin_changes(card_id)"),
         }},
        {27,
         "card PINs unlocked and reset at a counter (api/cardresetapi.cpp): authorised for a clerk with the "
         "holder's own e-card code, concluded by the card proven under its new PIN; never a PIN",
         {
             QStringLiteral(
                 "CREATE TABLE card_pin_resets (id TEXT PRIMARY KEY, card_id BIGINT NOT NULL REFERENCES "
                 "cards(id), person_id BIGINT NOT NULL REFERENCES people(id), terminal_id TEXT NOT NULL, "
                 "staff_id BIGINT NOT NULL, second_factor TEXT NOT NULL, started_at BIGINT NOT NULL, outcome "
                 "TEXT, concluded_at BIGINT)"),
             QStringLiteral("CREATE INDEX card_pin_resets_card ON card_pin_resets(card_id, started_at)"),
         }},
        {28,
         "e-licences shown (api/elicenceapi.cpp): each showing's verification code, whose card it stands "
         "for, "
         "the key that signed it and how long it is fresh; the fields themselves are read from the card",
         {
             QStringLiteral(
                 "CREATE TABLE e_licences (serial TEXT PRIMARY KEY, person_id BIGINT NOT NULL REFERENCES "
                 "people(id), card_id BIGINT NOT NULL REFERENCES cards(id), terminal_id TEXT NOT NULL, "
                 "key_id INTEGER NOT NULL, issued_at BIGINT NOT NULL, fresh_until BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX e_licences_person ON e_licences(person_id)"),
         }},
        {29,
         "the face login at a kiosk (api/faceloginapi.cpp): each challenge's purpose (a login's never "
         "answers "
         "a certification, nor the other way round); each face login asked — whom it claimed and how, the "
         "notice agreed with the request, the outcome and the distance; never a recording or a frame",
         {
             QStringLiteral("ALTER TABLE certification_challenges ADD COLUMN purpose TEXT"),
             QStringLiteral(
                 "CREATE TABLE face_logins (id {{id}}, challenge_id TEXT UNIQUE, person_id BIGINT "
                 "REFERENCES people(id), card_id BIGINT REFERENCES cards(id), terminal_id TEXT NOT NULL, "
                 "claimed_by TEXT NOT NULL, notice_version TEXT NOT NULL, asked_at BIGINT NOT NULL, outcome "
                 "TEXT, distance REAL, decided_at BIGINT)"),
             QStringLiteral("CREATE INDEX face_logins_person ON face_logins(person_id, asked_at)"),
             QStringLiteral("CREATE INDEX face_logins_terminal ON face_logins(terminal_id, asked_at)"),
         }},
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
    };
    return all;
}

} // namespace ssc::platform
