// Where the support bundle goes (docs/operations.md, "Support bundle"): the default folder and each writable
// removable medium. QStorageInfo reads the system's mount table and cannot be given a USB stick, and the test
// machines have none: a temporary folder under a temporary media root stands in for /media/<user>/<label>,
// described as QStorageInfo would (BundleDestinations::Volume). What this leaves untested is QStorageInfo's
// own part (a real stick's label and read-only flag); the real mount table is read once to check that the
// root file system is never offered. The page's choice is pressed like staff press it, the bundle written
// onto the "stick", and the choice kept in a real settings file and offered first next time.
#include "bundlefolderchooser.h"
#include "diagnosticsscreen.h"
#include "i18n/translator.h"
#include "settings/settings.h"
#include "theme.h"
#include "usb/devicecatalog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

namespace {

using Volume = BundleDestinations::Volume;

QStringList folders(const QList<BundleDestinations::Destination>& destinations)
{
    QStringList list;
    for (const auto& d : destinations)
        list << d.folder;
    return list;
}

void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + u'/' + name));
}

} // namespace

class TestBundleFolder : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString media;         // stands in for /media/
    QString stick;         // a writable stick mounted there
    QString defaultFolder; // stands in for ~/Documents/ssc-support

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        media = dir.filePath(QStringLiteral("media")) + u'/';
        stick = media + QStringLiteral("clerk/KINGSTON");
        defaultFolder = dir.filePath(QStringLiteral("Documents/ssc-support"));
        QVERIFY(QDir().mkpath(stick));
        QVERIFY(QDir().mkpath(media + QStringLiteral("clerk/LOCKED")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
    }

    // The default first; then only what is under a media root, ready, writable and not the root file system.
    void onlyWritableRemovableMediaAreOffered()
    {
        const QList<Volume> volumes{
            {stick, QStringLiteral("KINGSTON"), true, false, false},
            {media + QStringLiteral("clerk/LOCKED"), QStringLiteral("LOCKED"), true, true,
             false},                                                                             // read-only
            {media + QStringLiteral("clerk/SLOW"), QStringLiteral("SLOW"), false, false, false}, // not ready
            {media + QStringLiteral("clerk/GONE"), {}, true, false, false},      // no such folder any more
            {dir.filePath(QStringLiteral("elsewhere")), {}, true, false, false}, // not a medium
            {QStringLiteral("/"), {}, true, false, true},
            {media, {}, true, false, false}, // the media root itself
        };
        const auto destinations = BundleDestinations::list(defaultFolder, volumes, {media});
        QCOMPARE(folders(destinations), (QStringList{defaultFolder, stick + QStringLiteral("/ssc-support")}));
        QVERIFY(!destinations[0].removable);
        QVERIFY(destinations[1].removable);
        QCOMPARE(destinations[1].name, QStringLiteral("KINGSTON"));
        // Without a label, the mount folder's name.
        const auto unnamed =
            BundleDestinations::list(defaultFolder, {{stick, {}, true, false, false}}, {media});
        QCOMPARE(unnamed.value(1).name, QStringLiteral("KINGSTON"));
    }

    // This machine's real mount table: whatever it holds, the root file system is not offered.
    void theRealMountTableNeverOffersTheRoot()
    {
        const QList<Volume> volumes = BundleDestinations::mountedVolumes();
        QVERIFY(!volumes.isEmpty());
        QVERIFY(std::any_of(volumes.begin(), volumes.end(), [](const Volume& v) { return v.isRoot; }));
        const auto destinations = BundleDestinations::list(
            defaultFolder, volumes, BundleDestinations::standardMediaRoots() << QStringLiteral("/"));
        for (const auto& d : destinations)
            QVERIFY2(d.folder != QStringLiteral("/ssc-support"), qPrintable(d.folder));
        qInfo() << "removable media mounted here:" << destinations.size() - 1;
    }

    void theLastChoiceIsOfferedWhileItIsThere()
    {
        const QList<Volume> plugged{{stick, QStringLiteral("KINGSTON"), true, false, false}};
        const QString onStick = stick + QStringLiteral("/ssc-support");
        QCOMPARE(
            BundleDestinations::preferred(onStick, BundleDestinations::list(defaultFolder, plugged, {media})),
            onStick);
        QCOMPARE(BundleDestinations::preferred(onStick, BundleDestinations::list(defaultFolder, {}, {media})),
                 defaultFolder);
        QCOMPARE(BundleDestinations::preferred({}, BundleDestinations::list(defaultFolder, plugged, {media})),
                 defaultFolder);
    }

    // The page: Save support bundle asks where, staff press the stick, the bundle is written there and the
    // choice is kept in the user settings file; a new page offers the stick first, and the default when the
    // stick is gone.
    void staffChooseTheStickAndItIsRemembered()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        const QString logs = dir.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        QFile log(logs + QStringLiteral("/session.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("ssc.app: started\n");
        log.close();
        Settings settings(dir.filePath(QStringLiteral("system.ini")),
                          dir.filePath(QStringLiteral("user.ini")));
        bool plugged = true;
        const auto volumes = [&] {
            return plugged ? QList<Volume>{{stick, QStringLiteral("KINGSTON"), true, false, false}}
                           : QList<Volume>{};
        };
        const auto remember = [&](const QString& folder) {
            QVERIFY(settings.setValue(keys::supportBundleFolder, folder));
            settings.sync();
        };
        const DeviceCatalog catalog = DeviceCatalog::standard();
        const QString onStick = stick + QStringLiteral("/ssc-support");
        {
            DiagnosticsScreen page(nullptr, catalog, nullptr);
            page.resize(1280, 800);
            page.setVolumeSource(volumes, {media});
            page.setSupportBundle(logs, defaultFolder);
            page.setSupportFolderMemory(settings.value(keys::supportBundleFolder).toString(), remember);
            page.show();
            QPushButton* save = nullptr;
            for (QPushButton* b : page.findChildren<QPushButton*>())
                if (b->text() == QCoreApplication::translate("ssc::DiagnosticsScreen", "Save support bundle"))
                    save = b;
            QVERIFY(save);
            QTest::mouseClick(save, Qt::LeftButton);
            BundleFolderChooser* chooser = page.supportFolderChooser();
            QVERIFY(chooser->isVisible());
            QCOMPARE(chooser->choiceCount(), 2);
            QVERIFY(chooser->buttonFor(defaultFolder)->property("primary").toBool()); // nothing chosen yet
            QTest::qWait(100); // the buttons' words cut to their width once laid out (a queued call)
            ::save(page, QStringLiteral("diagnostics-bundle-folder-zh_CN.png"));
            QVERIFY(chooser->buttonFor(onStick)->text().contains(u"KINGSTON"));
            QCOMPARE(page.width(), 1280); // a long path is cut, the page not widened
            QCOMPARE(chooser->buttonFor(onStick)->toolTip(), QStringLiteral("U盘 KINGSTON：") + onStick);
            QTest::mouseClick(chooser->buttonFor(onStick), Qt::LeftButton);
            QVERIFY(!chooser->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!page.supportBundlePath().isEmpty(), 15000);
            QVERIFY2(page.supportBundlePath().startsWith(onStick + u'/'),
                     qPrintable(page.supportBundleText()));
            QVERIFY(QFile::exists(page.supportBundlePath()));
            QVERIFY(!QDir(defaultFolder).exists()); // nothing written to the default
        }
        QSettings userFile(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
        QCOMPARE(userFile.value(keys::supportBundleFolder).toString(), onStick);

        // Next time: the stick is offered first; written there again without asking when told to export.
        DiagnosticsScreen again(nullptr, catalog, nullptr);
        again.setVolumeSource(volumes, {media});
        again.setSupportBundle(logs, defaultFolder);
        again.setSupportFolderMemory(settings.value(keys::supportBundleFolder).toString(), remember);
        again.chooseSupportFolder();
        QVERIFY(again.supportFolderChooser()->buttonFor(onStick)->property("primary").toBool());
        QVERIFY(!again.supportFolderChooser()->buttonFor(defaultFolder)->property("primary").toBool());
        QVERIFY(useLanguage(englishLanguage));
        // The language change is posted to the windows: the words follow once it is delivered.
        QTRY_VERIFY(
            again.supportFolderChooser()->buttonFor(onStick)->toolTip().startsWith(u"USB drive KINGSTON"));
        again.resize(1280, 800);
        again.show();
        QCOMPARE(again.width(), 1280);
        QTest::qWait(100);
        save(again, QStringLiteral("diagnostics-bundle-folder-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QTRY_VERIFY(again.supportFolderChooser()->buttonFor(onStick)->toolTip().startsWith(u"U盘"));

        // The stick pulled out: only the default is offered, and it is the one marked.
        plugged = false;
        DiagnosticsScreen unplugged(nullptr, catalog, nullptr);
        unplugged.setVolumeSource(volumes, {media});
        unplugged.setSupportBundle(logs, defaultFolder);
        unplugged.setSupportFolderMemory(settings.value(keys::supportBundleFolder).toString(), remember);
        unplugged.chooseSupportFolder();
        QCOMPARE(unplugged.supportFolderChooser()->choiceCount(), 1);
        QVERIFY(unplugged.supportFolderChooser()->buttonFor(defaultFolder)->property("primary").toBool());
        unplugged.exportSupportBundle();
        QTRY_VERIFY_WITH_TIMEOUT(!unplugged.supportBundlePath().isEmpty(), 15000);
        QVERIFY(unplugged.supportBundlePath().startsWith(defaultFolder + u'/'));
    }
};

QTEST_MAIN(TestBundleFolder)
#include "tst_bundlefolder.moc"
