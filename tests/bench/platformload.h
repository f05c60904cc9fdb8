#pragma once

// Load on a real ssc-platform process, shared by the platform benchmarks: starting the process, minting
// e-card codes into its database, the resolves; the keep-alive clients that send them: keepaliveclient.h.
#include "ecard/ecardservice.h"
#include "keys/keystore.h"
#include "storage/database.h"

#include "keepaliveclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <vector>

namespace platformload {

// Starts the platform and returns its port (0 when it did not start).
inline quint16 start(QProcess& platform, const QString& binary, const QStringList& arguments)
{
    platform.start(binary, arguments);
    QByteArray out;
    static const QRegularExpression listening(QStringLiteral(":(\\d+) \\("));
    while (platform.waitForReadyRead(30000)) {
        out += platform.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            return static_cast<quint16>(m.captured(1).toUInt());
    }
    return 0;
}

inline QStringList mintCodes(ssc::platform::Database& db, ssc::platform::KeyStore& keys, int count)
{
    QStringList codes;
    std::vector<qint64> cards;
    auto q = db.run(QStringLiteral("SELECT id FROM cards WHERE status = 'normal'"));
    while (q && q->next())
        cards.push_back(q->value(0).toLongLong());
    ssc::platform::ECardService service(db, keys);
    ssc::platform::Transaction transaction(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        if (auto code = service.mint(cards[static_cast<size_t>(i) % cards.size()], now))
            codes << code->text();
    transaction.commit();
    return codes;
}

// The next resolve of the demo kiosk, one code each, until the codes run out (then an empty request).
inline std::function<QByteArray()> resolving(QStringList& codes)
{
    return [&codes] {
        return codes.isEmpty() ? QByteArray()
                               : request("POST", "/api/v1/ecard/resolve", kioskCredentials,
                                         "{\"code\":\"" + codes.takeLast().toLatin1() + "\"}");
    };
}

} // namespace platformload
