#pragma once

#include "outbox.h"
#include "platform/platformresult.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

class QObject;

namespace ssc {

class PlatformClient;

// 上门服务 without a network: certification by face answers a challenge the platform issued, so a field
// laptop fetches one for each person on its visit list while it is online (POST
// /api/v1/staff/visits/challenges) and keeps them here until the visit: encrypted and durable like the outbox
// (they are stored as the outbox stores its items, in a folder of their own). A challenge is forgotten once
// an attempt answering it is in the outbox, or when its visit day is over.
class VisitChallenges {
public:
    VisitChallenges(QString directory, const QByteArray& terminalSecret);

    // Asks the platform for one challenge per person and keeps them; `done` gets the platform's answer.
    void fetch(PlatformClient& platform, const QList<qint64>& people,
               std::function<void(const PlatformResult&)> done, const QObject* receiver = nullptr);
    bool keep(const QJsonObject& challenge, QString* error); // one of the answer's "challenges"
    // The oldest challenge kept for the person that can still be recorded (nullopt: none).
    std::optional<QJsonObject> forPerson(qint64 personId, qint64 nowMs) const;
    // An attempt answering it is kept in the outbox: it is not offered again.
    void forget(const QString& challengeId);
    int count() const { return m_store.count(); }

private:
    Outbox m_store;
};

} // namespace ssc
