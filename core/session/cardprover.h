#pragma once

#include "platform/platformclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

namespace ssc {

// A card in the reader proving itself to the platform (docs/security.md, "The card"), for a login or for a
// citizen's consent. The platform's challenge is fetched as soon as the card is in, so it is ready when the
// citizen finishes the PIN; it goes to the card together with the PIN, and the card answers it right after it
// accepts the PIN (it answers nothing before). The answer becomes the proof the platform checks:
// {"cardIdentifier", "challengeId", "cryptogram"}. The PIN itself never passes through here.
class CardProver : public QObject {
    Q_OBJECT
public:
    // A challenge lives 60 s on the platform; one older than this is not given to a card any more.
    static constexpr qint64 freshForMs = 45'000;

    CardProver(PlatformClient& platform, QString cardIdentifier, QObject* parent = nullptr);

    // Fetches a challenge now (when the card goes in).
    void prepare();
    // The challenge to send to the card with the PIN, when a fresh one is here (the card answers it right
    // after the PIN); empty when none is: then it is fetched once the card has accepted the PIN.
    QByteArray challengeForPin();
    // The card accepted the PIN.
    void pinAccepted();
    // The card's answer to the challenge given to it, or that it gave none (a wrong PIN, a card gone).
    void cardAnswered(bool answered, const QByteArray& cryptogram);

signals:
    void challengeForCard(const QByteArray& challenge); // give this to the card now
    void proven(const QJsonObject& proof);
    void platformRefused(const ssc::PlatformResult& result); // no challenge could be had
    void cardDidNotAnswer(); // the card accepted its PIN but not the challenge

private:
    void fetch();
    bool fresh() const;
    void giveToCard();
    void finish();

    PlatformClient& m_platform;
    QString m_cardIdentifier;
    QString m_challengeId;
    QByteArray m_challenge;
    QElapsedTimer m_received;
    QByteArray m_cryptogram;
    bool m_fetching = false;
    bool m_withCard = false; // the card holds the challenge and has not answered yet
    bool m_pinAccepted = false;
};

} // namespace ssc
