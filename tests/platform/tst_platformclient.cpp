// The terminal's platform client (core/platform) against the real platform: answers, refusals in the user's
// language, timeouts, an unreachable platform, and retries only where repeating is safe.
#include "demoterminal.h"
#include "platformfixture.h"

#include "i18n/translator.h"
#include "platform/platformclient.h"

#include <QEventLoop>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace ssc;

class TestPlatformClient : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformConfig config(quint16 port, int timeoutMs = 5000, int attempts = 3)
    {
        PlatformConfig c = demoterminal::config(port);
        c.timeoutMs = timeoutMs;
        c.maxAttempts = attempts;
        return c;
    }

    static PlatformResult wait(const std::function<void(PlatformClient::Callback)>& start)
    {
        PlatformResult result;
        QEventLoop loop;
        bool done = false;
        start([&](const PlatformResult& r) {
            result = r;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!done)
            loop.exec();
        return result;
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void anAnswer()
    {
        PlatformClient client(config(platform.port()));
        const auto r = wait([&](auto done) { client.get(QStringLiteral("/api/v1/health"), done); });
        QVERIFY(r.ok());
        QCOMPARE(r.body[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(r.attempts, 1);
    }

    // What a screen still waits for: a call counts from the moment it is made until its answer (retries
    // included, once), also when whoever asked is gone; tests wait for zero instead of a fixed time.
    void callsWaitingCountsUntilTheAnswer()
    {
        PlatformClient client(config(platform.port()));
        QCOMPARE(client.callsWaiting(), 0);
        int answers = 0;
        auto* screen = new QObject;
        client.get(QStringLiteral("/api/v1/health"), [&](const PlatformResult&) { ++answers; });
        client.get(
            QStringLiteral("/api/v1/health"), [&](const PlatformResult&) { ++answers; }, screen);
        QCOMPARE(client.callsWaiting(), 2);
        delete screen;
        QTRY_COMPARE_WITH_TIMEOUT(client.callsWaiting(), 0, 10000);
        QCOMPARE(answers, 1);
        PlatformClient unreachable(config(closedPort(), 2000, 3));
        int seenWhileRetrying = 0;
        const auto r = wait([&](auto done) {
            unreachable.get(QStringLiteral("/api/v1/health"), done);
            QTimer::singleShot(300, [&] { seenWhileRetrying = unreachable.callsWaiting(); });
        });
        QCOMPARE(r.attempts, 3);
        QCOMPARE(seenWhileRetrying, 1); // between its tries, the call still waits, once
        QCOMPARE(unreachable.callsWaiting(), 0);
    }

    void anAnswerForAReceiverThatIsGoneIsDropped()
    {
        PlatformClient client(config(platform.port()));
        bool called = false;
        auto* screen = new QObject;
        client.get(
            QStringLiteral("/api/v1/health"), [&](const PlatformResult&) { called = true; }, screen);
        delete screen; // e.g. a service screen closed at logout before the answer came
        bool controlAnswered = false;
        client.get(QStringLiteral("/api/v1/health"), [&](const PlatformResult&) { controlAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(controlAnswered, 10000);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void aRefusalSpeaksTheUsersLanguage()
    {
        PlatformClient client(config(platform.port()));
        const QString code = platform.mint(QStringLiteral("wang-qiang-lost"));
        QVERIFY(useLanguage(chineseLanguage));
        const auto r = wait([&](auto done) {
            client.post(QStringLiteral("/api/v1/ecard/resolve"), {{QStringLiteral("code"), code}}, done);
        });
        QCOMPARE(r.kind, PlatformResult::Kind::Refused);
        QCOMPARE(r.errorCode, QStringLiteral("card_lost"));
        QCOMPARE(r.attempts, 1); // a resolve is never repeated
        QVERIFY2(r.message().contains(u"挂失"), qPrintable(r.message()));
        QVERIFY(r.advice().contains(u"申请补换卡"));
        QVERIFY(useLanguage(englishLanguage));
        QVERIFY(r.message().contains(u"reported lost"));
    }

    void sessionsTravelWithEveryCall()
    {
        PlatformClient client(config(platform.port()));
        const auto login = wait([&](auto done) {
            client.post(QStringLiteral("/api/v1/ecard/resolve"),
                        {{QStringLiteral("code"), platform.mint(QStringLiteral("zhang-wei"))}}, done);
        });
        QVERIFY(login.ok());
        client.setCitizenSession(
            login.body[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString());
        QVERIFY(wait([&](auto done) { client.get(QStringLiteral("/api/v1/sessions/current"), done); }).ok());
        QVERIFY(
            wait([&](auto done) { client.remove(QStringLiteral("/api/v1/sessions/current"), done); }).ok());
        client.clearSessions();
        QCOMPARE(
            wait([&](auto done) { client.get(QStringLiteral("/api/v1/sessions/current"), done); }).errorCode,
            QStringLiteral("citizen_session_missing"));
    }

    void httpsWithAPinnedCertificate()
    {
        PlatformFixture tls;
        QVERIFY2(tls.startTls(), qPrintable(tls.error()));
        QCOMPARE(tls.pin().size(), 64);
        PlatformConfig c = config(tls.port());
        c.baseUrl.setScheme(QStringLiteral("https"));
        c.pinnedCertificateSha256 = tls.pin();
        PlatformClient pinned(c);
        const auto ok = wait([&](auto done) { pinned.get(QStringLiteral("/api/v1/health"), done); });
        QVERIFY2(ok.ok(), qPrintable(ok.errorCode));

        c.pinnedCertificateSha256 = QByteArray(64, 'a'); // another certificate's pin
        PlatformClient wrongPin(c);
        QCOMPARE(wait([&](auto done) { wrongPin.get(QStringLiteral("/api/v1/health"), done); }).kind,
                 PlatformResult::Kind::CertificateMismatch);
        c.pinnedCertificateSha256.clear(); // no pin: a self-signed certificate is not trusted
        PlatformClient unpinned(c);
        QCOMPARE(wait([&](auto done) { unpinned.get(QStringLiteral("/api/v1/health"), done); }).kind,
                 PlatformResult::Kind::CertificateMismatch);
    }

    void anUnreachablePlatform()
    {
        PlatformClient client(config(closedPort(), 2000, 3));
        QVERIFY(useLanguage(chineseLanguage));
        const auto get = wait([&](auto done) { client.get(QStringLiteral("/api/v1/health"), done); });
        QCOMPARE(get.kind, PlatformResult::Kind::Unreachable);
        QCOMPARE(get.attempts, 3); // safe to repeat: repeated
        QVERIFY(!get.message().isEmpty());
        const auto post = wait([&](auto done) {
            client.post(QStringLiteral("/api/v1/ecard/resolve"),
                        {{QStringLiteral("code"), QStringLiteral("x")}}, done);
        });
        QCOMPARE(post.kind, PlatformResult::Kind::Unreachable);
        QCOMPARE(post.attempts, 1); // not safe: not repeated
    }

    // Plain HTTP to another computer would carry the terminal's secret readably (issue 16): nothing is sent,
    // and the answer says why. The same listener reached over https:// is connected to, so the refusal is the
    // client's own decision, not an unreachable address.
    void plainHttpToAnotherComputerSendsNothing()
    {
        QHostAddress own;
        for (const QHostAddress& address : QNetworkInterface::allAddresses())
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                own = address;
        QVERIFY2(!own.isNull(), "the test needs a non-loopback IPv4 address on this computer");
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::AnyIPv4, 0));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            ++connections;
            listener.nextPendingConnection()->close();
        });
        PlatformConfig c = config(listener.serverPort(), 2000, 1);
        c.baseUrl = QUrl(QStringLiteral("http://%1:%2").arg(own.toString()).arg(listener.serverPort()));
        PlatformClient plain(c);
        QVERIFY(useLanguage(englishLanguage));
        const auto r = wait([&](auto done) { plain.get(QStringLiteral("/api/v1/health"), done); });
        QCOMPARE(r.kind, PlatformResult::Kind::InsecureTransport);
        QCOMPARE(r.errorCode, QStringLiteral("insecure_transport"));
        const QString english = r.message();
        QVERIFY(english.contains(QStringLiteral("https://")));
        QCOMPARE(connections, 0);
        c.baseUrl.setScheme(QStringLiteral("https"));
        PlatformClient tls(c);
        const auto tried = wait([&](auto done) { tls.get(QStringLiteral("/api/v1/health"), done); });
        QVERIFY(tried.kind != PlatformResult::Kind::InsecureTransport);
        QCOMPARE(connections, 1);
        QVERIFY(useLanguage(chineseLanguage));
        QVERIFY(!r.message().isEmpty() && r.message() != english);
    }

    void aSilentPlatformTimesOut()
    {
        QTcpServer silent; // accepts, reads, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PlatformClient client(config(silent.serverPort(), 300, 2));
        QVERIFY(useLanguage(chineseLanguage));
        const auto r = wait([&](auto done) { client.get(QStringLiteral("/api/v1/health"), done); });
        QCOMPARE(r.kind, PlatformResult::Kind::TimedOut);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.message(), QStringLiteral("数据超时，请稍后重试。"));
    }

    void anIdempotentSubmissionSurvivesARestart()
    {
        // The platform is down when the submission starts and back (same port, same database) 300 ms later.
        PlatformClient client(config(platform.port(), 2000, 6));
        const quint16 port = platform.port();
        platform.kill();
        QTimer::singleShot(300, this, [this, port] { QVERIFY(platform.start(true, port)); });
        const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("t")},
                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("x"), 1}}}};
        const auto first = wait([&](auto done) {
            client.post(QStringLiteral("/api/v1/submissions"), body, done, "client-retry-key-1");
        });
        QVERIFY2(first.ok(), qPrintable(first.errorCode));
        QVERIFY(first.attempts > 1);
        QCOMPARE(first.status, 201);
        // Sending it again later is a replay, not a second filing.
        const auto again = wait([&](auto done) {
            client.post(QStringLiteral("/api/v1/submissions"), body, done, "client-retry-key-1");
        });
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body[QStringLiteral("receipt")], first.body[QStringLiteral("receipt")]);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
