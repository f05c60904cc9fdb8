#include "cardloss.h"

#include <QUuid>

namespace ssc {

std::optional<CardLossReceipt> CardLossReceipt::fromPlatform(const QJsonObject& answer)
{
    const QJsonObject card = answer.value(QStringLiteral("card")).toObject();
    const auto status = cardStatusFromKey(card.value(QStringLiteral("status")).toString());
    CardLossReceipt receipt{answer.value(QStringLiteral("receipt")).toString(),
                            answer.value(QStringLiteral("createdAt")).toInteger(),
                            answer.value(QStringLiteral("replayed")).toBool(),
                            card.value(QStringLiteral("cardIdentifier")).toString(),
                            status.value_or(CardStatus::Normal)};
    if (receipt.receipt.isEmpty() || receipt.cardIdentifier.isEmpty() || !status)
        return std::nullopt;
    return receipt;
}

QByteArray CardLoss::newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

namespace {

void post(PlatformClient& platform, const QString& path, const QJsonObject& body, const QByteArray& key,
          CardLoss::Done done, const QObject* receiver)
{
    platform.post(
        path, body,
        [done = std::move(done)](const PlatformResult& result) {
            done(result, result.ok() ? CardLossReceipt::fromPlatform(result.body) : std::nullopt);
        },
        key, receiver);
}

} // namespace

void CardLoss::reportLost(PlatformClient& platform, const QString& cardIdentifier, const QByteArray& key,
                          Done done, const QObject* receiver)
{
    post(platform, QStringLiteral("/api/v1/me/cards/lost"),
         {{QStringLiteral("cardIdentifier"), cardIdentifier}}, key, std::move(done), receiver);
}

void CardLoss::cancelReport(PlatformClient& platform, const QJsonObject& proof, const QByteArray& key,
                            Done done, const QObject* receiver)
{
    post(platform, QStringLiteral("/api/v1/card/found"), proof, key, std::move(done), receiver);
}

} // namespace ssc
