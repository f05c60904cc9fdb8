// 养老金测算 on the kiosk against the real platform: the rights records fill the form (years paid and the
// account merged over provinces, the base, the local average wage, an index near wage ÷ average); bad figures
// are said and stop the step; the estimate shows its parts and the minimum years; changing the figures keeps
// every answer; pensioners and the resident scheme are told why there is nothing to estimate.
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/formview.h"
#include "pensionestimate/estimatescreen.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace ssc;

class TestEstimateScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QJsonObject basisOf(const QString& person)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/pension/estimate-basis"),
                        {}, platform.citizenHeaders(person))
            .json;
    }
    static bool walkToReview(FormView& view)
    {
        for (int step = 0; step < 3; ++step)
            if (!view.next())
                return false;
        return true;
    }
    // The explanation of the contribution index on the form's step, if drawn.
    static QLabel* indexHelp(const FormView& view)
    {
        for (QLabel* label : view.findChildren<QLabel*>(QStringLiteral("fieldHelp")))
            if (label->text().contains(u"社平工资"))
                return label;
        return nullptr;
    }
    static YearMonth thisMonth() { return {QDate::currentDate().year(), QDate::currentDate().month()}; }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void theRightsRecordFillsTheForm()
    {
        const QJsonObject basis = basisOf(QStringLiteral("zhang-wei"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EstimateScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), EstimateScreen::Page::Form);
        const FormState& form = *screen->form();
        const int months = basis[QStringLiteral("monthsPaid")].toInt();
        QCOMPARE(form.value(QStringLiteral("yearsPaid")).toInt(), months / 12);
        QCOMPARE(form.value(QStringLiteral("monthsPaid")).toInt(), months % 12);
        QCOMPARE(form.value(QStringLiteral("accountBalance")).toDouble() * 100,
                 double(basis[QStringLiteral("accountBalanceCents")].toInteger()));
        QCOMPARE(form.value(QStringLiteral("averageWage")), QStringLiteral("12049.00"));
        QCOMPARE(form.value(QStringLiteral("monthlyWage")).toDouble() * 100,
                 double(basis[QStringLiteral("monthlyBaseCents")].toInteger()));
        const double ratio = double(basis[QStringLiteral("monthlyBaseCents")].toInteger()) / 1204900.0;
        QVERIFY(std::abs(form.value(QStringLiteral("averageIndex")).toDouble() - ratio) <= 0.3);
        QVERIFY(!form.definition().field(QStringLiteral("post"))); // a man: no post to choose
        FormView& view = *screen->formView();
        QVERIFY(view.next());
        // "?" beside a field opens its explanation (the brief's 指标解释) and closes it again.
        QCOMPARE(view.findChildren<QToolButton*>(QStringLiteral("fieldHelpButton")).size(), 4);
        QLabel* help = indexHelp(view);
        QVERIFY(help);
        auto* button = help->parentWidget()->findChild<QToolButton*>(QStringLiteral("fieldHelpButton"));
        QTRY_VERIFY(button->isVisible()); // the step's widgets are shown once the event loop runs
        QVERIFY(!help->isVisible());
        button->click();
        QVERIFY(help->isVisible());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("estimate-form"), [&] {
            return allLabelText(screen.get()).contains(u"Years paid so far");
        }));
        // Drawn again in the other language and back, the explanation is still open; then closed.
        help = indexHelp(view);
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        help->parentWidget()->findChild<QToolButton*>(QStringLiteral("fieldHelpButton"))->click();
        QVERIFY(!help->isVisible());
    }

    void badFiguresAreSaidAndStopTheStep()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EstimateScreen>(QStringLiteral("zhang-wei"));
        FormView& view = *screen->formView();
        QVERIFY(view.next());
        view.enter(QStringLiteral("monthsPaid"), QStringLiteral("14"));
        view.enter(QStringLiteral("accountBalance"), QStringLiteral("12,5"));
        QVERIFY(!view.next());
        QVERIFY2(view.problemText(QStringLiteral("monthsPaid")).contains(u"11"),
                 qPrintable(view.problemText(QStringLiteral("monthsPaid"))));
        QVERIFY(!view.problemText(QStringLiteral("accountBalance")).isEmpty());
        QCOMPARE(screen->form()->step(), 1);
    }

    void theEstimateShowsItsPartsAndCanBeChanged()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EstimateScreen>(QStringLiteral("zhang-wei"));
        FormView& view = *screen->formView();
        QVERIFY(walkToReview(view));
        QVERIFY(view.submitButton()->isEnabled()); // nothing to commit to: an estimate is not filed
        QCOMPARE(view.submitButton()->text(), QStringLiteral("查看测算结果"));
        view.submitButton()->click();
        QCOMPARE(screen->page(), EstimateScreen::Page::Estimate);
        const auto expected =
            estimatePension(*estimateInputFrom(screen->form()->values(), {{1985, 3}, false}, thisMonth()),
                            BeijingTransitionalFormula());
        QVERIFY(expected.estimate);
        const QString shown = allLabelText(screen.get());
        const QString total = QLocale(QLocale::English).toString(expected.estimate->total(), 'f', 2);
        QVERIFY2(shown.contains(total), qPrintable(shown));
        QVERIFY(shown.contains(u"基础养老金"));
        QVERIFY(shown.contains(u"个人账户养老金"));
        QVERIFY(shown.contains(QStringLiteral("2048-03"))); // born 1985-03, 63 years
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("estimate-result"), [&] {
            return allLabelText(screen.get()).contains(u"Basic pension");
        }));
        applyTheme(*qApp, Theme::Elder); // 长辈版: the same cards in large type
        demoterminal::saveScreenshot(*screen, QStringLiteral("estimate-result-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);

        // Three years later instead: every other answer kept, more a month.
        screen->changeFigures();
        QCOMPARE(screen->page(), EstimateScreen::Page::Form);
        QCOMPARE(screen->form()->step(), 0);
        view.enter(QStringLiteral("retireAt"), QStringLiteral("latest"));
        QVERIFY(walkToReview(view));
        view.submitButton()->click();
        const auto later =
            estimatePension(*estimateInputFrom(screen->form()->values(), {{1985, 3}, false}, thisMonth()),
                            BeijingTransitionalFormula());
        QVERIFY(later.estimate->total() > expected.estimate->total());
        QVERIFY(allLabelText(screen.get())
                    .contains(QLocale(QLocale::English).toString(later.estimate->total(), 'f', 2)));
    }

    void aWomanChoosesHerPost()
    {
        const QJsonObject basis = basisOf(QStringLiteral("li-na"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EstimateScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), EstimateScreen::Page::Form);
        QVERIFY(screen->form()->definition().field(QStringLiteral("post")));
        QCOMPARE(screen->form()->value(QStringLiteral("yearsPaid")).toInt(),
                 basis[QStringLiteral("monthsPaid")].toInt() / 12); // Guangdong, where Shanghai's went
        QCOMPARE(screen->form()->value(QStringLiteral("averageWage")), QStringLiteral("9226.00"));
        FormView& view = *screen->formView();
        view.enter(QStringLiteral("post"), QStringLiteral("worker")); // 50 before the reform: born 1990, 55
        QVERIFY(walkToReview(view));
        view.submitButton()->click();
        QVERIFY(allLabelText(screen.get()).contains(QStringLiteral("2045-07")));
    }

    // At a counter the clerk reads the screen: it speaks of the applicant, not to "you".
    void aCounterScreenSpeaksOfTheApplicant()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        auto screen = counter.open<EstimateScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), EstimateScreen::Page::Form);
        QVERIFY2(screen->statusText().contains(u"申请人") && !screen->statusText().contains(u"您"),
                 qPrintable(screen->statusText()));
        auto retiree = counter.open<EstimateScreen>(QStringLiteral("liu-retiree"));
        QCOMPARE(retiree->page(), EstimateScreen::Page::Refused);
        QVERIFY2(retiree->statusText().contains(u"该人员已经在领取养老金"),
                 qPrintable(retiree->statusText()));
    }

    void nothingToEstimateIsSaid_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("says");
        QTest::newRow("a pensioner") << QStringLiteral("liu-retiree") << QStringLiteral("已经在领取养老金");
        QTest::newRow("the resident scheme") << QStringLiteral("adult-child") << QStringLiteral("城乡居民");
    }
    void nothingToEstimateIsSaid()
    {
        QFETCH(QString, person);
        QFETCH(QString, says);
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EstimateScreen>(person);
        QCOMPARE(screen->page(), EstimateScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(says), qPrintable(screen->statusText()));
        QVERIFY(!screen->formView());
    }
};

QTEST_MAIN(TestEstimateScreen)
#include "tst_estimatescreen.moc"
