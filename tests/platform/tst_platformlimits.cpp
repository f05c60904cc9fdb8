// The platform's limits (docs/security.md, "Limits"), each finding of issue 16 reproduced against a real
// ssc-platform and shown closed: body allowances decided by the matched route, no large body before the
// terminal's credentials, memory bounded under oversized uploads, header/body/idle timeouts, connection caps,
// 429 per terminal and per account, and plain HTTP refused on an address other computers reach.
#include "platformfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// The platform process's resident memory, from /proc (kB).
qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// One client uploading a body of `size` bytes after `head`, a chunk at a time (so this process does not hold
// the whole body per connection), until the platform answers or closes.
class Upload : public QObject {
public:
    Upload(quint16 port, QByteArray head, qint64 size) : m_head(std::move(head)), m_left(size)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.write(m_head);
            feed();
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, &Upload::feed);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_answer += m_socket.readAll(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_done = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_done = true; });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    bool done() const { return m_done; }
    QByteArray answer() const { return m_answer; }

private:
    void feed()
    {
        static const QByteArray chunk(256 * 1024, 'x');
        if (m_left <= 0 || m_socket.bytesToWrite() > 0)
            return;
        const qint64 n = std::min<qint64>(m_left, chunk.size());
        m_socket.write(chunk.constData(), n);
        m_left -= n;
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    qint64 m_left;
    QByteArray m_answer;
    bool m_done = false;
};

} // namespace

