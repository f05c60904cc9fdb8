#pragma once

#include <QString>

namespace ssc {

// A screen that waits for someone to show their own e-card code or card as their consent or confirmation: the
// citizen confirming a form a clerk filled, a parent consenting to be bound to their child. The shell hands
// it the code scanned on the pedestal, or the card once its PIN has been checked by the card.
class CitizenConfirmation {
public:
    virtual ~CitizenConfirmation() = default;
    virtual bool awaitingConfirmation() const = 0;
    virtual void confirmWithCode(const QString& code) = 0;
    virtual void confirmWithCard(const QString& cardIdentifier) = 0;
    // The card's PIN was not confirmed (locked, cancelled): said on the screen, which waits.
    virtual void confirmationFailed() = 0;
};

} // namespace ssc
