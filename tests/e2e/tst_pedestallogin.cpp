// End to end: the platform, the kiosk window and an emulated HID POS pedestal read by the real libusb driver.
// A demo person's code logs them in; a lost card and a used code are refused with the brief's words; the idle
// timeout leaves nothing of the person on screen or in the session log (privacy logging on, the worst case).
#include "kioskrig.h"
#include "privacy/masking.h"

#include "homescreen.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "messagescreen.h"
#include "session/loginflow.h"
#include "startscreen.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestPedestalLogin : public QObject {
    Q_OBJECT
    QTemporaryDir logs;
    QString logFile;
    KioskRig rig;

    QString screenText()
    {
        QString text;
        for (const QLabel* l : rig.window().findChildren<QLabel*>())
            text += l->text() + u'\n';
        for (const QAbstractButton* b : rig.window().findChildren<QAbstractButton*>())
            text += b->text() + u'\n';
        return text;
    }

private slots:
    void initTestCase()
    {
        LogOptions options;
        options.directory = logs.path();
        options.privacyEnabled = true;
        logFile = installLogHandler(options);
        QVERIFY(!logFile.isEmpty());
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(rig.start(6, 3), qPrintable(rig.error()));
    }

    void aScannedCodeOpensTheHomeScreen()
    {
        rig.scan(rig.platform().mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::LoggedIn, 10000);
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().homeScreen()));
        QCOMPARE(rig.window().homeScreen()->greeting(), QStringLiteral("您好，张*"));
        rig.flow().logout();
    }

    void aLostCardIsRefusedWithTheBriefsAdvice()
    {
        rig.scan(rig.platform().mint(QStringLiteral("wang-qiang-lost")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::Refused, 10000);
        QVERIFY(rig.window().messageScreen()->message().contains(u"挂失"));
        QVERIFY(rig.window().messageScreen()->advice().contains(u"申请补换卡"));
        rig.flow().dismissRefusal();
    }

    void aUsedCodeAsksForAFreshOne()
    {
        const QString code = rig.platform().mint(QStringLiteral("li-na"));
        rig.scan(code);
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::LoggedIn, 10000);
        rig.flow().logout();
        rig.scan(code);
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::Refused, 10000);
        QVERIFY(rig.window().messageScreen()->advice().contains(u"刷新"));
        rig.flow().dismissRefusal();
    }

    void idleTimeoutLeavesNothingOnScreenOrInTheLog()
    {
        rig.scan(rig.platform().mint(QStringLiteral("chen-unemployed")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::LoggedIn, 10000);
        // The whole name and number, as the platform holds them (the session itself holds them masked).
        const QJsonObject onFile = rig.platform().demoPerson(QStringLiteral("chen-unemployed"));
        const QString name = onFile.value(QStringLiteral("name")).toString();
        const QString number = onFile.value(QStringLiteral("ssn")).toString();
        QCOMPARE(rig.flow().session()->person.maskedSsn, mask(number, MaskKind::IdNumber));
        rig.window().openService(QStringLiteral("my-card"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().state(), LoginFlow::State::Idle, 12000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().startScreen()));
        const QString onScreen = screenText();
        QVERIFY(!onScreen.contains(name) && !onScreen.contains(number));
        QFile log(logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logged = QString::fromUtf8(log.readAll());
        QVERIFY(logged.contains(u"idle timeout"));         // the log was written during all this
        QVERIFY(logged.contains(u"ssc.privacy: citizen")); // and the person was logged, masked
        QVERIFY(logged.contains(number.left(2) + u'*'));
        QVERIFY2(!logged.contains(number), "a full social security number reached the log");
        QVERIFY2(!logged.contains(name), "a full name reached the log");
    }
};

QTEST_MAIN(TestPedestalLogin)
#include "tst_pedestallogin.moc"