class TestPlatformLimits : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    const QByteArray kioskCredentials =
        "Authorization: Bearer demo-kiosk:demo-kiosk-demo-secret\r\nX-SSC-Terminal-Mode: kiosk\r\n";

    // The peak resident memory of the platform while these uploads run, in kB above its idle figure.
    qint64 peakGrowthKb(std::vector<std::unique_ptr<Upload>>& uploads)
    {
        const qint64 idle = residentKb(platform.processId());
        qint64 peak = idle;
        QElapsedTimer timer;
        timer.start();
        const auto allDone = [&] {
            for (const auto& u : uploads)
                if (!u->done())
                    return false;
            return true;
        };
        while (!allDone() && timer.elapsed() < 120000) {
            QTest::qWait(50);
            peak = std::max(peak, residentKb(platform.processId()));
        }
        [&] { QVERIFY2(allDone(), "the uploads were not closed"); }();
        return peak - idle;
    }

    static QByteArray post(const QByteArray& path, qint64 length, const QByteArray& extraHeaders = {})
    {
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + extraHeaders +
               "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    // Before: any path ending in /pension-certification/attempts got the 14 MiB allowance.
    void theAllowanceIsTheMatchedRoutes_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("no such route, upload-like tail") << QByteArray("/x/pension-certification/attempts");
        QTest::newRow("a query cannot make it one")
            << QByteArray("/api/v1/ecard/resolve?/pension-certification/attempts");
        QTest::newRow("a small route") << QByteArray("/api/v1/ecard/resolve");
        QTest::newRow("an upload path with another method's tail") << QByteArray("/api/v1/me/evidence/x");
    }

    void theAllowanceIsTheMatchedRoutes()
    {
        QFETCH(QByteArray, path);
        // Even a registered terminal's request gets no more than the route it matches allows.
        const QByteArray answer = platform.raw(post(path, 1024 * 1024, kioskCredentials));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("request_too_large"));
    }

    // Before: the body was buffered before the terminal was authenticated.
    void aLargeBodyWaitsForTheTerminalsCredentials()
    {
        const QByteArray path = "/api/v1/me/pension-certification/attempts";
        QByteArray answer = platform.raw(post(path, 2 * 1024 * 1024));
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        QVERIFY(answer.contains("terminal_unauthenticated"));
        answer =
            platform.raw(post(path, 2 * 1024 * 1024,
                              "Authorization: Bearer demo-kiosk:wrong\r\nX-SSC-Terminal-Mode: kiosk\r\n"));
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        // Within the unauthenticated allowance the body is read and the route answers as before.
        answer = platform.raw(post(path, 2) + "{}");
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        // With the credentials the large body is let through to the route (which wants a citizen session).
        const QByteArray body = "{\"pad\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        answer = platform.raw(post(path, body.size(), kioskCredentials) + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
        QVERIFY2(answer.contains("citizen_session_missing"), answer.constData());
    }

    // Before: 20 unauthenticated connections took the service from 181 MB to 688 MB, 60 to 1.7 GB.
    void sixtyOversizedUploadsLeaveMemoryBounded_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("refusal");
        QTest::newRow("a wrong path")
            << QByteArray("/api/v1/nothing/pension-certification/attempts") << QByteArray("HTTP/1.1 413");
        QTest::newRow("the upload path, no credentials")
            << QByteArray("/api/v1/me/pension-certification/attempts") << QByteArray("HTTP/1.1 401");
    }

    void sixtyOversizedUploadsLeaveMemoryBounded()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, refusal);
        std::vector<std::unique_ptr<Upload>> uploads;
        const qint64 size = 13 * 1000 * 1000;
        for (int i = 0; i < 60; ++i)
            uploads.push_back(std::make_unique<Upload>(platform.port(), post(path, size), size));
        const qint64 growthKb = peakGrowthKb(uploads);
        qInfo("60 uploads of 13 MB to %s: the platform grew by %lld kB at most", path.constData(), growthKb);
        QVERIFY2(growthKb < 50 * 1024, qPrintable(QString::number(growthKb)));
        for (const auto& u : uploads)
            QVERIFY2(u->answer().isEmpty() || u->answer().startsWith(refusal), u->answer().constData());
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    // Before: no header, body or idle timeout (slowloris kept connections forever).
    void timeoutsCloseIdleAndSlowConnections()
    {
        PlatformFixture strict;
        strict.setExtraArguments({QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                  QStringLiteral("--body-timeout"), QStringLiteral("1"),
                                  QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QVERIFY2(strict.start(), qPrintable(strict.error()));
        // Connected and silent: closed.
        bool closed = false;
        QCOMPARE(strict.raw({}, &closed), QByteArray());
        QVERIFY(closed);
        // Headers that never end (slowloris): 408, closed.
        QTcpSocket slow;
        slow.connectToHost(QStringLiteral("127.0.0.1"), strict.port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /api/v1/health HTTP/1.1\r\n");
        QByteArray answer;
        for (int i = 0; i < 100 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write("X-Slow: " + QByteArray::number(i) + "\r\n"); // a line every 100 ms
            slow.waitForReadyRead(100);
            answer += slow.readAll();
        }
        answer += slow.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(answer.contains("request_timeout"));
        // A body that stops arriving: 408, closed.
        answer = strict.raw(post("/api/v1/ecard/resolve", 100) + "{\"code\":", &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(closed);
        // A keep-alive connection is answered, then closed when nothing more comes.
        answer = strict.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(closed);
    }

    // Before: no cap on connections.
    void connectionsAreCappedPerPeer()
    {
        PlatformFixture capped;
        capped.setExtraArguments({QStringLiteral("--max-connections"), QStringLiteral("100,3")});
        QVERIFY2(capped.start(), qPrintable(capped.error()));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QStringLiteral("127.0.0.1"), capped.port());
            QVERIFY(held.back()->waitForConnected(5000));
        }
        QCOMPARE(capped.request("GET", QStringLiteral("/api/v1/health")).status, 503);
        const QByteArray answer = capped.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains("Retry-After: 5"));
        QVERIFY(answer.contains("too_many_connections"));
        held.clear(); // closing one frees its place
        QTRY_COMPARE_WITH_TIMEOUT(capped.request("GET", QStringLiteral("/api/v1/health")).status, 200, 10000);
    }

    // Before: never a 429.
    void tooManyRequestsPerTerminalAndPerAccount()
    {
        PlatformFixture limited;
        // Refills so slowly that no token comes back during the test: the bursts alone decide.
        limited.setExtraArguments({QStringLiteral("--terminal-rate"), QStringLiteral("0.01,40"),
                                   QStringLiteral("--account-rate"), QStringLiteral("0.01,3")});
        QVERIFY2(limited.start(), qPrintable(limited.error()));
        const auto current = [&](const QString& mode, const QString& session) {
            return limited.asTerminal(mode, "GET", QStringLiteral("/api/v1/sessions/current"), {},
                                      {{"X-SSC-Citizen-Session", session.toLatin1()}});
        };
        const QString zhang = limited.citizenSession(QStringLiteral("zhang-wei"));
        QVERIFY(!zhang.isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(current(QStringLiteral("kiosk"), zhang).status, 200);
        const auto refused = current(QStringLiteral("kiosk"), zhang);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(refused.raw.isEmpty() || !refused.json.isEmpty());
        // Another person on the same terminal is still served: the rate is the account's.
        const QString li = limited.citizenSession(QStringLiteral("li-na"));
        QVERIFY(!li.isEmpty());
        QCOMPARE(current(QStringLiteral("kiosk"), li).status, 200);
        // The terminal's own burst: the kiosk runs out, the counter does not.
        int served = 0;
        PlatformFixture::Response last;
        for (int i = 0; i < 60 && last.status != 429; ++i) {
            last = limited.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/keys"));
            served += last.status == 200 ? 1 : 0;
        }
        QCOMPARE(last.status, 429);
        QVERIFY2(served < 40, qPrintable(QString::number(served)));
        QCOMPARE(
            limited.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/ecard/keys")).status,
            200);
    }

    void retryAfterIsSentWith429()
    {
        PlatformFixture limited;
        limited.setExtraArguments({QStringLiteral("--terminal-rate"), QStringLiteral("0.5,1")});
        QVERIFY2(limited.start(), qPrintable(limited.error()));
        const QByteArray keys = "GET /api/v1/ecard/keys HTTP/1.1\r\nHost: x\r\n" + kioskCredentials + "\r\n";
        const QByteArray answer = limited.raw(keys + keys);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(answer.contains("HTTP/1.1 429"), answer.constData());
        QVERIFY2(answer.contains("Retry-After: 2"), answer.constData()); // one token at 0.5 a second
    }

    // The documented default (docs/security.md, "Limits"): a terminal's burst of 300 is served whole, then
    // 429.
    void theDefaultTerminalRate()
    {
        PlatformFixture defaults;
        QVERIFY2(defaults.start(), qPrintable(defaults.error()));
        int served = 0;
        PlatformFixture::Response last;
        for (int i = 0; i < 3000 && last.status != 429; ++i) {
            last =
                defaults.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/ecard/keys"));
            served += last.status == 200 ? 1 : 0;
        }
        QCOMPARE(last.status, 429);
        QVERIFY2(served >= 300, qPrintable(QString::number(served)));
        qInfo("the default terminal rate: %d requests served before the first 429", served);
    }

    // Before: plain HTTP was served on any address given to --listen.
    void plainHttpIsRefusedOffLoopback()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("refused.db"));
        QProcess process;
        process.start(QStringLiteral(SSC_PLATFORM_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                       QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--issuer-key"),
                       dir.filePath(QStringLiteral("issuer.key"))});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY2(process.readAllStandardError().contains("refusing to serve plain HTTP on 0.0.0.0"),
                 "the reason is given");
        QVERIFY2(!QFile::exists(db), "a refused start changes nothing");
        // With TLS the same address is served.
        process.start(QStringLiteral(SSC_PLATFORM_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                       QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-dir"),
                       dir.filePath(QStringLiteral("tls")), QStringLiteral("--issuer-key"),
                       dir.filePath(QStringLiteral("issuer.key"))});
        QByteArray out;
        while (!out.contains("listening on") && process.waitForReadyRead(30000))
            out += process.readAllStandardOutput();
        QVERIFY2(out.contains("listening on https://0.0.0.0:"), out.constData());
        process.terminate();
        process.waitForFinished(5000);
    }

    void badLimitOptionsAreRefused()
    {
        QProcess process;
        process.start(QStringLiteral(SSC_PLATFORM_PATH),
                      {QStringLiteral("--terminal-rate"), QStringLiteral("fast")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--terminal-rate needs two positive numbers"));
        for (const char* pool : {"0,4", "8", "eight,4"}) {
            process.start(QStringLiteral(SSC_PLATFORM_PATH),
                          {QStringLiteral("--network-workers"), QLatin1String(pool)});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains(
                "--network-workers needs two positive numbers: threads,queue"));
        }
        for (const char* nice : {"20", "-1", "low"}) {
            process.start(QStringLiteral(SSC_PLATFORM_PATH),
                          {QStringLiteral("--worker-nice"), QLatin1String(nice)});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains("--worker-nice needs a number from 0 to 19"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformLimits)
#include "tst_platformlimits.moc"
