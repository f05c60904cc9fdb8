// Dispute intake at a counter against the real platform: the four steps, the employer's credit code caught
// when mistyped, the one-year limit explained from the dates given, evidence attached from files (hostile
// ones refused in words, good ones previewed), filed once, and the progress (受理, 调解中 …) shown on
// return without entering anything.
#include "evidencefiles.h"
#include "screensession.h"
#include "screenshots.h"

#include "disputes/disputescreen.h"
#include "moduleapi/formview.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultscreen.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>

using namespace ssc;

class TestDisputeScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir files;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(files.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

    static void fillFirstThreeSteps(FormView& view, const QDate& arose)
    {
        view.enter(QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街1号"));
        QVERIFY(view.next());
        view.enter(QStringLiteral("employerName"), QStringLiteral("北京某某科技有限公司"));
        view.enter(QStringLiteral("employerCode"), QStringLiteral("91350100M0001TGQX1"));
        view.enter(QStringLiteral("employerAddress"), QStringLiteral("北京市朝阳区望京街10号"));
        QVERIFY(view.next());
        view.enter(QStringLiteral("category"), QStringLiteral("dismissal"));
        view.enter(QStringLiteral("stillEmployed"), QStringLiteral("no"));
        view.enter(QStringLiteral("endedOn"), arose.toString(Qt::ISODate));
        view.enter(QStringLiteral("aroseOn"), arose.toString(Qt::ISODate));
        view.enter(QStringLiteral("amount"), QStringLiteral("36000"));
        view.enter(QStringLiteral("claims"), QStringLiteral("支付违法解除劳动合同赔偿金"));
        view.enter(QStringLiteral("facts"), QStringLiteral("公司未说明理由即通知解除劳动合同。"));
        QVERIFY(view.next());
    }

    void decide(const QString& receipt, const char* decision)
    {
        QCOMPARE(platform
                     .request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                              QByteArray(R"({"decision":")") + decision + "\"}",
                              {{"Content-Type", "application/json"}})
                     .status,
                 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void aPaperIsPhotographedWithTheTerminalsCamera()
    {
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("hk-resident"));
        QImage paper(800, 600, QImage::Format_RGB32);
        paper.fill(Qt::white);
        bool cameraOn = false;
        context.camera = [&] { return cameraOn ? paper : QImage(); };
        DisputeScreen screen(context);
        screen.resize(1280, 800);
        screen.show();
        QTRY_COMPARE_WITH_TIMEOUT(screen.page(), ApplicationScreen::Page::Form, 15000);
        FormView* view = screen.formView();
        view->enter(QStringLiteral("address"), QStringLiteral("深圳市福田区"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("dispute-step1"), [&] {
            return screen.statusText().contains(u"Four steps");
        }));
        QVERIFY(view->next());
        view->enter(QStringLiteral("employerName"), QStringLiteral("深圳某某有限公司"));
        view->enter(QStringLiteral("employerCode"), QStringLiteral("91350100M0001TGQX1"));
        view->enter(QStringLiteral("employerAddress"), QStringLiteral("深圳市南山区"));
        QVERIFY(view->next());
        view->enter(QStringLiteral("category"), QStringLiteral("pay"));
        view->enter(QStringLiteral("stillEmployed"), QStringLiteral("yes"));
        view->enter(QStringLiteral("aroseOn"), QDate::currentDate().addMonths(-1).toString(Qt::ISODate));
        view->enter(QStringLiteral("claims"), QStringLiteral("支付拖欠工资"));
        view->enter(QStringLiteral("facts"), QStringLiteral("两个月工资未发。"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("dispute-step3"), [&] {
            return screen.statusText().contains(u"Four steps");
        }));
        QVERIFY(view->next());
        // Pay owed during the employment: no time limit while it lasts, said on the evidence step.
        QVERIFY2(screen.statusText().contains(u"随时"), qPrintable(screen.statusText()));
        auto* photo = view->findChild<QPushButton*>(QStringLiteral("photoEvidence"));
        QVERIFY(photo);
        QTRY_VERIFY(photo->isVisible());
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("addEvidence"))->isVisible()); // not at a kiosk
        photo->click(); // the camera gives nothing yet
        QVERIFY(screen.evidencePanel()->problemText().contains(u"摄像头"));
        cameraOn = true;
        photo->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen.form().value(QStringLiteral("evidence")).size(), 17, 10000);
        QVERIFY(allLabelText(&screen).contains(u"photo-"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("dispute-evidence-photo"),
                                                  [&] { return screen.statusText().contains(u"any time"); }));
    }

    void aMistypedEmployerCodeIsCaughtAtTheField()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<DisputeScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        QCOMPARE(screen->form().value(QStringLiteral("phone")).size(), 11); // prefilled from the person
        view->enter(QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道100号"));
        QVERIFY(view->next());
        view->enter(QStringLiteral("employerName"), QStringLiteral("上海某某贸易有限公司"));
        view->enter(QStringLiteral("employerCode"), QStringLiteral("91350100M0001TGQX2"));
        QVERIFY(!view->problemText(QStringLiteral("employerCode")).isEmpty());
        QVERIFY(!view->next());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-employer-code"), [&] {
            return !view->problemText(QStringLiteral("employerCode")).isEmpty() &&
                   screen->statusText().contains(u"Four steps");
        }));
    }

    void aClaimPastTheLimitIsExplainedAndStillFiledWithEvidence()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<DisputeScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        fillFirstThreeSteps(*view, QDate::currentDate().addYears(-2));
        // On the evidence step: the time limit, worked out from the dates.
        QVERIFY2(screen->statusText().contains(u"一年"), qPrintable(screen->statusText()));
        EvidencePanel* panel = screen->evidencePanel();
        QVERIFY(panel);
        // Hostile files are refused in words and attach nothing.
        panel->addFile(
            write(QStringLiteral("evil.zip"),
                  evidencefiles::zip({{QStringLiteral("../../autostart/run.jpg"), evidencefiles::jpeg()}})));
        QVERIFY2(panel->problemText().contains(u"压缩包"), qPrintable(panel->problemText()));
        QVERIFY(screen->form().value(QStringLiteral("evidence")).isEmpty());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-evidence-refused"), [&] {
            return screen->statusText().contains(u"arbitration");
        }));
        panel = screen->evidencePanel();
        panel->addFile(write(QStringLiteral("fake.pdf"), evidencefiles::jpeg()));
        QVERIFY(panel->problemText().contains(u"不符"));
        // A photo and an archive of a PDF: attached and previewed.
        panel->addFile(write(QStringLiteral("工资条.jpg"), evidencefiles::jpeg(640, 480)));
        QTRY_VERIFY_WITH_TIMEOUT(screen->form().value(QStringLiteral("evidence")).size() == 17, 10000);
        panel->addFile(write(QStringLiteral("合同.zip"),
                             evidencefiles::zip({{QStringLiteral("合同.pdf"), evidencefiles::pdf()}})));
        QTRY_VERIFY_WITH_TIMEOUT(screen->form().value(QStringLiteral("evidence")).split(u',').size() == 2,
                                 10000);
        QVERIFY(panel->problemText().isEmpty());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-evidence"), [&] {
            return screen->statusText().contains(u"arbitration");
        }));
        QVERIFY(screen->formView()->next());
        QVERIFY(screen->formView()->reviewText().contains(u"北京某某科技有限公司"));
        QVERIFY2(screen->formView()->reviewText().contains(u"工资条.jpg"),
                 qPrintable(screen->formView()->reviewText()));
        // At the counter the citizen, not the clerk, confirms: with their own code, not anyone else's.
        QVERIFY(screen->awaitingConfirmation());
        QVERIFY(!screen->formView()->submitButton()->isVisibleTo(screen.get()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-review"), [&] {
            return screen->formView()->reviewText().contains(u"Employer");
        }));
        screen->confirmWithCode(platform.mint(QStringLiteral("li-na")));
        QTRY_VERIFY2(screen->problemNotice()->detail().contains(u"其他人"),
                     qPrintable(screen->problemNotice()->detail()));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QVERIFY(
            demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-confirm-someone-else"), [&] {
                return screen->problemNotice()->detail().contains(u"someone else");
            }));
        screen->confirmWithCode(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Success);
        QVERIFY(screen->resultPage()->receiptShown().startsWith(u"R20"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("dispute-filed"), [&] {
            return screen->resultPage()->headline().contains(u"submitted");
        }));
        // Progress without re-entering anything: accepted, then in mediation.
        auto status = counter.open<DisputeScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(status->page(), ApplicationScreen::Page::Status);
        const auto list =
            platform.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/me/applications"),
                                {}, {{"X-SSC-Citizen-Session", counter.token()}});
        const QJsonArray applications = list.json[QStringLiteral("applications")].toArray();
        QCOMPARE(applications.size(), 1);
        const QString receipt = applications[0].toObject()[QStringLiteral("receipt")].toString();
        QVERIFY(allLabelText(status.get()).contains(u"等待审核"));
        decide(receipt, "accept");
        decide(receipt, "mediate");
        auto mediating = counter.open<DisputeScreen>(QStringLiteral("zhang-wei"));
        QVERIFY2(allLabelText(mediating.get()).contains(u"调解中"),
                 qPrintable(allLabelText(mediating.get())));
        QVERIFY(demoterminal::saveInBothLanguages(*mediating, QStringLiteral("dispute-progress"), [&] {
            return allLabelText(mediating.get()).contains(u"In mediation");
        }));
    }
};

QTEST_MAIN(TestDisputeScreen)
#include "tst_disputescreen.moc"
