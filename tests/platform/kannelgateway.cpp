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

bool KannelGateway::writeConfiguration(bool freshInternalPorts)
{
    // The send-sms port is the platform's, so it stays; the ports only Kannel's own boxes use may change.
    if (m_sendPort == 0)
        m_sendPort = freePort();
    if (m_adminPort == 0 || freshInternalPorts) {
        m_adminPort = freePort();
        m_boxPort = freePort();
        m_smscPort = freePort();
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

bool KannelGateway::waitForLog(const QString& log, const QString& needle, int timeoutMs,
                               const QProcess* source)
{
    QFile file(QDir(m_folder).filePath(log));
    bool seen = false;
    (void)QTest::qWaitFor( // `seen` says which way it ended
        [&] {
            if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
                return false;
            file.seek(0);
            seen = file.readAll().count(needle.toUtf8()) > 0;
            // A box that has exited will never write the line: stop waiting for it.
            return seen || (source && source->state() == QProcess::NotRunning);
        },
        timeoutMs);
    if (!seen)
        m_error =
            QStringLiteral("Kannel: no \"%1\" in %2 after %3 ms%4; the log ends: %5")
                .arg(needle, log)
                .arg(timeoutMs)
                .arg(source && source->state() == QProcess::NotRunning ? QStringLiteral(" (the box exited)")
                                                                       : QString())
                .arg(logTail(log));
    return seen;
}

QString KannelGateway::logTail(const QString& log) const
{
    QFile file(QDir(m_folder).filePath(log));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    const QList<QByteArray> lines = file.readAll().split('\n');
    QStringList tail;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - 12); i < lines.size(); ++i)
        if (!lines[i].contains("PANIC: /")) // the backtrace says nothing about why
            tail.append(QString::fromUtf8(lines[i]));
    return tail.join(u'\n');
}

bool KannelGateway::startBearerbox(const QString& conf)
{
    // Another test's connection may hold one of the ports picked earlier (bearerbox then panics at once
    // with "Could not open" the port): up to four tries, each with new internal ports. A try that hangs is
    // ended after its wait, its log tail warned.
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (!writeConfiguration(attempt > 0))
            return false;
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("bearerbox.log")));
        m_bearerbox = launch(bearerbox, {QStringLiteral("-v"), QStringLiteral("1"), conf},
                             QStringLiteral("bearerbox.log"));
        if (!m_bearerbox)
            return false;
        if (waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("entering mainloop"), 15000,
                       m_bearerbox.get()))
            return true;
        // Exited (a port taken) or stuck: the log says which; killed and tried again on new ports.
        qWarning("%s", qPrintable(m_error));
        m_bearerbox->kill();
        m_bearerbox->waitForFinished(5000);
    }
    return false;
}

bool KannelGateway::startSmsbox(const QString& conf)
{
    // The send-sms port is fixed (the platform knows it); if something holds it for a moment, wait and
    // try again rather than fail the test on a port collision.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("smsbox.log")));
        m_smsbox =
            launch(smsbox, {QStringLiteral("-v"), QStringLiteral("1"), conf}, QStringLiteral("smsbox.log"));
        if (!m_smsbox)
            return false;
        if (waitForLog(QStringLiteral("smsbox.log"), QStringLiteral("Connected to bearerbox"), 15000,
                       m_smsbox.get()))
            return true;
        if (m_smsbox->state() != QProcess::NotRunning)
            return false;
        qWarning("%s", qPrintable(m_error));
        QTest::qWait(1000);
    }
    return false;
}

bool KannelGateway::start()
{
    stop();
    // Each start's logs on their own (the start functions remove them), so the waits see this start's lines.
    const QString conf = QDir(m_folder).filePath(QStringLiteral("kannel.conf"));
    if (!startBearerbox(conf))
        return false;
    // -m 0: fakesmsc sends nothing itself; it only prints what the SMS centre hands it.
    m_fakesmsc = launch(fakesmsc,
                        {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"),
                         QString::number(m_smscPort), QStringLiteral("-m"), QStringLiteral("0"),
                         QStringLiteral("0 0 text unused")},
                        QStringLiteral("fakesmsc.log"));
    return m_fakesmsc && startSmsbox(conf) &&
           waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("Fakesmsc client connected"), 15000,
                      m_fakesmsc.get()) &&
           waitForLog(QStringLiteral("bearerbox.log"), QStringLiteral("Client connected from"), 15000);
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
