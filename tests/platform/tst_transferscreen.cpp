// 社保关系转移 on the kiosk against the real platform: someone insured in Hubei for years and now in Beijing
// finds the form filled with both places and their employer, told where their pension will be drawn; files it
// once; comes back to the review status and then to each step of its progress. Someone whose relation has
// moved already is told so before typing anything.
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/formview.h"
#include "moduleapi/resultpage.h"
#include "theme.h"
#include "transfer/transferscreen.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ssc;

class TestTransferScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    void decide(const QString& receipt, const char* decision)
    {
        const auto r = platform.request(
            "POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
            QJsonDocument(QJsonObject{{QStringLiteral("decision"), QString::fromLatin1(decision)}})
                .toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void aRelationMovedAlreadyIsSaidBeforeTyping()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<TransferScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(u"无需转移"), qPrintable(screen->statusText()));
        // Nothing to move is news, not a failure: told as information, never with the warning's triangle.
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Info);
        QCOMPARE(screen->resultPage()->headline(), QStringLiteral("目前无需转移"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("transfer-nothing"), [&] {
            return screen->statusText().contains(u"nothing more to move") &&
                   screen->resultPage()->headline() == u"No transfer is needed now";
        }));
    }

    // At a counter the clerk reads the same decision about the applicant, not addressed to "you".
    void aCounterReadsTheReasonAboutTheApplicant()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<TransferScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(u"申请人以前各地的社保关系"),
                 qPrintable(screen->statusText()));
        QVERIFY2(!screen->statusText().contains(u"您"), qPrintable(screen->statusText()));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY2(screen->statusText().contains(u"of the applicant") &&
                         !screen->statusText().contains(u"you"),
                     qPrintable(screen->statusText()));
    }

    void aTransferIsFiledAndFollowed()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<TransferScreen>(QStringLiteral("zhao-mover"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QCOMPARE(screen->form().value(QStringLiteral("transferOut")), QStringLiteral("42"));
        QCOMPARE(screen->form().value(QStringLiteral("transferIn")), QStringLiteral("11"));
        QCOMPARE(screen->form().value(QStringLiteral("employer")),
                 QStringLiteral("北京中关村智造科技有限公司"));
        QVERIFY2(screen->statusText().contains(u"湖北省"),
                 qPrintable(screen->statusText())); // the benefit place
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("transfer-form"),
                                                  [&] { return screen->statusText().contains(u"Hubei"); }));
        // Only the person's own places are offered: Hubei to leave, Beijing to go to.
        const FormDefinition& form = screen->form().definition();
        QCOMPARE(form.field(QStringLiteral("transferOut"))->choices.size(), 1);
        QCOMPARE(form.field(QStringLiteral("transferIn"))->choices.size(), 1);
        FormView* view = screen->formView();
        view->enter(QStringLiteral("transferIn"), QStringLiteral("42")); // not offered: said, and no step on
        QVERIFY(!view->next());
        QVERIFY(!view->problemText(QStringLiteral("transferIn")).isEmpty());
        view->enter(QStringLiteral("transferIn"), QStringLiteral("11"));
        QVERIFY(view->next());
        QVERIFY(view->next()); // the phone comes from the card
        view->acceptCommitment(true);
        screen->submit();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QVERIFY(screen->statusText().contains(u"15个工作日"));

        // Back later: reviewed by the new place; then each step as the agencies take it.
        auto again = kiosk.open<TransferScreen>(QStringLiteral("zhao-mover"));
        QCOMPARE(again->page(), ApplicationScreen::Page::Status);
        QVERIFY2(again->statusText().contains(u"转入地"), qPrintable(again->statusText()));
        const QString receipt =
            platform
                .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"), {},
                            {{"X-SSC-Citizen-Session", kiosk.token()}})
                .json[QStringLiteral("applications")]
                .toArray()
                .first()[QStringLiteral("receipt")]
                .toString();
        decide(receipt, "agree");
        auto agreed = kiosk.open<TransferScreen>(QStringLiteral("zhao-mover"));
        QVERIFY2(agreed->statusText().contains(u"联系函"), qPrintable(agreed->statusText()));
        QVERIFY(allLabelText(agreed.get()).contains(u"✓")); // the progress: step 1 done, step 2 under way
        QVERIFY(allLabelText(agreed.get()).contains(u"转出地转移参保缴费信息和基金"));
        QVERIFY(demoterminal::saveInBothLanguages(*agreed, QStringLiteral("transfer-agreed"), [&] {
            return agreed->statusText().contains(u"letter of contact");
        }));
        decide(receipt, "transfer");
        decide(receipt, "complete");
        auto done = kiosk.open<TransferScreen>(QStringLiteral("zhao-mover"));
        QVERIFY2(done->statusText().contains(u"合并计算"), qPrintable(done->statusText()));
    }
};

QTEST_MAIN(TestTransferScreen)
#include "tst_transferscreen.moc"
