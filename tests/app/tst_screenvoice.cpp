// "Read this screen to me" (长辈版) and the time left in the header: what a screen says (its title first,
// then its words top to bottom, not its buttons), the button only in the elder interface of a terminal with a
// voice, the window saying its current screen in the current language, and the clock's words (other words and
// the warning tone in the last minute).
#include "fakevoice.h"
#include "headerbar.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace ssc;

namespace {
QString timeLeftTone(const HeaderBar& header)
{
    return header.findChild<QLabel*>(QStringLiteral("timeLeft"))->property("tone").toString();
}
} // namespace

class TestScreenVoice : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void aScreenIsReadTitleFirstThenTopToBottomWithoutItsButtons()
    {
        QWidget screen;
        auto* layout = new QVBoxLayout(&screen);
        auto* intro = new QLabel(QStringLiteral("请选择年度"));
        auto* title = new QLabel(QStringLiteral("社保权益记录单"));
        title->setObjectName(QStringLiteral("pageTitle"));
        auto* hidden = new QLabel(QStringLiteral("不该读出"));
        auto* rich = new QLabel(QStringLiteral("回执编号 <b>R2026 1129</b>"));
        layout->addWidget(intro);
        layout->addWidget(title);
        layout->addWidget(hidden);
        layout->addWidget(new QPushButton(QStringLiteral("打印")));
        layout->addWidget(rich);
        layout->addWidget(new QLabel(QString()));
        screen.resize(600, 400);
        screen.show();
        hidden->hide();
        QCOMPARE(screenText(&screen), QStringLiteral("社保权益记录单\n请选择年度\n回执编号 R2026 1129"));
        QCOMPARE(screenText(nullptr), QString());
    }

    // In both interfaces (review A8), wherever the terminal has a voice.
    void theButtonIsInEveryInterfaceOfATerminalWithAVoice()
    {
        HeaderBar header;
        header.show();
        QPushButton* button = header.readAloudButton();
        QVERIFY(!button->isVisible()); // standard, no voice
        header.setElderInterface(true);
        QVERIFY(!button->isVisible()); // elder, no voice
        header.setReadAloudAvailable(true);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("朗读本页"));
        header.setElderInterface(false);
        QVERIFY(button->isVisible()); // standard, with a voice
    }

    // The product's name stays beside Read aloud where the row has room for it whole (a landscape kiosk), and
    // gives way to the switches where it has not (English, portrait): never cut, never a second row for it.
    void theNameStaysBesideReadAloudWhereItFits()
    {
        applyTheme(*qApp, Theme::Elder);
        HeaderBar header;
        header.setElderInterface(true);
        header.setReadAloudAvailable(true);
        header.resize(1280, 92);
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        auto* title = header.findChild<QLabel*>(QStringLiteral("headerTitle"));
        QTRY_VERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("电子社保卡服务"));
        QVERIFY2(title->width() >= title->fontMetrics().horizontalAdvance(title->text()),
                 qPrintable(QString::number(title->width())));
        // Home and the time take the room the name had: everything else still fits one row, without the name.
        header.setHomeOffered(true);
        header.showTimeLeft(3599);
        QTRY_VERIFY(!title->isVisible());
        const auto* home = header.findChild<QPushButton*>(QStringLiteral("headerHomeButton"));
        const auto rowOf = [](const QWidget* w) { return w->geometry().center().y(); };
        QTRY_VERIFY(qAbs(rowOf(header.readAloudButton()) - rowOf(home)) < 10); // one row
        // English on a portrait screen: the switches need a row of their own, and the first row has the name.
        QVERIFY(useLanguage(englishLanguage));
        header.resize(560, 140);
        QTRY_VERIFY(title->isVisible());
        QTRY_VERIFY(rowOf(header.readAloudButton()) > rowOf(home) + 20); // the switches' own row
        applyTheme(*qApp, Theme::Standard);
    }

    void theWindowReadsItsScreenInTheCurrentLanguage()
    {
        FakeVoice voice;
        ShellServices services;
        services.voice = &voice;
        MainWindow window(TerminalMode::Kiosk, true, Theme::Elder, services);
        window.resize(1280, 800);
        window.show();
        QPushButton* button = window.headerBar()->readAloudButton();
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(voice.said.size(), 1);
        QCOMPARE(voice.said.first().second, chineseLanguage);
        QCOMPARE(voice.said.first().first, screenText(window.currentScreen()));
        QVERIFY2(voice.said.first().first.contains(u"请"), qPrintable(voice.said.first().first));
        QTest::mouseClick(window.headerBar()->findChild<QPushButton*>(QStringLiteral("languageButton")),
                          Qt::LeftButton);
        QCoreApplication::processEvents(); // the screens hear of the language change
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(voice.said.size(), 2);
        QCOMPARE(voice.said.last().second, englishLanguage);
        QVERIFY(!voice.said.last().first.contains(u"请"));
        QVERIFY(!voice.said.last().first.isEmpty());
    }

    void theTimeLeftReadsAsAClock()
    {
        HeaderBar header;
        header.show();
        QCOMPARE(header.timeLeftText(), QString());
        header.showTimeLeft(85);
        QCOMPARE(header.timeLeftText(), QStringLiteral("剩余 1:25"));
        QVERIFY(useLanguage(englishLanguage));
        QCoreApplication::processEvents();
        QCOMPARE(header.timeLeftText(), QStringLiteral("1:25 left"));
        QCOMPARE(timeLeftTone(header), QString());
        // The last minute is said in other words and stands out in the warning tone.
        header.showTimeLeft(61);
        QCOMPARE(header.timeLeftText(), QStringLiteral("1:01 left"));
        header.showTimeLeft(60);
        QCOMPARE(header.timeLeftText(), QStringLiteral("Only 1:00 left"));
        QCOMPARE(timeLeftTone(header), QStringLiteral("warning"));
        QVERIFY(useLanguage(chineseLanguage));
        QCoreApplication::processEvents();
        QCOMPARE(header.timeLeftText(), QStringLiteral("仅剩 1:00"));
        header.showTimeLeft(85);
        QCOMPARE(timeLeftTone(header), QString());
        header.showTimeLeft(0);
        QCOMPARE(header.timeLeftText(), QString());
    }
};

QTEST_MAIN(TestScreenVoice)
#include "tst_screenvoice.moc"
