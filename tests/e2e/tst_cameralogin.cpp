// End to end with the camera instead of a pedestal: frames of a phone showing a freshly minted e-card code
// (as a kiosk camera sees it: moiré, dim light) go through the camera pipeline to the window, and the citizen
// is logged in; a refused code (a lost card) is refused the same way as from a pedestal.
#include "../drivers/hardframes.h"
#include "kioskrig.h"

#include "camera/camerascanner.h"
#include "camera/framesource.h"
#include "camera/qrimage.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "session/loginflow.h"
#include "theme.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestCameraLogin : public QObject {
    Q_OBJECT
    KioskRig rig;
    QTemporaryDir dir;

    // The frames a camera would record of `code` on a phone: empty scene, then the phone with troubles.
    QStringList framesOf(const QString& code, const QString& name)
    {
        const QImage qr = renderQrCode(code, 4);
        QImage empty(640, 480, QImage::Format_Grayscale8);
        empty.fill(QColor(120, 124, 128));
        QStringList paths;
        for (int i = 0; i < 8; ++i) {
            const QImage frame =
                i < 2   ? empty
                : i < 5 ? hardframes::frame(qr, QSize(640, 480), hardframes::Trouble::Moire, quint32(i), 0.7)
                        : hardframes::frame(qr, QSize(640, 480), hardframes::Trouble::Dim, quint32(i), 0.6);
            paths << dir.filePath(QStringLiteral("%1-%2.png").arg(name).arg(i));
            frame.save(paths.last());
        }
        return paths;
    }

    bool waitFor(LoginFlow::State state)
    {
        return QTest::qWaitFor([&] { return rig.flow().state() == state; }, 8000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(rig.start(), qPrintable(rig.error()));
    }

    void aCodeSeenByTheCameraLogsIn()
    {
        CameraScanner camera;
        QObject::connect(&camera, &CodeScanner::codeScanned, &rig.window(), &MainWindow::codeScanned);
        ImageFrames frames(
            framesOf(rig.platform().mint(QStringLiteral("zhang-wei")), QStringLiteral("zhang")), 15);
        camera.attach(&frames);
        QString error;
        QVERIFY(frames.start(&error));
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        QCOMPARE(rig.flow().session()->method, QStringLiteral("ecard"));
        rig.flow().logout();
    }

    void aLostCardSeenByTheCameraIsRefused()
    {
        CameraScanner camera;
        QObject::connect(&camera, &CodeScanner::codeScanned, &rig.window(), &MainWindow::codeScanned);
        ImageFrames frames(
            framesOf(rig.platform().mint(QStringLiteral("wang-qiang-lost")), QStringLiteral("lost")), 15);
        camera.attach(&frames);
        QString error;
        QVERIFY(frames.start(&error));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QCOMPARE(rig.flow().refusal()->code, QStringLiteral("card_lost"));
        rig.flow().dismissRefusal();
    }
};

QTEST_MAIN(TestCameraLogin)
#include "tst_cameralogin.moc"
