// ssc-ctl fleet list / outdated, the real binary against the real platform (docs/ssc-ctl.md, "fleet"): signed
// in as the hall manager through a counter's own credentials, it lists the hall's terminals and those that
// need an update, with exit status 1 when one does; a clerk or a wrong password gets the platform's refusal.
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class TestSscCtlFleet : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir dir;

    CtlRun ctl(const QStringList& args, const QString& password)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSC_USER_CONFIG"), dir.filePath(QStringLiteral("terminal.ini")));
        env.insert(QStringLiteral("SSC_SYSTEM_CONFIG"), dir.filePath(QStringLiteral("none.ini")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SSC_CTL_PATH),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        process.write((password + QLatin1Char('\n')).toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        platform.setExtraArguments({QStringLiteral("--minimum-terminal-version"), QStringLiteral("0.2.0")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QFile ini(dir.filePath(QStringLiteral("terminal.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(
            QStringLiteral("[terminal]\nmode=counter\n[platform]\nurl=http://127.0.0.1:%1\nterminalId=demo-"
                           "counter\nterminalSecret=demo-counter-demo-secret\n")
                .arg(platform.port())
                .toUtf8());
        ini.close();
        const QJsonObject beat{{QStringLiteral("version"), QStringLiteral("0.1.0")},
                               {QStringLiteral("apiVersion"), 1},
                               {QStringLiteral("compatibility"), QStringLiteral("too_old")},
                               {QStringLiteral("freeDiskMb"), 9000}};
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST",
                                 QStringLiteral("/api/v1/terminals/heartbeat"), beat)
                     .status,
                 200);
        QJsonObject current = beat;
        current.insert(QStringLiteral("version"), QStringLiteral("0.2.1"));
        current.insert(QStringLiteral("compatibility"), QStringLiteral("ok"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("field"), "POST",
                                 QStringLiteral("/api/v1/terminals/heartbeat"), current)
                     .status,
                 200);
    }

    void outdatedListsTheTerminalsThatNeedAnUpdate()
    {
        const auto password = QStringLiteral("demo-password-2026");
        const CtlRun run = ctl({QStringLiteral("fleet"), QStringLiteral("outdated"), QStringLiteral("--user"),
                                QStringLiteral("manager01")},
                               password);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith(u"demo-kiosk\tkiosk\t0.1.0\t") && lines[0].contains(u"0.2.0"),
                 qPrintable(run.out));

        const CtlRun list = ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("manager01")},
                                password);
        QCOMPARE(list.exitCode, 0); // nothing alerted: an old version is not an incident
        QVERIFY2(list.out.contains(u"demo-counter\tcounter\t-\tnever reported") &&
                     list.out.contains(u"demo-field\tfield\t0.2.1\t"),
                 qPrintable(list.out));

        const CtlRun json =
            ctl({QStringLiteral("--json"), QStringLiteral("fleet"), QStringLiteral("outdated"),
                 QStringLiteral("--user"), QStringLiteral("manager01")},
                password);
        const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(answer[QStringLiteral("minimumTerminalVersion")].toString(), QStringLiteral("0.2.0"));
        QCOMPARE(answer[QStringLiteral("terminals")].toArray().size(), 1);
    }

    void onlyAManagerMayAsk()
    {
        const CtlRun clerk = ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--user"),
                                  QStringLiteral("clerk01")},
                                 QStringLiteral("demo-password-2026"));
        QCOMPARE(clerk.exitCode, 1);
        QVERIFY(clerk.out.isEmpty());
        QVERIFY2(clerk.err.contains(u"ssc-ctl: "), qPrintable(clerk.err));
        const CtlRun wrong = ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--user"),
                                  QStringLiteral("manager01")},
                                 QStringLiteral("not-the-password"));
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(ctl({QStringLiteral("fleet"), QStringLiteral("list")}, {}).exitCode, 2);
    }
};

QTEST_MAIN(TestSscCtlFleet)
#include "tst_sscctl_fleet.moc"
