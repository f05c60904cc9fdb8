// The terminal's command line: good options parsed, bad ones explained.
#include "launchoptions.h"

#include <QTest>

using namespace ssc;

class TestLaunchOptions : public QObject {
    Q_OBJECT

    static LaunchOptions parse(QStringList args)
    {
        args.prepend(QStringLiteral("ssc-terminal"));
        return LaunchOptions::parse(args);
    }

private slots:
    void goodOptions()
    {
        const LaunchOptions o =
            parse({QStringLiteral("--demo"), QStringLiteral("--mode"), QStringLiteral("counter"),
                   QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--theme"),
                   QStringLiteral("elder"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.demo);
        QCOMPARE(o.mode, std::optional<TerminalMode>(TerminalMode::Counter));
        QCOMPARE(o.language, QStringLiteral("en"));
        QCOMPARE(o.theme, QStringLiteral("elder"));
        QCOMPARE(o.screenshotPath, QStringLiteral("/tmp/x.png"));
    }

    void defaults()
    {
        const LaunchOptions o = parse({});
        QVERIFY(o.error.isEmpty());
        QVERIFY(!o.demo);
        QVERIFY(!o.mode);
        QVERIFY(o.language.isEmpty());
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("atm")} << "atm";
        QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "fr";
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("neon")} << "neon";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << "frob";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--mode")} << "mode";
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const LaunchOptions o = parse(args);
        QVERIFY(!o.error.isEmpty());
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
