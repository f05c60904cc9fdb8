#pragma once

#include "platform/platformclient.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace ssc {

// Scan-to-log-in (扫码登录): while the start screen is shown the terminal displays a login code from the
// platform; the citizen's app confirms it; the terminal polls and learns of the confirmation within a poll
// interval (500 ms). The code is replaced before it expires, and after any failure, so the screen never shows
// a dead code.
class LoginCodeFlow : public QObject {
    Q_OBJECT
public:
    explicit LoginCodeFlow(PlatformClient& platform, QObject* parent = nullptr);

    void start(); // asks for a code and keeps it fresh
    void stop();  // stops polling; the shown code is dropped
    bool running() const { return m_running; }
    QString currentId() const { return m_id; }
    QString currentQrText() const { return m_qrText; }

    static constexpr qint64 refreshBeforeExpiryMs = 15000;

signals:
    void codeChanged(const QString& qrText);   // empty: no code to show (platform unreachable, stopped)
    void confirmed(const QJsonObject& answer); // the platform's session answer, as for a resolve

private:
    void requestCode();
    void poll();
    void setCode(const QString& id, const QString& qrText, qint64 expiresAt);

    PlatformClient& m_platform;
    QTimer m_pollTimer;
    bool m_running = false;
    bool m_busy = false;
    QString m_id;
    QString m_qrText;
    qint64 m_expiresAt = 0;
};

} // namespace ssc
