#include "cardlogin.h"
#include "security/secretwipe.h"

#include "cardreader/cardsource.h"
#include "cardreader/ssseapplication.h"
#include "mainwindow.h"
#include "session/loginflow.h"

namespace ssc {

void connectCardLogin(CardSource& cards, LoginFlow& flow, MainWindow& window)
{
    QObject::connect(&cards, &CardSource::cardInserted, &flow, [&flow, &window](const CardFiles& files) {
        if (window.outOfService())
            return; // waiting for an update: nobody is served (app/outofservice.cpp)
        if (window.serviceScreenWorksOnCard())
            return; // the open service works on the card itself (a PIN reset at a counter)
        if (window.cardForConfirmation(files.cardIdentifier))
            return; // a clerk's form waits for the citizen's confirmation: the card is for that
        flow.cardInserted({files.cardIdentifier, files.ssn, files.cardNumber});
    });
    QObject::connect(&cards, &CardSource::cardRemoved, &window, &MainWindow::confirmationCardRemoved);
    QObject::connect(&cards, &CardSource::cardRemoved, &flow, &LoginFlow::cardRemoved);
    QObject::connect(&cards, &CardSource::cardUnreadable, &flow, [&flow] { flow.cardUnreadable(); });
    // Several sources may be connected (USB readers and the demo's virtual one): the PIN goes only to the one
    // holding a card, with the platform's challenge when one is ready, so the card answers it right after it
    // accepts the PIN (CardProver).
    QObject::connect(&window, &MainWindow::pinEntered, &cards, [&cards, &flow, &window](QString pin) {
        if (cards.cardPresent()) {
            cards.verifyPin(pin);
            const QByteArray challenge =
                window.confirmingByCard() ? window.confirmationChallengeForPin() : flow.challengeForPin();
            if (!challenge.isEmpty())
                cards.authenticate(challenge);
        }
        wipeSecret(pin);
    });
    QObject::connect(&flow, &LoginFlow::challengeForCard, &cards, [&cards](const QByteArray& challenge) {
        if (cards.cardPresent())
            cards.authenticate(challenge);
    });
    QObject::connect(&window, &MainWindow::confirmationChallengeForCard, &cards,
                     [&cards](const QByteArray& challenge) {
                         if (cards.cardPresent())
                             cards.authenticate(challenge);
                     });
    QObject::connect(&cards, &CardSource::authenticated, &flow,
                     [&flow, &window](int outcome, const QByteArray& cryptogram) {
                         const bool answered = SsseApplication::AuthenticationOutcome(outcome) ==
                                               SsseApplication::AuthenticationOutcome::Answered;
                         if (window.confirmingByCard())
                             return window.confirmationCardAnswered(answered, cryptogram);
                         flow.cardAnswered(answered, cryptogram);
                     });
    QObject::connect(&cards, &CardSource::pinChecked, &flow, [&flow, &window](int outcome, int triesLeft) {
        using Outcome = SsseApplication::PinOutcome;
        if (window.confirmingByCard())
            return window.confirmationPinChecked(Outcome(outcome) == Outcome::Accepted,
                                                 Outcome(outcome) == Outcome::Blocked, triesLeft);
        switch (Outcome(outcome)) {
        case Outcome::Accepted:
            return flow.pinChecked(LoginFlow::PinResult::Accepted, triesLeft);
        case Outcome::Wrong:
            return flow.pinChecked(LoginFlow::PinResult::Wrong, triesLeft);
        case Outcome::Blocked:
            return flow.pinChecked(LoginFlow::PinResult::Blocked, 0);
        case Outcome::NoAnswer:
        case Outcome::Refused:
        case Outcome::TimedOut: // from a reader's own pad, which the login does not use
        case Outcome::Cancelled:
            return flow.pinChecked(LoginFlow::PinResult::Failed, -1);
        }
    });
}

} // namespace ssc
