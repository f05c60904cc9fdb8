#pragma once
// A haproxy in front of several ssc-platform instances on loopback, as docs/operations.md ("Several
// instances") configures one: TCP, round robin, health checks on GET /api/v1/health/ready over TLS, and a
// stats socket the tests read the balancer's view of each instance from (tst_scaleout,
// tst_provincefailover).
#include "platformfixture.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class HaproxyBalancer {
public:
    ~HaproxyBalancer() { stop(); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    quint16 port() const { return m_port; }

    // Starts haproxy before the instances on these ports ("i1", "i2"… in this order); true once every one
    // has passed its health checks.
    bool start(const QList<quint16>& instances)
    {
        m_port = freePort();
        QString config =
            QStringLiteral("global\n"
                           "    maxconn 4096\n"
                           "    stats socket %1 mode 600 level admin\n"
                           "defaults\n"
                           "    mode tcp\n"
                           "    timeout connect 2s\n"
                           "    timeout client 60s\n"
                           "    timeout server 60s\n"
                           "    retries 3\n"
                           "    option redispatch\n"
                           "frontend terminals\n"
                           "    bind 127.0.0.1:%2\n"
                           "    default_backend instances\n"
                           "backend instances\n"
                           "    balance roundrobin\n"
                           "    option httpchk GET /api/v1/health/ready\n"
                           "    http-check expect status 200\n"
                           "    default-server check check-ssl verify none inter 300 fall 2 rise 2\n")
                .arg(statsSocket())
                .arg(m_port);
        for (qsizetype i = 0; i < instances.size(); ++i)
            config += QStringLiteral("    server i%1 127.0.0.1:%2\n").arg(i + 1).arg(instances[i]);
        QFile file(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        const QString binary =
            QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin")});
        if (binary.isEmpty())
            return false; // tools/packages.txt lists haproxy: a missing one fails the test
        m_haproxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_haproxy.start(binary, {QStringLiteral("-f"), file.fileName(), QStringLiteral("-db")});
        return waitFor([&](const QHash<QString, QString>& states) {
            return states.size() == instances.size() &&
                   states.values().count(QStringLiteral("UP")) == instances.size();
        });
    }

    void stop()
    {
        if (m_haproxy.state() == QProcess::NotRunning)
            return;
        m_haproxy.terminate();
        m_haproxy.waitForFinished(5000);
    }

    // The balancer's view of each instance ("UP", "DOWN", "DOWN 1/2"…), from its stats socket.
    QHash<QString, QString> states()
    {
        QLocalSocket socket;
        socket.connectToServer(statsSocket());
        if (!socket.waitForConnected(2000))
            return {};
        socket.write("show stat\n");
        QByteArray csv;
        while (socket.waitForReadyRead(2000))
            csv += socket.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        const QList<QByteArray> header = lines.value(0).mid(2).split(',');
        const qsizetype status = header.indexOf("status");
        QHash<QString, QString> states;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.value(0) == "instances" && fields.value(1).startsWith("i"))
                states.insert(QString::fromLatin1(fields[1]), QString::fromLatin1(fields.value(status)));
        }
        return states;
    }

    // Whether the balancer's view came to satisfy `wanted` within ten seconds.
    template <typename Wanted> bool waitFor(Wanted wanted)
    {
        for (int i = 0; i < 100; ++i) {
            if (wanted(states()))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private:
    QString statsSocket() const { return m_dir.filePath(QStringLiteral("haproxy.sock")); }

    QTemporaryDir m_dir;
    QProcess m_haproxy;
    quint16 m_port = 0;
};

// Starts `first` with TLS, then the others sharing its folder, keys, TLS identity and database URL, then the
// balancer in front of them all. Empty when every one is up and ready, otherwise what failed.
inline QString startBehindBalancer(PlatformFixture& first, const QList<PlatformFixture*>& others,
                                   HaproxyBalancer& balancer)
{
    // One demo terminal plays every kiosk, a few demo people visit again and again, and every connection
    // comes from the balancer: the rates and the per-peer connection cap are lifted.
    const QStringList limits{QStringLiteral("--terminal-rate"),   QStringLiteral("100000,100000"),
                             QStringLiteral("--account-rate"),    QStringLiteral("100000,100000"),
                             QStringLiteral("--max-connections"), QStringLiteral("2048,2048")};
    first.setExtraArguments(limits);
    if (!first.startTls())
        return first.error();
    QList<quint16> ports{first.port()};
    for (PlatformFixture* instance : others) {
        instance->shareWith(first);
        instance->setExtraArguments(limits);
        if (!instance->start())
            return instance->error();
        if (instance->pin() != first.pin())
            return QStringLiteral("an instance has another TLS identity");
        ports << instance->port();
    }
    if (!balancer.start(ports))
        return QStringLiteral("haproxy did not start or did not see every instance ready");
    return {};
}
