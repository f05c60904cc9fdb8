// The back-off of wrong sign-ins (platform/auth/signinthrottle.h) as a table: how long the nth wrong sign-in
// in a row blocks an account and a terminal. The counters themselves are tested over HTTP in
// tst_staffsigninapi.
#include "auth/signinthrottle.h"

#include <QTest>

using namespace ssc::platform;

class TestSignInThrottle : public QObject {
    Q_OBJECT
private slots:
    void blocksGrowAndStop_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        const qint64 minute = 60;
        for (int n = 1; n <= 4; ++n)
            QTest::addRow("account, failure %d: free", n) << false << n << qint64(0);
        QTest::newRow("account, 5th") << false << 5 << qint64(30);
        QTest::newRow("account, 6th") << false << 6 << minute;
        QTest::newRow("account, 7th") << false << 7 << 2 * minute;
        QTest::newRow("account, 9th") << false << 9 << 8 * minute;
        QTest::newRow("account, 10th: the longest") << false << 10 << 15 * minute;
        QTest::newRow("account, 50th") << false << 50 << 15 * minute;
        QTest::newRow("terminal, 9th: free") << true << 9 << qint64(0);
        QTest::newRow("terminal, 10th") << true << 10 << qint64(30);
        QTest::newRow("terminal, 11th") << true << 11 << minute;
        QTest::newRow("terminal, 16th: 32 minutes") << true << 16 << 32 * minute;
        QTest::newRow("terminal, 17th: 64 minutes capped at an hour") << true << 17 << 60 * minute;
        QTest::newRow("terminal, 1000th") << true << 1000 << 60 * minute;
    }
    void blocksGrowAndStop()
    {
        QFETCH(bool, terminal);
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        const auto& rule = terminal ? SignInThrottle::terminalRule : SignInThrottle::accountRule;
        QCOMPARE(SignInThrottle::blockAfter(rule, failures), seconds * 1000);
    }

    // One terminal blocks two accounts at most before it is paused itself.
    void aTerminalPausesBeforeItBlocksAThirdAccount()
    {
        const int perAccount = SignInThrottle::accountRule.freeFailures + 1;
        const int terminalPausesAt = SignInThrottle::terminalRule.freeFailures + 1;
        QCOMPARE(terminalPausesAt / perAccount, 2);
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
