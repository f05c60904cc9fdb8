#include "paydemofixture.h"

#include "payments/paysignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using ssc::payments::PaySignature;

PayDemoFixture::PayDemoFixture() = default;

PayDemoFixture::~PayDemoFixture()
{
    stop();
}

bool PayDemoFixture::start(qint64 notifyDelayMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(QStringLiteral(SSC_PAYDEMO_PATH));
    m_process->setArguments({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("acquirer.db")),
                             QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("merchant.key")),
                             QStringLiteral("--port"), QString::number(m_port),
                             QStringLiteral("--notify-delay-ms"), QString::number(notifyDelayMs)});
    m_process->start();
    QElapsedTimer waited;
    waited.start();
    QByteArray out;
    static const QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    while (waited.elapsed() < 15000) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_error =
        QStringLiteral("ssc-paydemo did not start: ") + QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

void PayDemoFixture::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool PayDemoFixture::restart(qint64 notifyDelayMs)
{
    stop();
    return start(notifyDelayMs);
}

QString PayDemoFixture::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray PayDemoFixture::key() const
{
    QFile file(m_dir.filePath(QStringLiteral("merchant.key")));
    return file.open(QIODevice::ReadOnly) ? QByteArray::fromHex(file.readAll().trimmed()) : QByteArray();
}

QStringList PayDemoFixture::platformArguments() const
{
    return {QStringLiteral("--payment-url"), url(), QStringLiteral("--payment-key-file"),
            m_dir.filePath(QStringLiteral("merchant.key"))};
}

PlatformFixture::Response PayDemoFixture::http(const QByteArray& method, const QUrl& url,
                                               const QByteArray& body,
                                               const PlatformFixture::Headers& headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(PlatformFixture::defaultTimeoutMs);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    PlatformFixture::Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.raw = reply->readAll();
    response.json = QJsonDocument::fromJson(response.raw).object();
    delete reply;
    return response;
}

PlatformFixture::Response PayDemoFixture::payAtCashier(const QString& qrCode, const QString& password)
{
    const QJsonObject body{{QStringLiteral("qrCode"), qrCode}, {QStringLiteral("password"), password}};
    return http("POST", QUrl(url() + QStringLiteral("/demo/cashier/pay")),
                QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

PlatformFixture::Response PayDemoFixture::signedCall(const QByteArray& method, const QString& path,
                                                     const QByteArray& body)
{
    const auto s =
        PaySignature::sign(key(), method, path.toUtf8(), body, QDateTime::currentMSecsSinceEpoch());
    return http(method, QUrl(url() + path), body,
                {{PaySignature::timestampHeader, s.timestamp},
                 {PaySignature::nonceHeader, s.nonce},
                 {PaySignature::signatureHeader, s.signature}});
}

PlatformFixture::Response PayDemoFixture::notify(PlatformFixture& platform, const QJsonObject& body,
                                                 const QByteArray& key)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/api/v1/payments/notify");
    const auto s = PaySignature::sign(key, "POST", path.toUtf8(), bytes, QDateTime::currentMSecsSinceEpoch());
    return platform.request("POST", path, bytes,
                            {{PaySignature::timestampHeader, s.timestamp},
                             {PaySignature::nonceHeader, s.nonce},
                             {PaySignature::signatureHeader, s.signature}});
}
