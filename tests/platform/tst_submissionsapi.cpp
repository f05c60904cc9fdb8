// Submissions with an idempotency key, and the fault test: the platform is killed during submissions; after
// the client retries with the same keys nothing is lost and nothing is stored twice.
#include "platformfixture.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <map>

class TestSubmissionsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response submit(const QByteArray& key, const QJsonObject& payload, int timeoutMs = 10000)
    {
        PlatformFixture::Headers headers = PlatformFixture::terminalHeaders(QStringLiteral("counter"));
        if (!key.isEmpty())
            headers.push_back({"Idempotency-Key", key});
        const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("test-case")},
                               {QStringLiteral("payload"), payload}};
        return platform.request("POST", QStringLiteral("/api/v1/submissions"), QJsonDocument(body).toJson(),
                                headers, timeoutMs);
    }

    int rows(const QString& where = QStringLiteral("1 = 1"))
    {
        QSqlQuery q(platform.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE ") + where) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aRetryReturnsTheSameReceipt()
    {
        const QJsonObject payload{{QStringLiteral("claim"), 1200}};
        const auto first = submit("key-aaaaaaaa", payload);
        QCOMPARE(first.status, 201);
        const auto again = submit("key-aaaaaaaa", payload);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("replayed")].toBool(), true);
        QCOMPARE(again.json[QStringLiteral("receipt")].toString(),
                 first.json[QStringLiteral("receipt")].toString());
        QCOMPARE(rows(QStringLiteral("idempotency_key = 'key-aaaaaaaa'")), 1);
    }

    void theSameKeyForOtherContentIsAConflict()
    {
        QCOMPARE(submit("key-bbbbbbbb", {{QStringLiteral("a"), 1}}).status, 201);
        const auto conflict = submit("key-bbbbbbbb", {{QStringLiteral("a"), 2}});
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("idempotency_conflict"));
    }

    void aKeyIsRequired()
    {
        QCOMPARE(submit({}, {{QStringLiteral("a"), 1}}).errorCode(),
                 QStringLiteral("idempotency_key_missing"));
        QCOMPARE(submit("short", {{QStringLiteral("a"), 1}}).errorCode(),
                 QStringLiteral("idempotency_key_missing"));
    }

    void killedDuringSubmissionsNothingLostNothingTwice()
    {
        const int total = 60;
        std::map<QByteArray, QString> receipts; // key -> receipt the client saw
        std::vector<QByteArray> keys;
        for (int i = 0; i < total; ++i)
            keys.push_back("fault-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        const int before = rows();

        // Submit; kill the platform part-way (hard, like a power cut) and keep submitting into the outage.
        for (int i = 0; i < total; ++i) {
            if (i == total / 2)
                platform.kill();
            const auto r = submit(keys[static_cast<size_t>(i)], {{QStringLiteral("n"), i}}, 2000);
            if (r.status == 201)
                receipts[keys[static_cast<size_t>(i)]] = r.json[QStringLiteral("receipt")].toString();
        }
        QCOMPARE(int(receipts.size()), total / 2);

        // The platform comes back on the same database; the client retries every submission with its key.
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        for (int i = 0; i < total; ++i) {
            const QByteArray& key = keys[static_cast<size_t>(i)];
            const auto r = submit(key, {{QStringLiteral("n"), i}});
            QVERIFY2(r.status == 200 || r.status == 201, r.raw.constData());
            if (receipts.count(key)) {
                QCOMPARE(r.status, 200); // already stored before the crash: replayed
                QCOMPARE(r.json[QStringLiteral("receipt")].toString(), receipts[key]);
            }
        }
        QCOMPARE(rows() - before, total);
        QCOMPARE(rows(QStringLiteral("idempotency_key LIKE 'fault-%'")), total);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionsApi)
#include "tst_submissionsapi.moc"
