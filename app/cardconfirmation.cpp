// MainWindow's part in a form a clerk filled and the citizen confirms with their own card: the card taken for
// it, the PIN on the PIN pad, the card's answer to the platform's challenge as the proof (CardProver).
#include "mainwindow.h"

#include "moduleapi/cardwork.h"
#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/pinpadscreen.h"
#include "session/cardprover.h"

namespace ssc {

bool MainWindow::serviceScreenWorksOnCard() const
{
    const auto* screen = dynamic_cast<const CardWork*>(m_serviceScreen.data());
    return screen && screen->worksOnCard();
}

bool MainWindow::cardForConfirmation(const QString& cardIdentifier)
{
    auto* application = dynamic_cast<CitizenConfirmation*>(m_serviceScreen.data());
    if (!application || !application->awaitingConfirmation())
        return false;
    if (!m_services.platform)
        return false;
    endCardConfirmation();
    m_confirmationProver = new CardProver(*m_services.platform, cardIdentifier, this);
    connect(m_confirmationProver, &CardProver::challengeForCard, this,
            &MainWindow::confirmationChallengeForCard);
    connect(m_confirmationProver, &CardProver::proven, this, [this](const QJsonObject& proof) {
        endCardConfirmation();
        if (auto* screen = dynamic_cast<CitizenConfirmation*>(m_serviceScreen.data()))
            screen->confirmWithCard(proof);
    });
    const auto failed = [this] {
        endCardConfirmation();
        if (auto* screen = dynamic_cast<CitizenConfirmation*>(m_serviceScreen.data()))
            screen->confirmationFailed();
    };
    connect(m_confirmationProver, &CardProver::platformRefused, this, failed);
    connect(m_confirmationProver, &CardProver::cardDidNotAnswer, this, failed);
    m_confirmationProver->prepare();
    m_pinPad->start();
    showScreen(m_pinPad);
    return true;
}

QByteArray MainWindow::confirmationChallengeForPin()
{
    return m_confirmationProver ? m_confirmationProver->challengeForPin() : QByteArray();
}

void MainWindow::confirmationCardAnswered(bool answered, const QByteArray& cryptogram)
{
    if (m_confirmationProver)
        m_confirmationProver->cardAnswered(answered, cryptogram);
}

void MainWindow::endCardConfirmation()
{
    if (m_confirmationProver) { // possibly from inside one of its signals: it goes when that returns
        m_confirmationProver->disconnect(this);
        m_confirmationProver->deleteLater();
        m_confirmationProver = nullptr;
    }
}

void MainWindow::confirmationPinChecked(bool accepted, bool blocked, int triesLeft)
{
    auto* application = dynamic_cast<CitizenConfirmation*>(m_serviceScreen.data());
    if (!accepted && !blocked && triesLeft > 0 && application)
        return m_pinPad->start(triesLeft); // a wrong PIN: again, with the tries left
    m_pinPad->start();                     // nothing of the PIN stays on the pad
    if (!application) {
        endCardConfirmation();
        return;
    }
    showScreen(m_serviceScreen);
    if (accepted && m_confirmationProver) {
        m_confirmationProver->pinAccepted(); // the card's answer to the challenge follows
        return;
    }
    endCardConfirmation();
    application->confirmationFailed();
}

void MainWindow::confirmationCardRemoved()
{
    if (!m_confirmationProver)
        return;
    endCardConfirmation();
    m_pinPad->start();
    if (m_serviceScreen)
        showScreen(m_serviceScreen);
}

} // namespace ssc
