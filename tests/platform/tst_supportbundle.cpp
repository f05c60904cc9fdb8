// The diagnostics page's support bundle holds no personal data (docs/operations.md, "Support bundle"): a demo
// person logs in on the real kiosk window against the real platform with privacy logging on, so the session's
// log holds what such a session logs; the bundle the page then writes is unpacked with unzip and searched for
// the person's name, ID number, card numbers, bank account and phone as the platform holds them. It must hold
// the logs, the versions and the device list all the same.
#include "kioskwindow.h"
#include "platformfixture.h"

#include "diagnosticsscreen.h"
#include "logging/logging.h"
#include "usb/devicecatalog.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

namespace {

QString unzip(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestSupportBundle : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir dir;

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void theBundleHoldsLogsVersionsDevicesAndNoPerson()
    {
        const QString logs = dir.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        const QString session = installLogHandler({logs, true});
        QVERIFY(!session.isEmpty());

        std::unique_ptr<PlatformClient> client;
        std::unique_ptr<LoginFlow> flow;
        ModuleRegistry modules;
        std::unique_ptr<MainWindow> window;
        demoterminal::openKioskWindow(platform.port(), 90, 20, client, flow, modules, window);
        window->codeScanned(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 15000);
        const QStringList person = platform.wholeValuesOnFile(QStringLiteral("zhang-wei"));
        QVERIFY(person.size() >= 4); // name, ID number, phone, a card number at least
        // What privacy logging (ssc.privacy, for a debugging session) may write: the bundle leaves it out.
        qCInfo(lcPrivacy).noquote() << "debugging the login of" << person.first();
        flow->logout();

        QFile log(session);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray written = log.readAll();
        QVERIFY2(written.contains("ssc.privacy") && written.contains(person.first().toUtf8()),
                 "the session log should hold the privacy lines this test is about");

        const DeviceCatalog catalog = DeviceCatalog::standard();
        DiagnosticsScreen page(nullptr, catalog, client.get());
        page.setSupportBundle(logs, dir.filePath(QStringLiteral("support")));
        page.exportSupportBundle();
        QTRY_VERIFY_WITH_TIMEOUT(!page.supportBundlePath().isEmpty(), 15000);
        const QString bundle = page.supportBundlePath();
        QVERIFY(bundle.endsWith(u".zip") && QFile::exists(bundle));

        const QString names = unzip({QStringLiteral("-Z1"), bundle});
        QVERIFY2(names.contains(u"versions.txt") && names.contains(u"devices.txt") &&
                     names.contains(QStringLiteral("logs/") + QFileInfo(session).fileName()),
                 qPrintable(names));
        const QString content = unzip({QStringLiteral("-p"), bundle});
        QVERIFY2(content.contains(u"ssc-terminal") && content.contains(u"USB") &&
                     content.contains(u"ssc.app"),
                 qPrintable(unzip({QStringLiteral("-l"), bundle}) + content.left(2000)));
        for (const QString& value : person)
            QVERIFY2(!content.contains(value), qPrintable(QStringLiteral("the bundle holds %1").arg(value)));
        QVERIFY(!content.contains(u"ssc.privacy"));
        QVERIFY(page.supportBundleText().contains(bundle));
    }
};

QTEST_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
