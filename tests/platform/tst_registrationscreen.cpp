// The unemployment registration on the kiosk against the real platform: refused before typing when not
// eligible, the three steps filled as a finger would, problems said under the field, the review (check
// answers: Change per row and back, Submit before the tick filing nothing) and commitment, filed once even
// when the platform was down at the first try, and the review status shown on return.
#include "platformfixture.h"
#include "registrationfill.h"
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/answersummary.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/formview.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultscreen.h"
#include "theme.h"
#include "unemployment/benefitclaimform.h"
#include "unemployment/registrationform.h"
#include "unemployment/registrationscreen.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTest>

using namespace ssc;

class TestRegistrationScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<ScreenSession> kiosk; // after the platform has started: it needs the port

    std::unique_ptr<RegistrationScreen> openAs(const QString& person)
    {
        return kiosk->open<RegistrationScreen>(person);
    }

    int applicationsOf()
    {
        return int(platform
                       .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"),
                                   {}, {{"X-SSC-Citizen-Session", kiosk->token()}})
                       .json[QStringLiteral("applications")]
                       .toArray()
                       .size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        kiosk = std::make_unique<ScreenSession>(platform);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void aRetireeIsToldBeforeTyping()
    {
        auto screen = openAs(QStringLiteral("liu-retiree"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(u"退休年龄"), qPrintable(screen->statusText()));
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-refused-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        auto english = openAs(QStringLiteral("liu-retiree"));
        QVERIFY(english->statusText().contains(u"retirement age"));
        demoterminal::saveScreenshot(*english, QStringLiteral("registration-refused-en.png"));
    }

    void problemsAreSaidUnderTheField()
    {
        auto screen = openAs(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        screen->formView()->enter(QStringLiteral("phone"), QStringLiteral("12345"));
        QVERIFY(screen->formView()->problemText(QStringLiteral("phone")).contains(u"11"));
        QVERIFY(!screen->formView()->next());
        QVERIFY(!screen->formView()->problemText(QStringLiteral("education")).isEmpty());
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-step1-problems-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(!screen->formView()->problemText(QStringLiteral("education")).isEmpty() ||
                    screen->formView()->problemText(QStringLiteral("phone")).contains(u"11"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-step1-en.png"));
    }

    // The review as "check your answers": a row per answer with its own Change, which goes back to that
    // answer's step and, after Next, straight back to the review; Submit never greyed, and tapped before the
    // tick it files nothing and says why at the tick box; picked answers in the screen's language.
    // Only a number the person typed is theirs to see whole: the one on file came masked, and stays so.
    void onlyATypedPhoneCanBeShownWhole()
    {
        FormState form(unemploymentRegistrationForm(QDate(2026, 12, 6)));
        form.prefillOnFile({{QStringLiteral("phone"), QStringLiteral("138****5678")}});
        const auto phoneAnswer = [&form] {
            for (const AnswerSummary::Answer& a : AnswerSummary::answersOf(form))
                if (a.key == u"phone")
                    return a;
            return AnswerSummary::Answer{};
        };
        QCOMPARE(phoneAnswer().answer, QStringLiteral("138****5678"));
        QVERIFY(phoneAnswer().whole.isEmpty());
        form.set(QStringLiteral("phone"), QStringLiteral("13912345678"));
        QCOMPARE(phoneAnswer().answer, QStringLiteral("139****5678"));
        QCOMPARE(phoneAnswer().whole, QStringLiteral("13912345678"));
    }

    // A bank card number typed for the benefit is a person's number too: masked on the review like the phone,
    // whole only on the person's tap.
    void aTypedBankCardIsMaskedOnTheReview()
    {
        FormState form(unemploymentBenefitForm(QStringLiteral("6217***********4567")));
        form.set(QStringLiteral("account"), QStringLiteral("other"));
        form.set(QStringLiteral("accountNumber"), QStringLiteral("6222021234567890123"));
        for (const AnswerSummary::Answer& a : AnswerSummary::answersOf(form))
            if (a.key == u"accountNumber") {
                QCOMPARE(a.answer, QStringLiteral("6222***********0123"));
                QCOMPARE(a.whole, QStringLiteral("6222021234567890123"));
                return;
            }
        QFAIL("no answer for the bank card number");
    }

    void theReviewChecksEachAnswerAndChangesOne()
    {
        auto screen = openAs(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        QVERIFY(fillRegistration(*view));
        QVERIFY(screen->form().atReview());
        QVERIFY2(screen->statusText().isEmpty(), qPrintable(screen->statusText())); // the intro not again
        const AnswerSummary* summary = view->answerSummary();
        QVERIFY(summary->findChildren<QAbstractScrollArea*>().isEmpty()); // in the page's one scroll
        QCOMPARE(summary->answer(QStringLiteral("household")), QStringLiteral("外地城镇"));
        QVERIFY(summary->findChild<QPushButton*>(QStringLiteral("change:phone")));
        // The typed phone masked for onlookers, whole on the person's tap (a typo is only seen whole), and
        // masked again on the next.
        QCOMPARE(summary->answer(QStringLiteral("phone")), QStringLiteral("138****5678"));
        auto* reveal = summary->findChild<QPushButton*>(QStringLiteral("reveal:phone"));
        QVERIFY(reveal);
        QCOMPARE(reveal->text(), QStringLiteral("显示完整号码"));
        reveal->click();
        QCOMPARE(summary->answer(QStringLiteral("phone")), QStringLiteral("13812345678"));
        QVERIFY(summary->text().contains(u"13812345678"));
        QCOMPARE(reveal->text(), QStringLiteral("隐藏号码"));
        reveal->click();
        QCOMPARE(summary->answer(QStringLiteral("phone")), QStringLiteral("138****5678"));
        QVERIFY(
            !summary->findChild<QPushButton*>(QStringLiteral("reveal:household"))); // only what was masked
        // Change on a step-2 answer: that step, and Next comes back to the review, not through step 3.
        summary->findChild<QPushButton*>(QStringLiteral("change:unemploymentPlace"))->click();
        QTRY_COMPARE(screen->form().step(), 1);
        auto* next = view->findChild<QPushButton*>(QStringLiteral("formNext"));
        QVERIFY(next->text() != u"下一步");
        view->enter(QStringLiteral("unemploymentCity"), QStringLiteral("440100")); // 广州市
        QVERIFY(
            screen->form().value(QStringLiteral("unemploymentPlace")).isEmpty()); // Shenzhen's district went
        QVERIFY(!view->next());
        view->enter(QStringLiteral("unemploymentPlace"), QStringLiteral("440106"));
        QVERIFY(view->next());
        QVERIFY(screen->form().atReview());
        QCOMPARE(summary->answer(QStringLiteral("unemploymentCity")), QStringLiteral("广州市"));
        QCOMPARE(summary->answer(QStringLiteral("unemploymentPlace")), QStringLiteral("天河区"));
        // A change that opens a question on its step (disabled → the grade): asked there before going back.
        summary->findChild<QPushButton*>(QStringLiteral("change:health"))->click();
        QTRY_COMPARE(screen->form().step(), 0);
        view->enter(QStringLiteral("health"), QStringLiteral("disabled"));
        QVERIFY(!view->next());
        QVERIFY(!view->problemText(QStringLiteral("disabilityGrade")).isEmpty());
        view->enter(QStringLiteral("disabilityGrade"), QStringLiteral("3"));
        QVERIFY(view->next());
        QVERIFY(screen->form().atReview());
        QVERIFY(!summary->answer(QStringLiteral("disabilityGrade")).isEmpty());
        // Submit before the tick: enabled, files nothing, says why and takes the focus to the box.
        QPushButton* submit = view->submitButton();
        QVERIFY(submit->isEnabled());
        submit->click();
        QCOMPARE(summary->commitmentProblem(), QStringLiteral("请先勾选承诺"));
        auto* box = view->findChild<QCheckBox*>(QStringLiteral("commitment"));
        QCOMPARE(box->window()->focusWidget(), box);
        QTest::qWait(300);
        QVERIFY(!box->visibleRegion().isEmpty()); // scrolled into view under the words
        QVERIFY(!summary->findChild<NoticeBanner*>()->visibleRegion().isEmpty());
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QCOMPARE(applicationsOf(), 0);
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-review-untick-zh_CN.png"));
        // The whole row is the tick box's target, kiosk-tall: a tap at its far right ticks it.
        QVERIFY2(box->height() >= 60, qPrintable(QString::number(box->height())));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() - 4, box->height() / 2));
        QVERIFY(box->isChecked());
        QVERIFY(summary->commitmentProblem().isEmpty());
        // In English, every answer picked from the form's own options is in English.
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(summary->answer(QStringLiteral("household")), QStringLiteral("Elsewhere, urban"));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const FormStep& step : screen->form().definition().steps)
            for (const FormField& f : step.fields)
                if (f.kind == FieldKind::Choice || f.kind == FieldKind::YesNo)
                    QVERIFY2(!summary->answer(f.key).contains(han), qPrintable(summary->answer(f.key)));
        QCOMPARE(summary->answer(QStringLiteral("unemploymentProvince")).isEmpty(), false);
        QCOMPARE(summary->answer(QStringLiteral("unemploymentCity")), QStringLiteral("Guangzhou"));
        QCOMPARE(summary->answer(QStringLiteral("unemploymentPlace")), QStringLiteral("Tianhe District"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void filedOnceEvenAfterTheFirstTryFailed()
    {
        auto screen = openAs(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QVERIFY(fillRegistration(*screen->formView()));
        QVERIFY(screen->formView()->reviewText().contains(u"本科"));
        screen->formView()->acceptCommitment(true);
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-review-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->formView()->reviewText().contains(u"Bachelor"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-review-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QTRY_VERIFY(screen->formView()->reviewText().contains(u"本科"));
        screen->formView()->acceptCommitment(true); // the review was drawn again: confirmed again
        const QString key = screen->form().idempotencyKey();
        platform.stop(); // the platform is down at the first try
        screen->submit();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 30000);
        QCOMPARE(screen->form().idempotencyKey(), key); // nothing typed is lost; the same application
        // Not a grey sentence: a warning that nothing was filed yet, that nothing is lost, and the way on.
        const NoticeBanner* problem = screen->problemNotice();
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->tone(), design::Tone::Warning);
        QVERIFY2(problem->headline().contains(u"尚未提交"), qPrintable(problem->headline()));
        QVERIFY2(problem->detail().contains(u"只会办理一次"), qPrintable(problem->detail()));
        auto* tryAgain = problem->findChild<QPushButton*>(QStringLiteral("tryAgain"));
        QVERIFY(tryAgain && tryAgain->isVisible());
        QCOMPARE(tryAgain->text(), QStringLiteral("再试一次"));
        QVERIFY(screen->formView()->reviewText().contains(u"本科")); // the answers are all still there
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-no-answer"), [&] {
            return problem->headline().contains(u"not answer");
        }));
        QVERIFY(platform.restart());
        screen->formView()->acceptCommitment(true); // the review was drawn again in each language
        tryAgain->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Success);
        QVERIFY(!problem->isVisible());
        QVERIFY(screen->resultPage()->headline().contains(u"已提交"));
        QVERIFY(screen->resultPage()->receiptShown().startsWith(u"R20"));
        QVERIFY(allLabelText(screen.get()).contains(u"回执号"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-filed-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->resultPage()->headline().contains(u"submitted"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("registration-filed-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(applicationsOf(), 1);
        // Coming back: the review status instead of a new form.
        auto again = openAs(QStringLiteral("li-na"));
        QCOMPARE(again->page(), ApplicationScreen::Page::Status);
        QVERIFY(again->statusText().contains(u"审核"));
        demoterminal::saveScreenshot(*again, QStringLiteral("registration-status-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(again->statusText().contains(u"being reviewed"));
        demoterminal::saveScreenshot(*again, QStringLiteral("registration-status-en.png"));
    }

    void everyStepIsShownInBothLanguages()
    {
        auto screen = openAs(QStringLiteral("hk-resident"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        view->enter(QStringLiteral("education"), QStringLiteral("college"));
        view->enter(QStringLiteral("health"), QStringLiteral("disabled")); // the disability grade appears
        view->enter(QStringLiteral("disabilityGrade"), QStringLiteral("9"));
        view->enter(QStringLiteral("household"), QStringLiteral("other-urban"));
        view->enter(QStringLiteral("residence"), QStringLiteral("深圳市福田区"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-step1-filled"), [&] {
            return allLabelText(view).contains(u"Disability grade");
        }));
        QVERIFY(view->next());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-step2"), [&] {
            return allLabelText(view).contains(u"Reason for the unemployment");
        }));
        // The place by tapping, as a finger does: the province, then its cities, then the city's districts.
        const auto tapChoice = [view](const QString& field, const QString& key) {
            QCoreApplication::processEvents(); // the step redrawn by the last choice
            auto* picker = view->findChild<ChoiceButtons*>(field);
            if (!picker || !picker->keys().contains(key))
                return false;
            picker->click(key); // the button's own click, as a tap
            QTest::qWait(100);  // queued: the form takes it, redraws the step and scrolls to the next list
            picker = view->findChild<ChoiceButtons*>(field);
            return picker && picker->chosenKey() == key;
        };
        QVERIFY(tapChoice(QStringLiteral("unemploymentProvince"), QStringLiteral("44")));
        QVERIFY(!view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentPlace"))); // not before the city
        QCOMPARE(view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentCity"))->keys().size(), 21);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-city"), [&] {
            return view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentCity"))
                ->labels()
                .contains(QStringLiteral("Shenzhen"));
        }));
        QVERIFY(tapChoice(QStringLiteral("unemploymentCity"), QStringLiteral("440300")));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-district"), [&] {
            return view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentPlace"))
                ->labels()
                .contains(QStringLiteral("Nanshan District"));
        }));
        QVERIFY(tapChoice(QStringLiteral("unemploymentPlace"), QStringLiteral("440305")));
        // Beijing: its districts at once, no city asked.
        QVERIFY(tapChoice(QStringLiteral("unemploymentProvince"), QStringLiteral("11")));
        QVERIFY(!view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentCity")));
        QVERIFY(view->findChild<ChoiceButtons*>(QStringLiteral("unemploymentPlace"))
                    ->labels()
                    .contains(QStringLiteral("朝阳区")));
        QVERIFY(tapChoice(QStringLiteral("unemploymentPlace"), QStringLiteral("110105")));
        view->enter(QStringLiteral("reason"), QStringLiteral("24"));
        view->enter(QStringLiteral("claimingInsurance"), QStringLiteral("no"));
        QVERIFY(view->next());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-step3"), [&] {
            return allLabelText(view).contains(u"Work sought");
        }));
    }
};

QTEST_MAIN(TestRegistrationScreen)
#include "tst_registrationscreen.moc"
