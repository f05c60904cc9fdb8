#pragma once

#include "domain/cardstatus.h"
#include "platform/platformclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace ssc {

// What the platform answers when a card's loss is reported or the report cancelled (docs/api.md, "Card
// services"): the receipt, when it was filed, and the card's status now.
struct CardLossReceipt {
    QString receipt;
    qint64 createdAt = 0;
    bool replayed = false; // the answer to a retry: filed once, earlier
    QString cardIdentifier;
    CardStatus status = CardStatus::Normal;

    // nullopt when the answer lacks the receipt or the card.
    static std::optional<CardLossReceipt> fromPlatform(const QJsonObject& answer);
};

// The two calls (docs/card-services.md, "Report lost"). Each is made under an idempotency key the caller
// keeps for one request of the person: the client's own retries and a "try again" after no answer send the
// same key, so the platform files the change once and answers the same receipt.
class CardLoss {
public:
    using Done = std::function<void(const PlatformResult& result, const std::optional<CardLossReceipt>&)>;

    static QByteArray newRequestKey();

    // POST /api/v1/me/cards/lost: one of the logged-in person's own cards (at a counter the clerk's staff
    // session goes with it).
    static void reportLost(PlatformClient& platform, const QString& cardIdentifier, const QByteArray& key,
                           Done done, const QObject* receiver = nullptr);
    // POST /api/v1/card/found with the card's proof ({"cardIdentifier", "challengeId", "cryptogram"}:
    // CardProver), the card's answer to a fresh challenge after its PIN.
    static void cancelReport(PlatformClient& platform, const QJsonObject& proof, const QByteArray& key,
                             Done done, const QObject* receiver = nullptr);
};

} // namespace ssc
