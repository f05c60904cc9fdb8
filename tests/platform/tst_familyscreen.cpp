// 亲情服务 and 代他人认证 on screen against the real platform: an adult child binds a parent with the
// parent's own e-card code, sees them listed as due, and the parent certifies by face on the child's session;
// a clerk finds a person by name and number and opens their certification. Screenshots in Chinese and
// English.
#include "screensession.h"
#include "screenshots.h"

#include "facesequences.h"
#include "liveness.h"
#include "moduleapi/resultscreen.h"
#include "pension/certificationscreen.h"
#include "pension/facecertificationscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/familyscreen.h"
#include "pension/pensionservice.h"
#include "pension/stafflookupscreen.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace ssc;
using namespace ssc::face;

namespace {

QPushButton* buttonLabelled(QWidget* screen, const QString& text)
{
    for (QPushButton* b : screen->findChildren<QPushButton*>())
        if (b->isVisible() && b->text().contains(text))
            return b;
    return nullptr;
}

} // namespace

class TestFamilyScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aChildBindsAParentWhoThenCertifies()
    {
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("adult-child"));
        // The camera shows the parent doing whatever the face screen will ask.
        QList<QImage> frames = fixtures::still(12).frames;
        for (int i = 0; i < 3; ++i)
            for (const auto& s : {fixtures::blink(), fixtures::nod(), fixtures::headTurn(),
                                  fixtures::mouthOpen(), fixtures::still(6)})
                frames += s.frames;
        context.camera = fixtures::cameraShowing(frames);
        PensionService service(context, PensionService::Start::Self);
        service.resize(1280, 800);
        service.show();
        QTRY_VERIFY_WITH_TIMEOUT(buttonLabelled(service.top(), QStringLiteral("亲情服务")), 10000);
        buttonLabelled(service.top(), QStringLiteral("亲情服务"))->click();
        auto* family = qobject_cast<FamilyScreen*>(service.top());
        QVERIFY(family);
        QTRY_VERIFY_WITH_TIMEOUT(family->loaded(), 10000);
        QCOMPARE(family->memberCount(), 0);
        family->startBinding();
        QVERIFY(service.awaitingConfirmation()); // the shell hands the next code scanned to this screen
        QVERIFY(demoterminal::saveInBothLanguages(*family, QStringLiteral("family-binding"),
                                                  [&] { return family->statusText().contains(u"consent"); }));
        QVERIFY(allLabelText(family).contains(u"扫码墩"));
        // The child's own code is not consent: said, and the screen still waits.
        service.confirmWithCode(platform.mint(QStringLiteral("adult-child")));
        QTRY_VERIFY_WITH_TIMEOUT(family->statusText().contains(u"本人"), 10000);
        QVERIFY(service.awaitingConfirmation());
        service.confirmWithCode(platform.mint(QStringLiteral("elderly-parent")));
        QTRY_COMPARE_WITH_TIMEOUT(family->memberCount(), 1, 10000);
        QVERIFY(!service.awaitingConfirmation());
        QTRY_VERIFY_WITH_TIMEOUT(buttonLabelled(family, QStringLiteral("现在认证")), 10000);
        QVERIFY(allLabelText(family).contains(u"周*明"));
        QVERIFY(allLabelText(family).contains(u"待认证"));
        QVERIFY(demoterminal::saveInBothLanguages(*family, QStringLiteral("family-members"),
                                                  [&] { return allLabelText(family).contains(u"due"); }));

        buttonLabelled(family, QStringLiteral("现在认证"))->click();
        auto* status = qobject_cast<CertificationScreen*>(service.top());
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->loaded(), 10000);
        QVERIFY(allLabelText(status).contains(u"周*明"));
        QVERIFY(!buttonLabelled(status, QStringLiteral("亲情服务"))); // not from a parent's page
        QVERIFY2(!allLabelText(status).contains(u"您"), qPrintable(allLabelText(status))); // about 周*明
        buttonLabelled(status, QStringLiteral("做动作"))->click();
        // The notice, addressed to 周*明, says who is asking; only the parent's own code agrees.
        auto* consent = qobject_cast<FaceConsentScreen*>(service.top());
        QVERIFY(consent);
        QTRY_VERIFY_WITH_TIMEOUT(consent->loaded(), 10000);
        QVERIFY(allLabelText(consent).contains(u"周*明"));
        QVERIFY(allLabelText(consent).contains(u"亲情服务"));
        consent->agree();
        QVERIFY(service.awaitingConfirmation());
        QVERIFY(consent->statusText().contains(u"周*明"));
        QVERIFY(demoterminal::saveInBothLanguages(*consent, QStringLiteral("face-consent-family"),
                                                  [&] { return consent->statusText().contains(u"e-card"); }));
        service.confirmWithCode(platform.mint(QStringLiteral("adult-child"))); // the child cannot agree
        QTRY_VERIFY_WITH_TIMEOUT(consent->statusText().contains(u"没有记录成功"), 10000);
        QVERIFY(qobject_cast<FaceConsentScreen*>(service.top()));
        service.confirmWithCode(platform.mint(QStringLiteral("elderly-parent")));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<FaceCertificationScreen*>(service.top()), 10000);
        auto* face = qobject_cast<FaceCertificationScreen*>(service.top());
        QVERIFY(face);
        QTRY_VERIFY_WITH_TIMEOUT(face->answer().has_value(), 40000);
        QCOMPARE(face->answer()->body.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("certified"));
        // The child reads about the parent: "周*明的养老金", not "您的".
        QCOMPARE(face->promptText(), QStringLiteral("认证成功：本认证周期内周*明的养老金将继续正常发放。"));
        QCOMPARE(face->verdictTone(), QStringLiteral("success"));
        QVERIFY(demoterminal::saveInBothLanguages(*face, QStringLiteral("family-certified"),
                                                  [&] { return face->promptText().contains(u"Certified"); }));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT filed_by FROM certification_attempts WHERE outcome = 'certified'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("family"));
        // Back: the parent's page, the family, the child's own page.
        buttonLabelled(face, QStringLiteral("返回"))->click();
        QTRY_VERIFY(qobject_cast<CertificationScreen*>(service.top()));
    }

    // At a counter the clerk serves the citizen in front of them: no "help your family" button addressed to
    // the citizen on the clerk's screen (the clerk certifies another person through 代他人认证).
    void theFamilyServiceIsOfferedAtKiosksOnly()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        ModuleContext context = counter.logIn(QStringLiteral("adult-child"));
        PensionService service(context, PensionService::Start::Self);
        service.resize(1280, 800);
        service.show();
        auto* status = qobject_cast<CertificationScreen*>(service.top());
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->loaded(), 10000);
        auto* family = status->findChild<QPushButton*>(QStringLiteral("familyService"));
        QVERIFY(family);
        QVERIFY(!family->isVisible());
        ScreenSession kiosk(platform);
        PensionService own(kiosk.logIn(QStringLiteral("adult-child")), PensionService::Start::Self);
        own.resize(1280, 800);
        own.show();
        QTRY_VERIFY_WITH_TIMEOUT(buttonLabelled(own.top(), QStringLiteral("亲情服务")), 10000);
    }

    void aClerkCertifiesForSomeoneElse()
    {
        const QString login = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter"));
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(login);
        ModuleContext context;
        context.platform = &counter.client();
        context.mode = TerminalMode::Counter;
        context.camera = [] { return fixtures::portrait(); };
        PensionService service(context, PensionService::Start::Staff);
        service.resize(1280, 800);
        service.show();
        auto* lookup = qobject_cast<StaffLookupScreen*>(service.top());
        QVERIFY(lookup);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ssn FROM people WHERE demo_key = 'liu-retiree'")) && q.next());
        const QString ssn = q.value(0).toString();
        lookup->lookUp(QStringLiteral("刘建"), ssn);
        QTRY_VERIFY_WITH_TIMEOUT(lookup->statusText().contains(u"核对"), 10000);
        QVERIFY(demoterminal::saveInBothLanguages(*lookup, QStringLiteral("staff-lookup-not-found"),
                                                  [&] { return lookup->statusText().contains(u"check"); }));
        lookup->lookUp(QStringLiteral("刘建国"), ssn);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CertificationScreen*>(service.top()), 10000);
        auto* status = qobject_cast<CertificationScreen*>(service.top());
        QTRY_VERIFY_WITH_TIMEOUT(status->loaded(), 10000);
        QVERIFY(allLabelText(status).contains(u"刘*国"));
        QVERIFY2(status->statusText().contains(u"2027-03-10"), qPrintable(status->statusText()));
        // The clerk is told about 刘*国, never "您已完成认证".
        QVERIFY2(status->statusText().startsWith(u"刘*国已完成认证"), qPrintable(status->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*status, QStringLiteral("staff-certify-status"), [&] {
            return status->statusText().contains(u"certified");
        }));
    }
};

QTEST_MAIN(TestFamilyScreen)
#include "tst_familyscreen.moc"
