#pragma once

#include "domain/cardstatus.h"
#include "ecard/ecardcode.h"
#include "signingkeys.h"

#include <QString>

#include <optional>

namespace ssc::platform {

class Database;
class KeyStore;

// Issues e-card codes (what the citizen's phone app receives) and resolves scanned ones: signature, time,
// single use (an atomic UPDATE, so two instances can never both accept one code), then the card's status.
class ECardService {
public:
    ECardService(Database& db, KeyStore& store) : m_db(db), m_keys(db, store) {}

    std::optional<SignedECardCode> mint(qint64 cardId, qint64 nowSeconds);

    struct Resolution {
        enum class Outcome {
            Ok,
            Malformed,
            Forged,
            Expired,
            NotYetValid,
            Used,
            UnknownCode,
            CardRefused,
            StorageError
        };
        Outcome outcome = Outcome::StorageError;
        ECardCodeProblem problem = ECardCodeProblem::Empty;
        qint64 personId = 0;
        qint64 cardId = 0;
        CardStatus cardStatus = CardStatus::Normal;
    };
    Resolution resolve(const QString& text, const QString& terminalId, qint64 nowMs);

    SigningKeys& keys() { return m_keys; }

private:
    // Marks the code used and reads its card into r (the card's status left to the caller); otherwise sets
    // r.outcome to Used, UnknownCode or StorageError and answers false.
    // The code is named by its id and the issue time it carries signed: on PostgreSQL that names the month's
    // partition of ecard_codes (storage/partitions.h), so a resolve reads one partition, never every month.
    struct CodeKey {
        QString id;
        qint64 issuedAt; // seconds
    };
    bool spend(const CodeKey& code, const QString& terminalId, qint64 nowMs, Resolution& r);
    bool spendInOneStatement(const CodeKey& code, const QString& terminalId, qint64 nowMs, Resolution& r);

    Database& m_db;
    SigningKeys m_keys;
};

} // namespace ssc::platform
