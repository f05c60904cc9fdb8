#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc {

// A screen that waits for someone to show their own e-card code or card as their consent or confirmation: the
// citizen confirming a form a clerk filled, a parent consenting to be bound to their child. The shell hands
// it the code scanned on the pedestal, or the card's proof once the card, after its PIN, answered the
// platform's challenge ({"cardIdentifier", "challengeId", "cryptogram"}: core/session/cardprover.h).
class CitizenConfirmation {
public:
    virtual ~CitizenConfirmation() = default;
    virtual bool awaitingConfirmation() const = 0;
    virtual void confirmWithCode(const QString& code) = 0;
    virtual void confirmWithCard(const QJsonObject& cardProof) = 0;
    // The card's PIN was not confirmed (locked, cancelled): said on the screen, which waits.
    virtual void confirmationFailed() = 0;
};

} // namespace ssc
