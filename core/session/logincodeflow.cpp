#include "logincodeflow.h"

#include "logging/logging.h"

#include <QDateTime>

namespace ssc {

LoginCodeFlow::LoginCodeFlow(PlatformClient& platform, QObject* parent)
    : QObject(parent), m_platform(platform)
{
    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &LoginCodeFlow::poll);
}

void LoginCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    requestCode();
    m_pollTimer.start();
}

void LoginCodeFlow::stop()
{
    m_running = false;
    m_pollTimer.stop();
    setCode({}, {}, 0);
}

void LoginCodeFlow::setCode(const QString& id, const QString& qrText, qint64 expiresAt)
{
    m_id = id;
    m_expiresAt = expiresAt;
    if (m_qrText != qrText) {
        m_qrText = qrText;
        emit codeChanged(qrText);
    }
}

void LoginCodeFlow::requestCode()
{
    if (m_busy || !m_running)
        return;
    m_busy = true;
    m_platform.post(
        QStringLiteral("/api/v1/login-codes"), {},
        [this](const PlatformResult& result) {
            m_busy = false;
            if (!m_running)
                return;
            if (!result.ok()) {
                setCode({}, {}, 0); // try again on the next tick
                return;
            }
            setCode(result.body.value(QStringLiteral("id")).toString(),
                    result.body.value(QStringLiteral("qrText")).toString(),
                    result.body.value(QStringLiteral("expiresAt")).toInteger());
            if (const int every = result.body.value(QStringLiteral("pollAfterMs")).toInt(); every >= 100)
                m_pollTimer.setInterval(every);
        },
        {}, this);
}

void LoginCodeFlow::poll()
{
    if (!m_running || m_busy)
        return;
    if (m_id.isEmpty() || QDateTime::currentMSecsSinceEpoch() > m_expiresAt - refreshBeforeExpiryMs) {
        requestCode();
        return;
    }
    m_busy = true;
    m_platform.get(
        QStringLiteral("/api/v1/login-codes/") + m_id,
        [this](const PlatformResult& result) {
            m_busy = false;
            if (!m_running)
                return;
            if (result.ok() && result.body.value(QStringLiteral("state")).toString() == u"confirmed") {
                qCInfo(lcApp) << "login code confirmed";
                const QJsonObject answer = result.body;
                stop();
                emit confirmed(answer);
            } else if (!result.ok()) {
                setCode({}, {}, 0); // expired, consumed or unknown: a new one on the next tick
            }
        },
        this);
}

} // namespace ssc
