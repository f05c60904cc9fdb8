#pragma once

#include "cardencoder.h"
#include "platform/platformclient.h"
#include "replacementrules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace ssc {

// A card replacement as the platform answers it (docs/api.md, "Card services"): the receipt, the reason, the
// fee, how far it has come and the cards (numbers masked).
struct CardReplacementState {
    QString receipt;
    QString reason;
    int feeFen = 0;
    QString status; // submitted | making | ready | collected
    bool replayed = false;
    QString oldCardIdentifier;
    QString newCardIdentifier; // once made

    static std::optional<CardReplacementState> fromPlatform(const QJsonObject& answer);
};

// The calls of the replacement (docs/card-services.md, "Replace the card"). Applying is made under an
// idempotency key the caller keeps for one request of the person, so retries file once.
class CardReplacement {
public:
    using Done = std::function<void(const PlatformResult&, const std::optional<CardReplacementState>&)>;

    // POST /api/v1/me/card-replacements
    static void apply(PlatformClient& platform, const QString& cardIdentifier, ReplacementReason reason,
                      const QByteArray& key, Done done, const QObject* receiver = nullptr);
    // The person's replacement under way (not yet collected), newest first: GET /api/v1/me/applications,
    // then GET …/{receipt} for its reason, fee and cards. A person with none: an ok result and nullopt.
    static void findUnderWay(PlatformClient& platform, Done done, const QObject* receiver = nullptr);
    // POST …/{receipt}/issue: the platform's answer is the encoder's order (orderFromPlatform).
    static void issue(PlatformClient& platform, const QString& receipt,
                      std::function<void(const PlatformResult&)> done, const QObject* receiver = nullptr);
    // POST …/{receipt}/activate with the new card's proof ({"cardIdentifier", "challengeId", "cryptogram"}).
    static void activate(PlatformClient& platform, const QString& receipt, const QJsonObject& proof,
                         Done done, const QObject* receiver = nullptr);

    // What the encoder writes, from the issue answer, with the PIN the holder chose; nullopt when the answer
    // lacks a field or a key is not 16 bytes.
    static std::optional<CardEncoder::Order> orderFromPlatform(const QJsonObject& answer, const QString& pin);
};

} // namespace ssc
