#include "cardprover.h"

#include "logging/logging.h"

namespace ssc {

CardProver::CardProver(PlatformClient& platform, QString cardIdentifier, QObject* parent)
    : QObject(parent), m_platform(platform), m_cardIdentifier(std::move(cardIdentifier))
{}

void CardProver::prepare()
{
    if (!m_fetching && !fresh())
        fetch();
}

bool CardProver::fresh() const
{
    return !m_challenge.isEmpty() && m_received.isValid() && m_received.elapsed() < freshForMs;
}

void CardProver::fetch()
{
    m_fetching = true;
    m_platform.post(
        QStringLiteral("/api/v1/card/challenges"), {},
        [this](const PlatformResult& result) {
            m_fetching = false;
            const QByteArray challenge =
                QByteArray::fromHex(result.body.value(QStringLiteral("challenge")).toString().toLatin1());
            const QString id = result.body.value(QStringLiteral("challengeId")).toString();
            if (!result.ok() || challenge.size() != 16 || id.isEmpty()) {
                qCInfo(lcApp) << "no card challenge:" << result.errorCode;
                if (m_pinAccepted)
                    emit platformRefused(result);
                return;
            }
            m_challengeId = id;
            m_challenge = challenge;
            m_received.start();
            if (m_pinAccepted && !m_withCard)
                giveToCard();
        },
        {}, this);
}

QByteArray CardProver::challengeForPin()
{
    if (!fresh() || m_withCard)
        return {};
    m_withCard = true;
    return m_challenge;
}

void CardProver::giveToCard()
{
    m_withCard = true;
    emit challengeForCard(m_challenge);
}

void CardProver::pinAccepted()
{
    m_pinAccepted = true;
    if (!m_cryptogram.isEmpty())
        return finish();
    if (m_withCard)
        return; // the card's answer comes right behind the PIN's
    if (fresh())
        giveToCard();
    else if (!m_fetching)
        fetch();
}

void CardProver::cardAnswered(bool answered, const QByteArray& cryptogram)
{
    if (!m_withCard)
        return;
    m_withCard = false;
    if (!answered) {
        // Before the PIN was accepted this is a wrong PIN's doing: the next PIN takes the challenge again.
        if (m_pinAccepted)
            emit cardDidNotAnswer();
        return;
    }
    m_cryptogram = cryptogram;
    if (m_pinAccepted)
        finish();
}

void CardProver::finish()
{
    emit proven({{QStringLiteral("cardIdentifier"), m_cardIdentifier},
                 {QStringLiteral("challengeId"), m_challengeId},
                 {QStringLiteral("cryptogram"), QString::fromLatin1(m_cryptogram.toHex())}});
}

} // namespace ssc
