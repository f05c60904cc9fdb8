#pragma once

#include "api/services.h"

namespace ssc::platform {

// The physical card proven to the platform (docs/security.md, "The card"): the platform hands a terminal a
// one-time challenge (random, 60 s, for that terminal only); the card answers it with its own key after its
// PIN was verified on the card; the platform derives the card's key from the issuer key and checks the
// answer. A bare identifier, an answer replayed, for another challenge or from another card opens nothing.
class CardChallenges {
public:
    static constexpr qint64 lifetimeMs = 60'000;

    // POST /api/v1/card/challenges → 201 {"challengeId", "challenge" (32 hex digits), "expiresAt"}.
    static ApiResult issue(PlatformServices& services, RequestContext& context);
    // The card the request proves with {"cardIdentifier", "challengeId", "cryptogram"} (the challenge is used
    // up whatever the answer, so guesses cost a challenge each), or the refusal: 401 card_proof_missing,
    // card_challenge_unknown, card_proof_invalid; 410 card_challenge_expired; 409 card_challenge_used;
    // 404 unknown_card. Card status is the caller's to judge.
    static std::variant<CardRecord, ApiResult> verify(PlatformServices& services, RequestContext& context);
};

} // namespace ssc::platform
