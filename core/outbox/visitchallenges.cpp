#include "visitchallenges.h"

#include "platform/platformclient.h"

#include <QDateTime>
#include <QJsonArray>

namespace ssc {

VisitChallenges::VisitChallenges(QString directory, const QByteArray& terminalSecret)
    : m_store(std::move(directory), terminalSecret)
{}

void VisitChallenges::fetch(PlatformClient& platform, const QList<qint64>& people,
                            std::function<void(const PlatformResult&)> done, const QObject* receiver)
{
    QJsonArray ids;
    for (qint64 id : people)
        ids.append(id);
    platform.post(
        QStringLiteral("/api/v1/staff/visits/challenges"), {{QStringLiteral("people"), ids}},
        [this, done = std::move(done)](const PlatformResult& result) {
            if (result.ok())
                for (const QJsonValue& challenge : result.body.value(QStringLiteral("challenges")).toArray())
                    keep(challenge.toObject(), nullptr);
            if (done)
                done(result);
        },
        {}, receiver);
}

bool VisitChallenges::keep(const QJsonObject& challenge, QString* error)
{
    OutboxItem item{{},
                    {},
                    challenge,
                    challenge.value(QStringLiteral("challenge")).toString().toLatin1(),
                    QDateTime::currentMSecsSinceEpoch(),
                    {},
                    {},
                    {}};
    return m_store.add(item, error);
}

std::optional<QJsonObject> VisitChallenges::forPerson(qint64 personId, qint64 nowMs) const
{
    for (const OutboxItem& item : m_store.pending())
        if (item.body.value(QStringLiteral("person")).toInteger() == personId &&
            item.body.value(QStringLiteral("recordBy")).toInteger() > nowMs)
            return item.body;
    return std::nullopt;
}

void VisitChallenges::forget(const QString& challengeId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const OutboxItem& item : m_store.pending())
        if (item.body.value(QStringLiteral("challenge")).toString() == challengeId ||
            item.body.value(QStringLiteral("recordBy")).toInteger() <= now) // its visit day is over
            m_store.remove(item.id);
}

} // namespace ssc
