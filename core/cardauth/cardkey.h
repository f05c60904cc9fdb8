#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc::cardauth {

// The card's own key and its answer to a challenge, as issuers model them (docs/security.md, "The card"):
//   card key   = AES-128-ECB(issuer master key, the 16 bytes of the card identifier)   (key diversification)
//   cryptogram = SM4-ECB(card key, the platform's 16-byte challenge)                  (INTERNAL AUTHENTICATE)
// SM4 (GB/T 32907) is the national block cipher that social security cards carry; Debian's OpenSSL 3 has it.
// The diversification is the issuer's own step, done where the master key lives: in an HSM through PKCS#11,
// which names AES but not SM4 (SoftHSM has no SM4), so it is AES-128 (docs/security.md, "Keys"). The platform
// asks its key store for a card's key when it checks a cryptogram; each card holds only its own key, so a
// card taken apart opens no other card.
constexpr int keyBytes = 16;
constexpr int challengeBytes = 16;

// The card identifier (EF05 tag 01: 32 hex digits) as the diversification input; nullopt when malformed.
std::optional<QByteArray> identifierBytes(const QString& cardIdentifier);
// Empty optional when the key has the wrong size or the identifier is malformed.
std::optional<QByteArray> diversifiedCardKey(const QByteArray& issuerMasterKey,
                                             const QString& cardIdentifier);
// The diversification itself: AES-128-ECB of one 16-byte block; what a key store without an HSM computes.
std::optional<QByteArray> diversify(const QByteArray& issuerMasterKey, const QByteArray& block);
// The card's answer to `challenge` with its key; empty optional on wrong sizes.
std::optional<QByteArray> cryptogram(const QByteArray& cardKey, const QByteArray& challenge);
// Compares in constant time, so the time of a refusal tells nothing about how much of a guess was right.
bool sameCryptogram(const QByteArray& a, const QByteArray& b);
// Unblocking and resetting the PIN at a counter (docs/card-services.md, "Unlock and reset the PIN"): each
// card also holds an unblock key, diversified from the same master key by the complement of its identifier
// (rules.md §2: "identifier ‖ ~identifier"), so it differs from the card key and only the issuer side can
// make it. The card hands out an 8-byte challenge (GET CHALLENGE); the platform answers it with a 4-byte MAC:
//   MAC = the first 4 bytes of SM4-ECB(unblock key, card challenge ‖ 80 00 00 00 00 00 00 00)
// and RESET PIN (`80 5E 00 00 07 <new PIN> <MAC>`) takes the new PIN only with that MAC, once per challenge.
constexpr int cardChallengeBytes = 8;
constexpr int resetMacBytes = 4;
// The diversification input of the unblock key: the identifier's 16 bytes, every bit inverted.
std::optional<QByteArray> unblockKeyBlock(const QString& cardIdentifier);
std::optional<QByteArray> diversifiedUnblockKey(const QByteArray& issuerMasterKey,
                                                const QString& cardIdentifier);
// The MAC over the card's challenge; empty optional on wrong sizes.
std::optional<QByteArray> resetMac(const QByteArray& unblockKey, const QByteArray& cardChallenge);
// External authentication (a terminal's PSAM proves itself to a generation 3 card, which then opens EF06 to
// the terminal; docs/security.md, "The PSAM"): each card holds a terminal key diversified from the PSAM's
// master key by its identifier, as its card key is from the issuer's; the PSAM answers the card's 8-byte
// challenge (GET CHALLENGE) with
//   cryptogram = the first 8 bytes of SM4-ECB(terminal key, card challenge ‖ 80 00 00 00 00 00 00 00)
// and the card takes EXTERNAL AUTHENTICATE (`00 82 00 <key id> 08 <cryptogram>`) once per challenge. The
// project's own model in the shape of rules.md §2; the ministry's is not public.
constexpr int externalCryptogramBytes = 8;
std::optional<QByteArray> externalCryptogram(const QByteArray& terminalKey, const QByteArray& cardChallenge);
// Random bytes from OpenSSL's generator (challenges, keys); empty when it failed.
QByteArray randomBytes(int count);

} // namespace ssc::cardauth
