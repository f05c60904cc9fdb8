#include "cardreplacement.h"

#include <QJsonArray>

namespace ssc {
namespace {

const QString base = QStringLiteral("/api/v1/me/card-replacements");

// The answer parsed for the caller.
PlatformClient::Callback parsed(CardReplacement::Done done)
{
    return [done = std::move(done)](const PlatformResult& result) {
        done(result, result.ok() ? CardReplacementState::fromPlatform(result.body) : std::nullopt);
    };
}

} // namespace

std::optional<CardReplacementState> CardReplacementState::fromPlatform(const QJsonObject& answer)
{
    CardReplacementState s{
        answer.value(QStringLiteral("receipt")).toString(),
        answer.value(QStringLiteral("reason")).toString(),
        answer.value(QStringLiteral("feeFen")).toInt(-1),
        answer.value(QStringLiteral("status")).toString(),
        answer.value(QStringLiteral("replayed")).toBool(),
        answer.value(QStringLiteral("oldCard")).toObject().value(QStringLiteral("cardIdentifier")).toString(),
        answer.value(QStringLiteral("newCard"))
            .toObject()
            .value(QStringLiteral("cardIdentifier"))
            .toString()};
    if (s.receipt.isEmpty() || s.status.isEmpty() || s.feeFen < 0 || !replacementReasonFromKey(s.reason))
        return std::nullopt;
    return s;
}

void CardReplacement::apply(PlatformClient& platform, const QString& cardIdentifier, ReplacementReason reason,
                            const QByteArray& key, Done done, const QObject* receiver)
{
    platform.post(base,
                  {{QStringLiteral("cardIdentifier"), cardIdentifier},
                   {QStringLiteral("reason"), replacementReasonKey(reason)}},
                  parsed(std::move(done)), key, receiver);
}

void CardReplacement::findUnderWay(PlatformClient& platform, Done done, const QObject* receiver)
{
    platform.get(
        QStringLiteral("/api/v1/me/applications"),
        [&platform, done = std::move(done), receiver](const PlatformResult& result) {
            if (!result.ok())
                return done(result, std::nullopt);
            for (const QJsonValue& v : result.body.value(QStringLiteral("applications")).toArray()) {
                const QJsonObject a = v.toObject();
                if (a.value(QStringLiteral("kind")).toString() != u"card-replacement" ||
                    a.value(QStringLiteral("status")).toString() == u"collected")
                    continue;
                const QString receipt = a.value(QStringLiteral("receipt")).toString();
                return platform.get(base + u'/' + receipt, parsed(done), receiver);
            }
            done(result, std::nullopt);
        },
        receiver);
}

void CardReplacement::issue(PlatformClient& platform, const QString& receipt,
                            std::function<void(const PlatformResult&)> done, const QObject* receiver)
{
    platform.post(base + u'/' + receipt + QStringLiteral("/issue"), {}, std::move(done), {}, receiver);
}

void CardReplacement::activate(PlatformClient& platform, const QString& receipt, const QJsonObject& proof,
                               Done done, const QObject* receiver)
{
    platform.post(base + u'/' + receipt + QStringLiteral("/activate"), proof, parsed(std::move(done)), {},
                  receiver);
}

std::optional<CardEncoder::Order> CardReplacement::orderFromPlatform(const QJsonObject& answer,
                                                                     const QString& pin)
{
    const QJsonObject card = answer.value(QStringLiteral("card")).toObject();
    const QJsonObject holder = answer.value(QStringLiteral("holder")).toObject();
    const QJsonObject keys = answer.value(QStringLiteral("keys")).toObject();
    auto field = [](const QJsonObject& o, const char* name) {
        return o.value(QLatin1String(name)).toString();
    };
    auto date = [&](const QJsonObject& o, const char* name) {
        return QDate::fromString(field(o, name), Qt::ISODate);
    };
    CardEncoder::Order order;
    order.cardIdentifier = field(card, "cardIdentifier");
    order.cardNumber = field(card, "cardNumber");
    order.specVersion = field(card, "specVersion");
    order.issued = date(card, "issued");
    order.expires = date(card, "expires");
    order.ssn = field(holder, "ssn");
    order.name = field(holder, "name");
    order.sex = field(holder, "sex");
    order.birthDate = date(holder, "birthDate");
    order.cardKey = QByteArray::fromHex(field(keys, "cardKey").toLatin1());
    order.unblockKey = QByteArray::fromHex(field(keys, "unblockKey").toLatin1());
    order.initialPin = pin;
    if (order.cardIdentifier.isEmpty() || order.cardNumber.isEmpty() || order.specVersion.isEmpty() ||
        !order.issued.isValid() || !order.expires.isValid() || order.ssn.isEmpty() || order.name.isEmpty() ||
        order.cardKey.size() != 16 || order.unblockKey.size() != 16)
        return std::nullopt;
    return order;
}

} // namespace ssc
