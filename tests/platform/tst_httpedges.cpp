// The HTTP edges: health, unknown paths and methods, bad bodies, size limits, terminal authentication,
// and the demo endpoints that must not exist outside demo mode.
#include "platformfixture.h"

#include <QTest>

class TestHttpEdges : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QByteArray raw(const QByteArray& bytes) { return platform.raw(bytes); }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void health()
    {
        const auto r = platform.request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(r.json[QStringLiteral("database")].toString(), platform.databaseKind());
        QCOMPARE(r.json[QStringLiteral("schemaVersion")].toInt(), 42); // the newest migration
    }

    void unknownPathAndMethod()
    {
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/nothing-here")).errorCode(),
                 QStringLiteral("not_found"));
        QCOMPARE(platform.request("GET", QStringLiteral("/")).status, 404);
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/resolve"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("code=abc");
        QTest::newRow("JSON array") << QByteArray("[1,2,3]");
        QTest::newRow("truncated") << QByteArray("{\"code\": \"SSC1.");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"code\": \"\xff\xfe\"}");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4);
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        const auto r = platform.request("POST", QStringLiteral("/api/v1/ecard/resolve"), body,
                                        PlatformFixture::terminalHeaders(QStringLiteral("kiosk")));
        QVERIFY2(r.status == 400, r.raw.constData());
        QVERIFY(r.errorCode() == u"bad_json" || r.errorCode() == u"malformed_code");
    }

    void terminalAuthentication()
    {
        const QByteArray body = R"({"code":"x"})";
        QCOMPARE(platform.request("POST", QStringLiteral("/api/v1/ecard/resolve"), body).errorCode(),
                 QStringLiteral("terminal_unauthenticated"));
        QCOMPARE(platform
                     .request("POST", QStringLiteral("/api/v1/ecard/resolve"), body,
                              {{"Authorization", "Bearer demo-kiosk:wrong-secret"},
                               {"X-SSC-Terminal-Mode", "kiosk"}})
                     .status,
                 401);
        QCOMPARE(platform
                     .request("POST", QStringLiteral("/api/v1/ecard/resolve"), body,
                              {{"Authorization", "Bearer nobody:demo-kiosk-demo-secret"},
                               {"X-SSC-Terminal-Mode", "kiosk"}})
                     .status,
                 401);
        const auto wrongMode =
            platform.request("POST", QStringLiteral("/api/v1/ecard/resolve"), body,
                             {{"Authorization", "Bearer demo-kiosk:demo-kiosk-demo-secret"},
                              {"X-SSC-Terminal-Mode", "counter"}});
        QCOMPARE(wrongMode.status, 403);
        QCOMPARE(wrongMode.errorCode(), QStringLiteral("terminal_mode_mismatch"));
    }

    void oversizedBodiesAreRefusedBeforeBuffering()
    {
        const QByteArray big = "{\"code\":\"" + QByteArray(70 * 1024, 'A') + "\"}";
        const auto r = platform.request("POST", QStringLiteral("/api/v1/ecard/resolve"), big,
                                        PlatformFixture::terminalHeaders(QStringLiteral("kiosk")));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("request_too_large"));
        // A declared length far beyond the limit is refused at once, before any body arrives.
        const QByteArray answer =
            raw("POST /api/v1/ecard/resolve HTTP/1.1\r\nHost: x\r\nContent-Length: 9999999999\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }

    void chunkedBodiesAndHugeHeadersAreRefused()
    {
        QVERIFY(raw("POST /api/v1/ecard/resolve HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                    "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                    .startsWith("HTTP/1.1 411"));
        QVERIFY(
            raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Junk: " + QByteArray(20000, 'j') + "\r\n\r\n")
                .startsWith("HTTP/1.1 431"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        const QByteArray one = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray answer = raw(one + one + one);
        QCOMPARE(answer.count("HTTP/1.1 200"), 3);
    }

    void garbageOnTheSocketDoesNotStopTheService()
    {
        raw(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)); // a TLS hello to a plain port
        raw("NOT HTTP AT ALL\r\n\r\n");
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    void demoEndpointsDoNotExistOutsideDemoMode()
    {
        PlatformFixture production;
        QVERIFY2(production.start(false), qPrintable(production.error()));
        QCOMPARE(
            production.request("POST", QStringLiteral("/api/v1/demo/ecard/mint"), R"({"person":"zhang-wei"})")
                .status,
            404);
        QCOMPARE(production.request("GET", QStringLiteral("/api/v1/demo/people")).status, 404);
        QCOMPARE(
            production.request("GET", QStringLiteral("/api/v1/health")).json[QStringLiteral("demo")].toBool(),
            false);
    }
};

QTEST_GUILESS_MAIN(TestHttpEdges)
#include "tst_httpedges.moc"
