// An e-card code resolves once only when many terminals send it at the same moment to two ssc-platform
// processes sharing one database (docs/api.md, "E-card codes"): on PostgreSQL the spend is one statement
// (UPDATE … RETURNING in a CTE, ecardservice.cpp), on SQLite an UPDATE; both rely on the row's used_at.
#include "platformfixture.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

class TestECardRace : public QObject {
    Q_OBJECT
    PlatformFixture first;
    PlatformFixture second;

    static constexpr int attemptsPerCode = 16; // half to each process, from the three demo terminals
    static constexpr int codes = 12;

    int count(const QString& sql)
    {
        QSqlQuery q(first.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Every socket connected first, then each request written in one go, so they reach the two processes
    // together; the status code of each answer (0: none).
    std::vector<int> resolveAtOnce(const QString& code)
    {
        static const QStringList modes{QStringLiteral("kiosk"), QStringLiteral("counter"),
                                       QStringLiteral("field")};
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> requests;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson(QJsonDocument::Compact);
        for (int i = 0; i < attemptsPerCode; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), (i % 2 ? second : first).port());
            if (!socket->waitForConnected(5000))
                return {};
            QByteArray request = "POST /api/v1/ecard/resolve HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(body.size()) + "\r\n";
            for (const auto& [name, value] : PlatformFixture::terminalHeaders(modes[i % modes.size()]))
                request += name + ": " + value + "\r\n";
            requests.push_back(request + "\r\n" + body);
            sockets.push_back(std::move(socket));
        }
        for (size_t i = 0; i < sockets.size(); ++i)
            sockets[i]->write(requests[i]);
        std::vector<int> statuses;
        for (auto& socket : sockets) {
            QByteArray answer;
            while (!answer.contains("\r\n") && socket->waitForReadyRead(30000))
                answer += socket->readAll();
            // "HTTP/1.1 200 OK"
            statuses.push_back(answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0);
        }
        return statuses;
    }

private slots:
    void initTestCase()
    {
        // The three demo terminals send 16 requests a round: above the per-terminal limit, which is not what
        // this test is about.
        const QStringList unlimited{QStringLiteral("--terminal-rate"), QStringLiteral("100000,100000")};
        first.setExtraArguments(unlimited);
        QVERIFY2(first.start(), qPrintable(first.error()));
        // The second process: the same database and e-card keys, as a second instance behind a balancer.
        second.setDatabaseFile(first.databaseUrl());
        second.setKeyStore(first.keyStore());
        second.setExtraArguments(unlimited);
        QVERIFY2(second.start(false), qPrintable(second.error()));
    }

    void aCodeResolvesOnceUnderConcurrentAttempts()
    {
        const QString logins =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'citizen_login'");
        const int sessionsBefore = count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions"));
        const int loginsBefore = count(logins);
        const int usedBefore =
            count(QStringLiteral("SELECT COUNT(*) FROM ecard_codes WHERE used_at IS NOT NULL"));
        for (int round = 0; round < codes; ++round) {
            const QString code = first.mint(QStringLiteral("zhang-wei"));
            QVERIFY(!code.isEmpty());
            const std::vector<int> statuses = resolveAtOnce(code);
            QCOMPARE(int(statuses.size()), attemptsPerCode);
            QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), 1);
            QCOMPARE(std::count(statuses.begin(), statuses.end(), 409), attemptsPerCode - 1);
        }
        // One session and one login in the person's access log per code, nothing from the refused attempts.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")), sessionsBefore + codes);
        QCOMPARE(count(logins), loginsBefore + codes);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ecard_codes WHERE used_at IS NOT NULL")),
                 usedBefore + codes);
    }
};

QTEST_GUILESS_MAIN(TestECardRace)
#include "tst_ecardrace.moc"
