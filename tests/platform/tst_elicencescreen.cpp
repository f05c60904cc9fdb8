// The e-licence (亮证) on "My social security card" against the real platform (docs/card-services.md, "The
// e-licence"): at a kiosk the logged-in person opens it; the page shows the platform's signed licence masked,
// its verification code grouped, and a QR that decodes to exactly the signed licence, whose signature the
// published keys confirm; no whole value on the screen; not offered at a counter. zh and en, standard and
// elder. The platform's side: tst_elicenceapi.
#include "../documents/pdftext.h"
#include "../printing/cupsserver.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screensession.h"
#include "screenshots.h"

#include "camera/qrdecoder.h"
#include "ecard/elicence.h"
#include "i18n/translator.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "mycard/elicencepage.h"
#include "mycard/mycardscreen.h"
#include "printservice.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ssc;

class TestELicenceScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    static QPushButton* eLicenceButton(MyCardScreen& screen)
    {
        return screen.findChild<QPushButton*>(QStringLiteral("eLicenceButton"));
    }

    static QStringList visibleTexts(QWidget& widget)
    {
        QStringList texts;
        for (QLabel* label : widget.findChildren<QLabel*>())
            if (label->isVisible())
                texts << label->text();
        return texts;
    }

    QByteArray publishedKey(quint8 keyId)
    {
        const auto keys =
            platform.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/ecard/keys"));
        for (const QJsonValue& k : keys.json[QStringLiteral("keys")].toArray())
            if (k.toObject()[QStringLiteral("keyId")].toInt() == keyId)
                return QByteArray::fromBase64(
                    k.toObject()[QStringLiteral("publicKey")].toString().toLatin1());
        return {};
    }

    static void save(QWidget& widget, const QString& name) { demoterminal::saveScreenshot(widget, name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void aKioskShowsTheSignedLicenceWithItsQr()
    {
        ScreenSession kiosk(platform);
        const ModuleContext context = kiosk.logIn(QStringLiteral("zhang-wei"));
        MyCardScreen screen(context);
        screen.resize(1280, 800);
        screen.show();
        QPushButton* open = eLicenceButton(screen);
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        ELicencePage* page = screen.eLicence();
        QVERIFY(page && page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page->showingLicence(), 10000);
        QVERIFY(!page->problem()->isVisible());

        // The QR on the screen is the licence the platform signed, and the published keys confirm it.
        auto* qr = page->findChild<QLabel*>(QStringLiteral("eLicenceQr"));
        QVERIFY(qr && qr->isVisible());
        const QrReading read = QrDecoder::decode(qr->pixmap().toImage());
        QVERIFY2(read.found(), qPrintable(read.reason()));
        QCOMPARE(read.text, page->qrText());
        const auto parsed = ELicenceText::parse(read.text);
        QVERIFY(std::holds_alternative<SignedELicence>(parsed));
        const SignedELicence& shown = std::get<SignedELicence>(parsed);
        QCOMPARE(verifyELicence(shown, publishedKey(shown.licence.keyId), QDateTime::currentSecsSinceEpoch()),
                 ELicenceVerdict::Valid);

        // What the screen says is what is signed: the holder masked, the code grouped for reading.
        const QStringList texts = visibleTexts(screen);
        QVERIFY(texts.contains(shown.licence.holderName));
        QVERIFY(shown.licence.holderName.contains(u'*'));
        QVERIFY(texts.contains(shown.licence.holderNumber));
        QVERIFY(texts.contains(shown.licence.cardNumber));
        const QString code = shown.licence.verificationCode();
        QVERIFY(texts.contains(code.left(4) + u' ' + code.mid(4, 4) + u' ' + code.mid(8, 4) + u' ' +
                               code.mid(12, 4) + u' ' + code.mid(16, 4)));
        for (const QString& whole : platform.wholeValuesOnFile(QStringLiteral("zhang-wei")))
            for (const QString& text : texts)
                QVERIFY2(!text.contains(whole), qPrintable(text));

        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("e-licence"), [&] {
            return page->openAgainButton()->text() == u"Open it again";
        }));
        applyTheme(*qApp, Theme::Elder);
        save(screen, QStringLiteral("e-licence-elder-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        save(screen, QStringLiteral("e-licence-elder-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);

        // Opened again: a new showing, a new code; Back returns to the cards.
        QTest::mouseClick(page->openAgainButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->qrText() != read.text && page->showingLicence(), 10000);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QTRY_VERIFY(!screen.eLicence());
    }

    // Printed through the kiosk's printer (a private CUPS with cups-pdf): the paper carries the fields
    // masked, the code, and the QR of the same signed licence.
    void printsTheLicence()
    {
        PrintService printer(cupsserver::server(), QStringLiteral("PDF"));
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("li-na"));
        context.printer = &printer;
        MyCardScreen screen(context);
        screen.resize(1280, 800);
        screen.show();
        screen.openELicence();
        ELicencePage* page = screen.eLicence();
        QTRY_VERIFY_WITH_TIMEOUT(page->showingLicence(), 10000);
        DocumentActions* actions = page->documentActions();
        QVERIFY(actions->printButton()->isVisible());
        const int before = cupsserver::outputCount();
        actions->printButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->printing(), 30000);
        QVERIFY2(actions->statusText().contains(u"打印完成"), qPrintable(actions->statusText()));
        QCOMPARE(cupsserver::outputCount(), before + 1);
        save(screen, QStringLiteral("e-licence-printed-zh_CN.png"));
        QFile printed(cupsserver::newestOutput());
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray pdf = printed.readAll();
        const SignedELicence shown = std::get<SignedELicence>(ELicenceText::parse(page->qrText()));
        const QString text = pdftext::fromBytes(pdf);
        QVERIFY2(text.contains(shown.licence.holderName), qPrintable(text));
        QVERIFY(text.contains(page->shownValue(QStringLiteral("verificationCode"))));
        for (const QString& whole : platform.wholeValuesOnFile(QStringLiteral("li-na")))
            QVERIFY2(!text.contains(whole), qPrintable(whole));
        const QrReading read = QrDecoder::decode(pdftext::renderPage(pdf, 1, 150));
        QVERIFY2(read.found(), qPrintable(read.reason()));
        QCOMPARE(read.text, page->qrText());
    }

    // At a counter the citizen shows their phone; the kiosk's button is not there.
    void notOfferedAtACounter()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        MyCardScreen screen(counter.logIn(QStringLiteral("li-na")));
        screen.show();
        QVERIFY(!eLicenceButton(screen));
    }
};

QTEST_MAIN(TestELicenceScreen)
#include "tst_elicencescreen.moc"
