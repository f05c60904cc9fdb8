// The log handler never writes an unmasked number, and the privacy category is off by default.
#include "logging/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void privacyCategoryIsOffByDefault()
    {
        QVERIFY(!lcPrivacy().isDebugEnabled());
        QVERIFY(!lcPrivacy().isInfoEnabled());
        QVERIFY(!lcPrivacy().isWarningEnabled());
        QVERIFY(!lcPrivacy().isCriticalEnabled());
        QVERIFY(lcCore().isWarningEnabled());
    }

    void linesAreMasked()
    {
        const QString line =
            formatLogLine(QtWarningMsg, "ssc.core", QStringLiteral("card for 11010519491231002X"));
        QVERIFY(line.contains(u"warning ssc.core: card for 11**************2X"));
        QVERIFY(!line.contains(u"19491231"));
    }

    void sessionFileGetsMaskedLinesAndOldFilesAreRotated()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i) { // older sessions
            QFile old(dir.filePath(QStringLiteral("session-2020010%1-000000-000.log").arg(i)));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        LogOptions options;
        options.directory = dir.path();
        options.keepFiles = 3;
        options.privacyEnabled = true;
        const QString path = installLogHandler(options);
        QVERIFY(!path.isEmpty());

        qCWarning(lcCore) << "lookup of" << QStringLiteral("440306199003071232") << "failed";
        qCInfo(lcPrivacy) << "phone" << QStringLiteral("13812345678");
        qInstallMessageHandler(nullptr);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"44**************32"), qPrintable(text));
        QVERIFY(text.contains(u"13*******78"));
        QVERIFY(!text.contains(u"199003071232"));
        QVERIFY(!text.contains(u"13812345678"));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("session-*.log")}, QDir::Files);
        QCOMPARE(files.size(), 3);
        QVERIFY(!files.contains(QStringLiteral("session-20200100-000000-000.log")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
