// The start screen offscreen: it shows the prompt in Chinese first, switches language and the elder
// interface from its header, and is saved as a picture for people to look at.
#include "headerbar.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "startscreen.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ssc;

class TestStartScreen : public QObject {
    Q_OBJECT

    static void save(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + u'/' + name));
    }

private slots:
    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void showsThePromptInChineseFirst()
    {
        MainWindow window(TerminalMode::Kiosk, true, Theme::Standard);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.startScreen()->promptTitle(), QStringLiteral("请出示电子社保卡二维码"));
        QVERIFY(window.windowTitle().contains(u"社保"));
        save(window, QStringLiteral("start-zh_CN.png"));
    }

    void languageButtonSwitchesBothWays()
    {
        MainWindow window(TerminalMode::Counter, false, Theme::Standard);
        window.show();
        auto* button = window.headerBar()->findChild<QPushButton*>(QStringLiteral("languageButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("English"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(currentLanguage(), englishLanguage);
        // LanguageChange is a posted event: the screen follows on the next turn of the event loop.
        // A counter's clerk asks the applicant (the kiosk's citizen is asked to show their own).
        QTRY_COMPARE(window.startScreen()->promptTitle(),
                     QStringLiteral("Ask for the applicant's e-card QR code or card")); // plain English
        QCOMPARE(button->text(), QStringLiteral("中文"));
        window.resize(1280, 800);
        save(window, QStringLiteral("start-en.png"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(currentLanguage(), chineseLanguage);
        QTRY_COMPARE(window.startScreen()->promptTitle(), QStringLiteral("请申请人出示电子社保卡或插卡"));
    }

    void elderInterfaceMakesTextAndTargetsLarger()
    {
        MainWindow window(TerminalMode::Kiosk, true, Theme::Standard);
        window.resize(1280, 800);
        window.show();
        auto* title = window.startScreen()->findChild<QLabel*>(QStringLiteral("promptTitle"));
        auto* elder = window.headerBar()->findChild<QPushButton*>(QStringLiteral("elderButton"));
        QVERIFY(title && elder);
        const int before = title->fontInfo().pixelSize();
        QTest::mouseClick(elder, Qt::LeftButton);
        QCOMPARE(window.theme(), Theme::Elder);
        QCoreApplication::processEvents();
        // Elder interface: largest type >= 30 pt and touch targets >= 60 px (rules.md §11).
        QVERIFY2(title->fontInfo().pixelSize() > before,
                 qPrintable(QString::number(title->fontInfo().pixelSize())));
        QVERIFY(title->fontInfo().pixelSize() >= 40);
        QVERIFY(elder->sizeHint().height() >= 60);
        QCOMPARE(elder->text(), QStringLiteral("标准版"));
        save(window, QStringLiteral("start-elder-zh_CN.png"));
        QTest::mouseClick(elder, Qt::LeftButton);
        QCOMPARE(window.theme(), Theme::Standard);
    }
};

QTEST_MAIN(TestStartScreen)
#include "tst_startscreen.moc"
