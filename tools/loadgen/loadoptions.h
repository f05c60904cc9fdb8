#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace ssc::loadgen {

// What a load run is told (docs/performance.md, "Load of terminals"). A run is bounded in time and in count:
// both always apply, so a mistyped option cannot leave a generator hammering a platform.
struct LoadOptions {
    QUrl url;                    // https://127.0.0.1:<port>, loopback only
    QByteArray pin;              // the platform certificate's SHA-256 (the demo's pinned certificate)
    int terminals = 10;          // simulated terminals, each with its own client and connection
    int seconds = 10;            // no call starts after this
    qint64 maxRequests = 100000; // no call starts once this many requests were sent
    int thinkMs =
        0; // mean pause between one step of a visit and the next (a citizen reading), 0.5 to 1.5 times it
    int cardPercent = 30;   // logins by card and the platform's challenge; the rest by e-card code
    int printPercent = 40;  // visits that print a rights record
    int formPercent = 25;   // visits that file a form (a labour dispute: several may stand at once)
    int certifyPercent = 5; // visits that certify a pension by face, when the person draws one
    int timeoutMs = 60000;  // per attempt: a recording is analysed on the platform's worker pool
    QString terminalId = QStringLiteral("demo-kiosk");
    QString terminalSecret = QStringLiteral("demo-kiosk-demo-secret");
    quint32 seed = 1;
    QString jsonReport; // also write the report as JSON to this file
};

// The options from the command line (without the program name), or why they are refused.
std::variant<LoadOptions, QString> parseLoadOptions(const QStringList& arguments);

// A load generator aims only at this computer: a platform elsewhere is someone's service, not a test bed.
bool isLoopbackHost(const QString& host);

QString loadUsage();

} // namespace ssc::loadgen
