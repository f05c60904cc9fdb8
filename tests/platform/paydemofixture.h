#pragma once

#include "platformfixture.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// A real ssc-paydemo process (the demo acquirer, docs/payments.md) on its own database and key, for the
// platform's payment tests: the platform is started with platformArguments() and meets it over HTTP only.
class PayDemoFixture {
public:
    PayDemoFixture();
    ~PayDemoFixture();

    // notifyDelayMs: how long the acquirer waits before a payment's first notification.
    bool start(qint64 notifyDelayMs = 0); // false with error() set
    void stop();
    bool restart(qint64 notifyDelayMs = 0); // the same database, key and port
    QString error() const { return m_error; }
    QString url() const;
    QByteArray key() const; // the merchant key (raw bytes)
    QStringList platformArguments() const;

    // The citizen confirms the order in the e-card app's cashier with the payment password (主扫).
    PlatformFixture::Response payAtCashier(const QString& qrCode,
                                           const QString& password = QStringLiteral("246810"));
    // A call signed with the merchant key, as the platform makes them (for checks the platform does not
    // show).
    PlatformFixture::Response signedCall(const QByteArray& method, const QString& path,
                                         const QByteArray& body = {});
    // The notification the acquirer sends for a paid order, signed with `key` (the merchant key by default),
    // posted to the platform at `platformPort` (for replays, forgeries and late copies).
    static PlatformFixture::Response notify(PlatformFixture& platform, const QJsonObject& body,
                                            const QByteArray& key);

private:
    PlatformFixture::Response http(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                   const PlatformFixture::Headers& headers);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
