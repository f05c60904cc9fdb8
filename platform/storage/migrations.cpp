#include "migrations.h"

namespace ssc::platform {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> first{
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
    };
    // Migrations from 30 on live in migrationslater.cpp (one file would pass 600 lines).
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list = first;
        for (const Migration& m : laterMigrations())
            list.push_back(m);
        return list;
    }();
    return all;
}

} // namespace ssc::platform
