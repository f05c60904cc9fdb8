// A counter checks an e-licence shown on a phone (亮证; docs/card-services.md, "The e-licence"), through the
// window's scanner input as the pedestal hands it over: a genuine, fresh licence is confirmed by the platform
// and its holder shown to the clerk masked, logging nobody in; a forged, altered or stale licence is refused
// at once with the reason, without asking the platform. The platform's side: tst_elicenceapi.
#include "elicences.h"
#include "platformfixture.h"
#include "screenshots.h"
#include "staffwindow.h"

#include "moduleapi/noticebanner.h"
#include "sessionnotices.h"
#include "theme.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestELicenceCounter : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<demoterminal::StaffWindow> counter;

    NoticeBanner* told() { return counter->window->sessionNotices()->toldBanner(); }

    int verifiedRows()
    {
        QSqlQuery q(platform.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'e_licence_verified'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    // The text scanned at the counter; the notice that answers it.
    void scan(const QString& text)
    {
        told()->setNotice(design::Tone::Info, QStringLiteral("-"));
        counter->window->codeScanned(text);
        QTRY_VERIFY_WITH_TIMEOUT(told()->isVisible() && told()->headline() != u"-", 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        counter = std::make_unique<demoterminal::StaffWindow>(platform.port(), TerminalMode::Counter);
        counter->signIn(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026"));
        QTRY_VERIFY_WITH_TIMEOUT(counter->staff.staff().has_value(), 10000);
    }

    void aGenuineLicenceShowsTheHolderMasked()
    {
        const QString qr = elicences::shownBy(platform, QStringLiteral("zhang-wei"));
        const SignedELicence shown = elicences::parsed(qr);
        QVERIFY(!shown.signature.isEmpty());
        scan(qr);
        QCOMPARE(told()->tone(), design::Tone::Success);
        QVERIFY2(told()->detail().contains(shown.licence.holderName), qPrintable(told()->detail()));
        QVERIFY(told()->detail().contains(shown.licence.holderNumber));
        QVERIFY(shown.licence.holderName.contains(u'*'));
        QCOMPARE(verifiedRows(), 1);
        // Nobody is logged in by it.
        QCOMPARE(counter->flow.state(), LoginFlow::State::Idle);
        demoterminal::saveScreenshot(*counter->window,
                                     QStringLiteral("e-licence-counter-verified-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(told()->headline() == u"E-licence genuine and fresh");
        demoterminal::saveScreenshot(*counter->window, QStringLiteral("e-licence-counter-verified-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    // Refused on the terminal, with the reason, before anything reaches the platform.
    void forgedAlteredAndStaleAreRefusedAtOnce()
    {
        const SignedELicence genuine =
            elicences::parsed(elicences::shownBy(platform, QStringLiteral("li-na")));
        const int before = verifiedRows();

        SignedELicence altered = genuine;
        altered.licence.holderName = QStringLiteral("张三"); // unmasked, the platform's signature kept
        scan(altered.text());
        QCOMPARE(told()->tone(), design::Tone::Error);
        QVERIFY2(told()->detail().contains(u"改动"), qPrintable(told()->detail()));
        demoterminal::saveScreenshot(*counter->window, QStringLiteral("e-licence-counter-refused-zh_CN.png"));

        SignedELicence forged = genuine;
        forged.signature = Ed25519PrivateKey::generate().sign(forged.licence.signedMessage());
        scan(forged.text());
        QCOMPARE(told()->tone(), design::Tone::Error);

        SignedELicence stale = genuine;
        stale.licence.issuedAt -= ELicence::defaultLifetimeSeconds + 10;
        scan(elicences::signedByThePlatformsKey(platform, stale));
        QCOMPARE(told()->tone(), design::Tone::Error);
        QVERIFY2(told()->detail().contains(u"5"), qPrintable(told()->detail()));

        scan(QStringLiteral("SSCEL1.garbage"));
        QCOMPARE(told()->tone(), design::Tone::Error);
        QCOMPARE(verifiedRows(), before); // none of them reached the platform's check
        QCOMPARE(counter->flow.state(), LoginFlow::State::Idle);
    }

    // The platform decides what the terminal cannot know: a lost card's licence.
    void thePlatformRefusesALostCardsLicence()
    {
        const QString qr = elicences::shownBy(platform, QStringLiteral("chen-unemployed"));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET status = 'lost' WHERE id = (SELECT card_id FROM "
                                      "e_licences WHERE serial = '%1')")
                           .arg(elicences::parsed(qr).licence.verificationCode())));
        scan(qr);
        QCOMPARE(told()->tone(), design::Tone::Error);
        QVERIFY2(told()->detail().contains(u"挂失"), qPrintable(told()->detail()));
    }
};

QTEST_MAIN(TestELicenceCounter)
#include "tst_elicencecounter.moc"
