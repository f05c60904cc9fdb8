// Heavy work off the serving thread (issue 16, docs/architecture.md "Threads"): before, one thread matched
// faces, decoded videos and answered every kiosk, so one upload stalled them all. Now an attempt's analysis
// runs on the bounded worker pool: the platform answers /health while it runs, and attempts past the pool and
// its queue get 503 workers_busy with Retry-After at once instead of waiting in an unbounded queue. Calls to
// the acquirer have a pool of their own: a payment is made and paid while that one worker analyses.
#include "certificationattempts.h"
#include "paymentsapifixture.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

using namespace certificationattempts;

class TestWorkerPool : public QObject, PaymentsApiFixture {
    Q_OBJECT

    // An attempt sent on its own connection and wholly with the platform: once /health answers on another
    // connection, it was read and handed to the worker before it (one serving thread, requests in order).
    std::unique_ptr<QTcpSocket> attemptBeingAnalysed(const QByteArray& key)
    {
        const auto asked = askChallenge(platform, QStringLiteral("elderly-parent"));
        if (asked.status != 201)
            return nullptr;
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), platform.port());
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write(attemptRequest(
            attempt(platform, QStringLiteral("actions"), asked.json, doingWhatIsAsked(asked.json)), key));
        while (socket->bytesToWrite() > 0)
            if (!socket->waitForBytesWritten(10000))
                return nullptr;
        if (platform.request("GET", QStringLiteral("/api/v1/health")).status != 200)
            return nullptr;
        return socket;
    }
    static QByteArray answerOf(QTcpSocket& socket)
    {
        QByteArray answer = socket.readAll();
        while (!answer.contains("\r\n\r\n{") && socket.waitForReadyRead(60000))
            answer += socket.readAll();
        return answer;
    }

    QByteArray attemptRequest(const QJsonObject& body, const QByteArray& key)
    {
        QByteArray head = "POST /api/v1/me/pension-certification/attempts HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\n";
        PlatformFixture::Headers headers = PlatformFixture::terminalHeaders(QStringLiteral("kiosk"));
        for (const auto& header : platform.citizenHeaders(QStringLiteral("elderly-parent"), key))
            headers.push_back(header);
        for (const auto& [name, value] : headers)
            head += name + ": " + value + "\r\n";
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return head + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    }

private slots:
    void initTestCase()
    {
        // One worker and no queue: a second attempt while one is analysed is past the pool.
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        platform.setExtraArguments(acquirer.platformArguments() +
                                   QStringList{QStringLiteral("--workers"), QStringLiteral("1,0")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    // Before, the acquirer's calls ran on the heavy-work pool: with its one worker analysing, the order got
    // 503 workers_busy (with a queue, it waited the analysis out).
    void aPaymentIsNotHeldBehindAnAnalysis()
    {
        const auto analysed = attemptBeingAnalysed("worker-pool-payment");
        QVERIFY(analysed);
        const Served kiosk = serve(person);
        const auto made = order(kiosk, "while-analysing-1", 40000, QStringLiteral("resident-medical"));
        QVERIFY2(made.status == 201, made.raw.constData());
        const auto paid = call(kiosk, "POST",
                               QStringLiteral("/api/v1/me/payments/orders/%1/payment-code")
                                   .arg(made.json[QStringLiteral("orderNo")].toString()),
                               {{QStringLiteral("authCode"), QStringLiteral("281234567890123456")}});
        QVERIFY2(paid.status == 200, paid.raw.constData());
        QCOMPARE(paid.json[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QVERIFY2(analysed->bytesAvailable() == 0, "the analysis ended before the payment: nothing was shown");
        const QByteArray answer = answerOf(*analysed);
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(400).constData());
    }

    void theServingThreadAnswersWhileAnAttemptIsAnalysedAndTheQueueIsBounded()
    {
        std::vector<QByteArray> requests;
        for (int i = 0; i < 3; ++i) {
            const auto asked = askChallenge(platform, QStringLiteral("elderly-parent"));
            QCOMPARE(asked.status, 201);
            requests.push_back(attemptRequest(
                attempt(platform, QStringLiteral("actions"), asked.json, doingWhatIsAsked(asked.json)),
                "worker-pool-" + QByteArray::number(i)));
        }
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (const QByteArray& request : requests) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), platform.port());
            QVERIFY(sockets.back()->waitForConnected(5000));
            sockets.back()->write(request);
        }
        for (const auto& socket : sockets)
            while (socket->bytesToWrite() > 0)
                QVERIFY(socket->waitForBytesWritten(10000));
        // All three are with the platform now; /health is answered while the admitted one is analysed.
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/health")).status, 200);
        std::vector<QByteArray> answers(sockets.size());
        int unanswered = 0;
        for (size_t i = 0; i < sockets.size(); ++i) {
            answers[i] = sockets[i]->readAll();
            unanswered += answers[i].isEmpty() ? 1 : 0;
        }
        QVERIFY2(unanswered >= 1, "an attempt was decided before /health was answered");
        for (size_t i = 0; i < sockets.size(); ++i)
            while (!answers[i].contains("\r\n\r\n{") && sockets[i]->waitForReadyRead(60000))
                answers[i] += sockets[i]->readAll();
        int busy = 0;
        int decided = 0;
        for (const QByteArray& answer : answers) {
            if (answer.startsWith("HTTP/1.1 503")) {
                QVERIFY2(answer.contains("workers_busy"), answer.constData());
                QVERIFY2(answer.contains("Retry-After: 5"), answer.constData());
                ++busy;
            } else {
                QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(400).constData());
                ++decided;
            }
        }
        QCOMPARE(busy, 2);
        QCOMPARE(decided, 1);
        // A refused attempt left its challenge unused: sent again once the pool is free, it is decided.
        const QByteArray again = [&] {
            for (size_t i = 0; i < answers.size(); ++i)
                if (answers[i].startsWith("HTTP/1.1 503"))
                    return requests[i];
            return QByteArray();
        }();
        QTcpSocket retry;
        retry.connectToHost(QStringLiteral("127.0.0.1"), platform.port());
        QVERIFY(retry.waitForConnected(5000));
        retry.write(again);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && retry.waitForReadyRead(60000))
            answer += retry.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(400).constData());
    }

    // Connection draining (docs/operations.md, "Several instances"): SIGTERM while an attempt is analysed.
    // The platform takes no new connection, answers the attempt in flight, then leaves with status 0.
    void aStoppedPlatformAnswersTheAttemptInFlight()
    {
        const auto analysed = attemptBeingAnalysed("draining-1");
        QVERIFY(analysed);
        QTcpSocket& socket = *analysed;
        QVERIFY(socket.bytesAvailable() == 0);
        QCOMPARE(::kill(pid_t(platform.processId()), SIGTERM), 0);
        QTest::qWait(300);
        QTcpSocket late;
        late.connectToHost(QStringLiteral("127.0.0.1"), platform.port());
        QVERIFY2(!late.waitForConnected(1000), "a connection was taken while draining");
        const QByteArray answer = answerOf(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(400).constData());
        QVERIFY(platform.waitForExit(10000));
        QCOMPARE(platform.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
