// 缴费 on the kiosk against the real platform and the real demo acquirer (docs/payments.md): what may be
// paid, the grade chosen, the order's QR, the citizen paying in the e-card cashier (the test plays the
// phone), the receipt; the payment code shown to the scanner (被扫), declined first; a retiree told there is
// no pension to pay; the platform without an acquirer saying so. Screenshots in zh and en, standard and
// elder.
#include "../documents/pdftext.h"
#include "paydemofixture.h"
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "payments/paymentflow.h"
#include "payments/paymentqrpage.h"
#include "payments/paymentscreen.h"
#include "payments/refundsscreen.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ssc;
using State = PaymentFlow::State;

class TestPaymentScreen : public QObject {
    Q_OBJECT
    PayDemoFixture acquirer;
    PlatformFixture platform;

    std::unique_ptr<PaymentScreen> open(ScreenSession& kiosk, const QString& person,
                                        std::function<void()> home = {})
    {
        ModuleContext context = kiosk.logIn(person);
        context.back = std::move(home);
        auto screen = std::make_unique<PaymentScreen>(context);
        screen->resize(1280, 800);
        screen->show();
        (void)QTest::qWaitFor([&] { return screen->flow().state() != State::Loading; }, 15000);
        return screen;
    }
    // The counter's screen with clerk01 signed in beside chen-unemployed, once it shows the choices.
    std::unique_ptr<PaymentScreen> atCounter(ScreenSession& counter)
    {
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        auto screen = std::make_unique<PaymentScreen>(counter.logIn(QStringLiteral("chen-unemployed")));
        screen->resize(1280, 800);
        screen->show();
        (void)QTest::qWaitFor([&] { return screen->flow().state() == State::Choosing; }, 15000);
        return screen;
    }
    static QString qrShown(const PaymentScreen& screen)
    {
        return screen.flow().order().value(QStringLiteral("qrCode")).toString();
    }

