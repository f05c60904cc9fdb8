#include "kannelgateway.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTest>

namespace {

const QString bearerbox = QStringLiteral("/usr/sbin/bearerbox");
const QString smsbox = QStringLiteral("/usr/sbin/smsbox");
const QString fakesmsc = QStringLiteral("/usr/lib/kannel/test/fakesmsc");
const QString password = QStringLiteral("kannel-test-password");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

KannelGateway::KannelGateway(QString folder) : m_folder(std::move(folder)) {}

KannelGateway::~KannelGateway()
{
    stop();
}

bool KannelGateway::writeConfiguration()
{
    if (m_adminPort == 0) {
        m_adminPort = freePort();
        m_boxPort = freePort();
        m_smscPort = freePort();
        m_sendPort = freePort();
    }
    QFile conf(QDir(m_folder).filePath(QStringLiteral("kannel.conf")));
    QFile secret(QDir(m_folder).filePath(QStringLiteral("sendsms-password")));
    if (!conf.open(QIODevice::WriteOnly) || !secret.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write kannel.conf in %1").arg(m_folder);
        return false;
    }
    secret.write(password.toUtf8());
    // The fake SMS centre acknowledges every text at once, so bearerbox reports both "accepted by the SMS
    // centre" (8) and "delivered" (1) to the dlr-url.
    conf.write(QStringLiteral("group = core\n"
                              "admin-port = %1\nadmin-password = test-admin\nadmin-interface = 127.0.0.1\n"
                              "smsbox-port = %2\nbox-allow-ip = 127.0.0.1\nlog-level = 0\n"
                              "dlr-storage = internal\n\n"
                              "group = smsc\nsmsc = fake\nsmsc-id = fake\nhost = 127.0.0.1\nport = %3\n"
                              "connect-allow-ip = 127.0.0.1\n\n"
                              "group = smsbox\nbearerbox-host = 127.0.0.1\nbearerbox-port = %2\n"
                              "sendsms-port = %4\nsendsms-interface = 127.0.0.1\nlog-level = 0\n\n"
                              "group = sendsms-user\nusername = ssc\npassword = %5\n")
                   .arg(m_adminPort)
                   .arg(m_boxPort)
                   .arg(m_smscPort)
                   .arg(m_sendPort)
                   .arg(password)
                   .toUtf8());
    return true;
}

std::unique_ptr<QProcess> KannelGateway::launch(const QString& program, const QStringList& arguments,
                                                const QString& log)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(QDir(m_folder).filePath(log), QIODevice::Append);
    process->start(program, arguments);
    if (!process->waitForStarted(5000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, process->errorString());
        return nullptr;
    }
    return process;
}

bool KannelGateway::waitForLog(const QString& log, const QString& needle, int timeoutMs)
{
    QFile file(QDir(m_folder).filePath(log));
    const bool seen = QTest::qWaitFor(
        [&] {
            if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
                return false;
            file.seek(0);
            return file.readAll().count(needle.toUtf8()) > 0;
        },
        timeoutMs);
    if (!seen)
        m_error = QStringLiteral("Kannel: no \"%1\" in %2 after %3 ms").arg(needle, log).arg(timeoutMs);
    return seen;
}

bool KannelGateway::start()
{
    stop();
    if (!writeConfiguration())
        return false;
    const QString conf = QDir(m_folder).filePath(QStringLiteral("kannel.conf"));
    // Each start's logs on their own, so the waits below see this start's lines only.
    for (const char* log : {"bearerbox.log", "smsbox.log"})
        QFile::remove(QDir(m_folder).filePath(QLatin1String(log)));
    m_bearerbox =
        launch(bearerbox, {QStringLiteral("-v"), QStringLiteral("1"), conf}, QStringLiteral("bearerbox.log"));
    if (!m_bearerbox ||
        !waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("entering mainloop"), 15000))
        return false;
    // -m 0: fakesmsc sends nothing itself; it only prints what the SMS centre hands it.
    m_fakesmsc = launch(fakesmsc,
                        {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"),
                         QString::number(m_smscPort), QStringLiteral("-m"), QStringLiteral("0"),
                         QStringLiteral("0 0 text unused")},
                        QStringLiteral("fakesmsc.log"));
    m_smsbox =
        launch(smsbox, {QStringLiteral("-v"), QStringLiteral("1"), conf}, QStringLiteral("smsbox.log"));
    return m_fakesmsc && m_smsbox &&
           waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("Fakesmsc client connected"), 15000) &&
           waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("Client connected from"), 15000) &&
           waitForLog(QStringLiteral("smsbox.log"), QStringLiteral("Connected to bearerbox"), 15000);
}

void KannelGateway::stop()
{
    for (auto* process : {&m_smsbox, &m_fakesmsc, &m_bearerbox})
        if (*process) {
            (*process)->kill();
            (*process)->waitForFinished(5000);
            process->reset();
        }
}

QStringList KannelGateway::platformArguments() const
{
    return {QStringLiteral("--sms-gateway"),
            QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(m_sendPort),
            QStringLiteral("--sms-user"),
            QStringLiteral("ssc"),
            QStringLiteral("--sms-password-file"),
            QDir(m_folder).filePath(QStringLiteral("sendsms-password"))};
}

void KannelGateway::readFakeSmsc()
{
    QFile file(QDir(m_folder).filePath(QStringLiteral("fakesmsc.log")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    // "Got message 1: <12333 13812345678 ucs-2 O%60Y%7D…>": sender, receiver, coding, URL-encoded bytes.
    static const QRegularExpression line(QStringLiteral("Got message \\d+: <(\\S+) (\\S+) (\\S+) (.*)>$"),
                                         QRegularExpression::MultilineOption);
    m_received.clear();
    const QString log = QString::fromUtf8(file.readAll());
    for (auto it = line.globalMatch(log); it.hasNext();) {
        const auto match = it.next();
        // Kannel's URL encoding writes the byte 0x20 as '+' (the high byte of “ and ”, U+201C and U+201D).
        const QByteArray bytes =
            QByteArray::fromPercentEncoding(match.captured(4).toLatin1().replace('+', "%20"));
        QString body;
        if (match.captured(3) == u"ucs-2") {
            QStringDecoder utf16(QStringDecoder::Utf16BE);
            body = utf16(bytes);
        } else {
            body = QString::fromUtf8(bytes);
        }
        m_received.append({match.captured(1), match.captured(2), body});
    }
}

QList<KannelGateway::Text> KannelGateway::received()
{
    readFakeSmsc();
    return m_received;
}

bool KannelGateway::waitForTexts(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return received().size() >= count; }, timeoutMs);
}