    // Two kiosks, two phones: chen-unemployed's medical insurance paid twice (400 yuan each); true once the
    // platform has the second as paid twice. With one key: paid once (true once the platform has it paid).
    bool payMedicalTwice(const QByteArray& keys) { return payMedical({keys + "-1", keys + "-2"}); }
    bool payMedical(const QList<QByteArray>& keys)
    {
        const auto headers = platform.citizenHeaders(QStringLiteral("chen-unemployed"));
        for (const QByteArray& key : keys) {
            auto h = headers;
            h.emplace_back("Idempotency-Key", key);
            const auto made = platform.asTerminal(
                QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/payments/orders"),
                {{QStringLiteral("item"), QStringLiteral("resident-medical")},
                 {QStringLiteral("amountFen"), 40000}},
                h);
            if (made.status != 201 ||
                acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status != 200)
                return false;
        }
        return QTest::qWaitFor(
            [&] {
                QSqlQuery q(platform.database());
                return q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders WHERE status = '%1'")
                                  .arg(keys.size() > 1 ? QStringLiteral("paid-twice")
                                                       : QStringLiteral("paid"))) &&
                       q.next() && q.value(0).toInt() == 1;
            },
            20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        platform.setExtraArguments(acquirer.platformArguments());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }
    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM resident_contributions")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM payment_orders")));
    }

    void aGradeChosenAndPaidInTheCashier()
    {
        ScreenSession kiosk(platform);
        auto screen = open(kiosk, QStringLiteral("chen-unemployed"));
        QCOMPARE(screen->flow().state(), State::Choosing);
        QCOMPARE(screen->itemChoice()->keys(),
                 (QStringList{QStringLiteral("resident-pension"), QStringLiteral("resident-medical")}));
        QVERIFY(!screen->payButton()->isEnabled()); // nothing chosen yet
        screen->itemChoice()->click(QStringLiteral("resident-pension"));
        QVERIFY(screen->amountChoice()->isVisible());
        QCOMPARE(screen->amountChoice()->keys().size(), 12);
        screen->amountChoice()->click(QStringLiteral("50000"));
        QCOMPARE(screen->payButton()->text(), QStringLiteral("缴费 500.00 元"));
        demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-choose"),
                                          [&] { return screen->payButton()->text().startsWith(u"Pay"); });
        // Large type at 1280 x 800: once the item is tapped, its amounts are brought up above the pay button.
        applyTheme(*qApp, Theme::Elder);
        QTest::qWait(100); // the new type laid out, as it is long before a citizen's tap
        screen->itemChoice()->click(QStringLiteral("resident-pension"));
        const auto amountsTop = [&] { return screen->amountChoice()->mapTo(screen.get(), QPoint(0, 0)).y(); };
        QTRY_VERIFY(amountsTop() > 0 &&
                    amountsTop() + 60 < screen->payButton()->mapTo(screen.get(), QPoint(0, 0)).y());
        QTest::qWait(100);
        QVERIFY(amountsTop() + screen->amountChoice()->height() <=
                screen->payButton()->mapTo(screen.get(), QPoint(0, 0)).y());
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-choose-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        screen->payButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Awaiting; }, 15000));
        QVERIFY(screen->qrPage()->isVisible());
        QVERIFY(!screen->qrPage()->findChild<QLabel*>(QStringLiteral("paymentQr"))->pixmap().isNull());
        QVERIFY(screen->qrPage()->timeLeftText().contains(QLatin1String("14:")));
        demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-qr"), [&] {
            return screen->qrPage()->timeLeftText().startsWith(u"Waiting");
        });
        applyTheme(*qApp, Theme::Elder);
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-qr-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        // The citizen's phone: the e-card app scans the QR and the cashier takes the password.
        QCOMPARE(acquirer.payAtCashier(qrShown(*screen)).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Paid; }, 15000));
        QVERIFY(screen->resultPage()->isVisible());
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Success);
        QVERIFY(screen->resultPage()->headline().contains(QStringLiteral("500.00 元")));
        QCOMPARE(screen->resultPage()->receiptShown(),
                 design::groupForReading(screen->flow().order().value(QStringLiteral("orderNo")).toString()));
        demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-paid"), [&] {
            return screen->resultPage()->headline().startsWith(u"Paid");
        });
        applyTheme(*qApp, Theme::Elder);
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-paid-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        // The receipt on paper: the order number on it, the amount, the transaction and the verification
        // code.
        QTemporaryDir dir;
        auto* receipt = screen->resultPage()->findChild<DocumentActions*>();
        QVERIFY(receipt && receipt->saveTo(dir.filePath(QStringLiteral("receipt.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("receipt.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QString text = pdftext::fromBytes(pdf.readAll()).simplified().remove(u' ');
        const QJsonObject& order = screen->flow().order();
        for (const char* field : {"orderNo", "transactionId", "verificationCode"})
            QVERIFY2(text.contains(order.value(QLatin1String(field)).toString()), field);
        QVERIFY(text.contains(QStringLiteral("500.00元"))); // spaces removed above
        QVERIFY(text.contains(u"城乡居民养老保险"));
        // "Pay something else": the pension is paid now, only the medical insurance is offered.
        screen->resultPage()->nextServiceButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Choosing; }, 15000));
        QCOMPARE(screen->itemChoice()->keys(), QStringList{QStringLiteral("resident-medical")});
        QVERIFY(screen->notice()->isVisible());
        QVERIFY(screen->notice()->headline().contains(QString::number(QDate::currentDate().year())));
    }

    void thePaymentCodeShownToTheScanner()
    {
        ScreenSession kiosk(platform);
        auto screen = open(kiosk, QStringLiteral("chen-unemployed"));
        screen->itemChoice()->click(QStringLiteral("resident-medical"));
        QVERIFY(!screen->amountChoice()->isVisible()); // one amount: said on the tile
        QCOMPARE(screen->payButton()->text(), QStringLiteral("缴费 400.00 元"));
        screen->payButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Awaiting; }, 15000));
        // An e-card code is no payment code: the shell would treat it as a login, the screen does not take
        // it.
        QVERIFY(!screen->takesPaymentCode(platform.mint(QStringLiteral("chen-unemployed"))));
        QVERIFY(screen->takesPaymentCode(QStringLiteral("281234567890120000")));
        screen->takePaymentCode(QStringLiteral("281234567890120000")); // declined by the payer's account
        auto* problem = screen->qrPage()->findChild<NoticeBanner*>();
        QVERIFY(QTest::qWaitFor([&] { return problem->isVisible(); }, 15000));
        QCOMPARE(problem->tone(), design::Tone::Warning);
        QCOMPARE(screen->flow().state(), State::Awaiting); // still waiting: pay another way
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-code-declined-zh_CN.png"));
        screen->takePaymentCode(QStringLiteral("281234567890123456"));
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Paid; }, 15000));
        QVERIFY(screen->resultPage()->headline().contains(QStringLiteral("400.00 元")));
    }

    void leavingTheQrChargesNothing()
    {
        ScreenSession kiosk(platform);
        auto screen = open(kiosk, QStringLiteral("chen-unemployed"));
        screen->itemChoice()->click(QStringLiteral("resident-medical"));
        screen->payButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Awaiting; }, 15000));
        screen->qrPage()->cancelButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Choosing; }, 15000));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM resident_contributions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aRetireeHasNoPensionToPay()
    {
        ScreenSession kiosk(platform);
        auto screen = open(kiosk, QStringLiteral("liu-retiree"));
        QCOMPARE(screen->itemChoice()->keys(), QStringList{QStringLiteral("resident-medical")});
        QVERIFY(screen->notice()->isVisible());
        QVERIFY(screen->notice()->headline().contains(u"养老金"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-retiree-zh_CN.png"));
    }

    // Two kiosks, two phones, one year paid twice: the clerk at a counter sees it and refunds it.
    void aClerkRefundsWhatWasPaidTwice()
    {
        QVERIFY(payMedicalTwice("screen-twice"));
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = atCounter(counter);
        QCOMPARE(screen->flow().state(), State::Choosing);
        QCOMPARE(screen->flow().paidTwice().size(), 1);
        auto* refund = screen->findChild<QPushButton*>(QStringLiteral("paymentRefund"));
        QVERIFY(refund && refund->isVisible());
        QCOMPARE(refund->text(), QStringLiteral("退款 400.00 元"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-counter-refund-zh_CN.png"));
        // The first tap asks, naming the citizen; "Do not refund" leaves everything as it was.
        const auto button = [&](const char* name) {
            QPushButton* found = nullptr;
            const bool appeared = QTest::qWaitFor(
                [&] {
                    return (found = screen->findChild<QPushButton*>(QLatin1String(name))) &&
                           found->isVisible();
                },
                2000);
            return appeared ? found : nullptr;
        };
        const auto refundedCount = [&] {
            QSqlQuery q(platform.database());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders WHERE status = 'refunded'")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        refund->click();
        QPushButton* cancel = button("paymentRefundCancel");
        QVERIFY(cancel && cancel->isVisible());
        const auto asked = screen->findChildren<QLabel*>();
        QVERIFY(std::any_of(asked.begin(), asked.end(), [](QLabel* l) {
            return l->isVisible() && l->text().contains(u"退款 400.00 元 给 陈*");
        }));
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-counter-refund-confirm-zh_CN.png"));
        cancel->click();
        QVERIFY(button("paymentRefund"));
        QCOMPARE(refundedCount(), 0);
        QCOMPARE(screen->flow().paidTwice().size(), 1);
        button("paymentRefund")->click();
        QPushButton* confirm = button("paymentRefundConfirm");
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->text(), QStringLiteral("确认退款 400.00 元"));
        confirm->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return screen->flow().state() == State::Choosing && screen->flow().paidTwice().isEmpty(); },
            15000));
        QVERIFY(!screen->findChild<QPushButton*>(QStringLiteral("paymentRefund")));
        QCOMPARE(refundedCount(), 1);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM resident_contributions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the year stays paid by the other order
    }

    // Paid once, in error: at the counter the clerk offers the refund, asks why (the fixed list), asks once
    // more naming the amount, the citizen masked and the reason, then shows the refund's number.
    void aClerkRefundsWhatWasPaidInError()
    {
        QVERIFY(payMedical({"screen-in-error"}));
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = atCounter(counter);
        QCOMPARE(screen->flow().state(), State::Choosing);
        QCOMPARE(screen->flow().paidInError().size(), 1);
        QVERIFY(screen->flow().paidTwice().isEmpty());
        const auto button = [&](const QString& name) {
            QPushButton* found = nullptr;
            return QTest::qWaitFor(
                       [&] { return (found = screen->findChild<QPushButton*>(name)) && found->isVisible(); },
                       2000)
                       ? found
                       : nullptr;
        };
        const auto shown = [&](const QString& words) {
            const auto labels = screen->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(),
                               [&](QLabel* l) { return l->isVisible() && l->text().contains(words); });
        };
        QVERIFY(button(QStringLiteral("paymentErrorRefund")));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-counter-error-refund"),
                                                  [&] { return shown(QStringLiteral("Paid in error?")); }));
        button(QStringLiteral("paymentErrorRefund"))->click();
        QVERIFY(button(QStringLiteral("paymentErrorReason-wrong-person")));
        QVERIFY(
            demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-counter-error-reason"), [&] {
                const auto* reason =
                    screen->findChild<QPushButton*>(QStringLiteral("paymentErrorReason-wrong-grade"));
                return reason && reason->text() == u"Wrong grade chosen";
            }));
        // Large type: asked again, the reasons are brought into view whole (looked at).
        applyTheme(*qApp, Theme::Elder);
        button(QStringLiteral("paymentErrorRefundCancel"))->click();
        button(QStringLiteral("paymentErrorRefund"))->click();
        QVERIFY(button(QStringLiteral("paymentErrorReason-wrong-person")));
        QTest::qWait(100); // the page scrolls once the banner is laid out
        demoterminal::saveScreenshot(*screen, QStringLiteral("payment-counter-error-reason-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        // The banners are made again in each language: the buttons are found again after.
        QPushButton* wrongGrade = button(QStringLiteral("paymentErrorReason-wrong-grade"));
        QVERIFY(wrongGrade);
        wrongGrade->click();
        QPushButton* confirm = button(QStringLiteral("paymentErrorRefundConfirm"));
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), QStringLiteral("确认退款 400.00 元"));
        QVERIFY(shown(QStringLiteral("退款 400.00 元 给 陈*")));
        QVERIFY(
            demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-counter-error-confirm"),
                                              [&] { return shown(QStringLiteral("Refund ¥400.00 to")); }));
        // "Do not refund" leaves it as it was; asked again and confirmed, it is refunded once.
        button(QStringLiteral("paymentErrorRefundCancel"))->click();
        QVERIFY(button(QStringLiteral("paymentErrorRefund")));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders WHERE status = 'paid'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        button(QStringLiteral("paymentErrorRefund"))->click();
        button(QStringLiteral("paymentErrorReason-wrong-grade"))->click();
        button(QStringLiteral("paymentErrorRefundConfirm"))->click();
        QVERIFY(QTest::qWaitFor([&] { return screen->flow().state() == State::Refunded; }, 15000));
        const QString refundNo = screen->flow().order().value(QStringLiteral("refundNo")).toString();
        QVERIFY2(refundNo.endsWith(u"-R"), qPrintable(refundNo));
        QVERIFY(QTest::qWaitFor([&] { return shown(design::groupForReading(refundNo)) || shown(refundNo); },
                                2000));
        QVERIFY(
            q.exec(QStringLiteral("SELECT refund_reason FROM payment_orders WHERE status = 'refunded'")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wrong-grade"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM resident_contributions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-counter-error-refunded"),
                                                  [&] { return shown(QStringLiteral("Refunded")); }));
    }

    // The clerk's list at a counter with no citizen logged in: the hall's payment made twice, the citizen
    // named masked; the refund asked once more ("This cannot be undone"), then made, with its refund number.
    void theClerksListOfRefunds()
    {
        QVERIFY(payMedicalTwice("list-twice"));
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        ModuleContext context;
        context.platform = &counter.client();
        context.mode = TerminalMode::Counter;
        RefundsScreen screen(context);
        screen.resize(1280, 800);
        screen.show();
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 15000);
        QCOMPARE(screen.orderCount(), 1);
        const QString payer = platform.wholeValuesOnFile(QStringLiteral("chen-unemployed")).value(0);
        const QString row = screen.rowText(0);
        QVERIFY2(row.contains(payer.left(1) + u'*') && !row.contains(payer) && row.contains(u"城乡居民") &&
                     row.contains(u"400.00 元"),
                 qPrintable(row));
        QCOMPARE(screen.rowButton(0)->text(), QStringLiteral("退款 400.00 元"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("payment-refunds"), [&] {
            return screen.rowButton(0)->text().startsWith(u"Refund");
        }));
        const auto refunded = [&] {
            QSqlQuery q(platform.database());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders WHERE status = 'refunded'")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        const auto action = [&](const char* name) {
            QPushButton* found = nullptr;
            return QTest::qWaitFor(
                       [&] {
                           return (found = screen.findChild<QPushButton*>(QLatin1String(name))) &&
                                  found->isVisible();
                       },
                       5000)
                       ? found
                       : nullptr;
        };
        // Asked first, naming whose money; "Do not refund" changes nothing.
        screen.rowButton(0)->click();
        QVERIFY(action("refundCancel"));
        QVERIFY2(screen.statusText().contains(u"退款 400.00 元 给 陈*") &&
                     screen.statusText().contains(u"无法撤销"),
                 qPrintable(screen.statusText()));
        QVERIFY(!screen.rowButton(0)->isEnabled());
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("payment-refunds-confirm"), [&] {
            return screen.statusText().contains(u"cannot be undone");
        }));
        applyTheme(*qApp, Theme::Elder);
        demoterminal::saveScreenshot(screen, QStringLiteral("payment-refunds-confirm-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        action("refundCancel")->click();
        QTRY_VERIFY(screen.rowButton(0) && screen.rowButton(0)->isEnabled());
        QCOMPARE(refunded(), 0);
        // Asked again and confirmed: refunded once, the number shown, the list empty.
        screen.rowButton(0)->click();
        QPushButton* confirm = action("refundConfirm");
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), QStringLiteral("确认退款 400.00 元"));
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.refundNumber().isEmpty() && screen.orderCount() == 0, 15000);
        QCOMPARE(refunded(), 1);
        QVERIFY2(screen.statusText().contains(design::groupForReading(screen.refundNumber())) &&
                     screen.refundNumber().endsWith(u"-R") && screen.statusText().contains(u"已没有其他"),
                 qPrintable(screen.statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("payment-refunds-done"), [&] {
            return screen.statusText().startsWith(u"Refunded");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("payment-refunds-done-elder"), [&] {
            return screen.statusText().startsWith(u"Refunded");
        }));
        applyTheme(*qApp, Theme::Standard);
    }

    void noAcquirerNoPayments()
    {
        PlatformFixture bare; // a platform with no acquirer configured
        QVERIFY2(bare.start(), qPrintable(bare.error()));
        ScreenSession kiosk(bare);
        bool home = false;
        auto screen = open(kiosk, QStringLiteral("chen-unemployed"), [&] { home = true; });
        QCOMPARE(screen->flow().state(), State::Choosing);
        QVERIFY(!screen->payButton()->isVisible());
        // Not a dead end: the result page's warning, where to pay instead, and its ways on.
        ResultPage* result = screen->resultPage();
        QVERIFY(result->isVisible());
        QCOMPARE(result->tone(), design::Tone::Warning);
        QVERIFY(!result->nextText().isEmpty());
        // Only the closed message and where to pay instead: no intro, not even the payer's name.
        QVERIFY(!screen->findChild<QLabel*>(QStringLiteral("paymentIntro"))->isVisible());
        QVERIFY(result->homeButton()->isVisible());
        // Back as on every service page (review A6): nothing was ordered, so leaving breaks nothing.
        QVERIFY(screen->findChild<QPushButton*>(QStringLiteral("backButton"))->isVisible());
        result->homeButton()->click();
        QVERIFY(home);
        QVERIFY(result->nextServiceButton()->isVisible());
        QCOMPARE(result->nextServiceButton()->text(), QStringLiteral("查找服务网点"));
        result->nextServiceButton()->click();
        QCOMPARE(kiosk.servicesOpened(), QStringList{QStringLiteral("outlets")});
        demoterminal::saveInBothLanguages(*screen, QStringLiteral("payment-closed"),
                                          [&] { return result->headline().startsWith(u"Payments"); });

        // At a counter the clerk is the counter: Home only, and words for the clerk.
        ScreenSession counter(bare, TerminalMode::Counter);
        auto atCounter = open(counter, QStringLiteral("chen-unemployed"));
        QVERIFY(atCounter->resultPage()->isVisible());
        QVERIFY(atCounter->resultPage()->homeButton()->isVisible());
        QVERIFY(!atCounter->resultPage()->nextServiceButton()->isVisible());
        QCOMPARE(atCounter->resultPage()->nextText(),
                 QStringLiteral("申请人可以在电子社保卡应用或银行缴费。"));
    }
};

QTEST_MAIN(TestPaymentScreen)
#include "tst_paymentscreen.moc"
