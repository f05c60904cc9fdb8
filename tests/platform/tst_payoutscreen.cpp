// 我的办件 shows what became of an approved claim's money (issue 19; docs/forms-rules.md, "Paying the
// benefits"): on its way, paid (how much, to which account, on which day) or returned by the bank with its
// reason and what to do, in zh and en, standard and elder, against the real platform after a real export and
// return file; a monthly benefit's months paid, and why it stopped (the payout's own rules: tst_payouts,
// tst_instalments).
#include "demoterminal.h"
#include "payoutclaims.h"
#include "screensession.h"
#include "screenshots.h"

#include "applications/applicationsscreen.h"
#include "i18n/translator.h"
#include "moduleapi/formview.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/resultscreen.h"
#include "theme.h"
#include "unemployment/benefitscreen.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestPayoutScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir files;
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    std::unique_ptr<ApplicationsScreen> open(ScreenSession& session, const QString& person)
    {
        auto screen = std::make_unique<ApplicationsScreen>(session.logIn(person));
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

    // The screen in both languages and both themes, each checked for `zh` and `en` before it is saved.
    void shoot(QWidget& screen, const QString& name, const QString& zh, const QString& en)
    {
        for (const Theme theme : {Theme::Standard, Theme::Elder}) {
            applyTheme(*qApp, theme);
            const QString suffix = theme == Theme::Elder ? QStringLiteral("-elder") : QString();
            QVERIFY(useLanguage(chineseLanguage));
            QTRY_VERIFY2(allLabelText(&screen).contains(zh), qPrintable(allLabelText(&screen)));
            demoterminal::saveScreenshot(screen, name + suffix + QStringLiteral("-zh_CN.png"));
            QVERIFY(useLanguage(englishLanguage));
            QTRY_VERIFY2(allLabelText(&screen).contains(en), qPrintable(allLabelText(&screen)));
            demoterminal::saveScreenshot(screen, name + suffix + QStringLiteral("-en.png"));
        }
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void paidAndReturned()
    {
        const QString ma = approvedClaim(platform, QStringLiteral("ma-migrant"), QStringLiteral("21"),
                                         QStringLiteral("migrant-one-off-allowance"), false);
        const QString gao = approvedClaim(platform, QStringLiteral("gao-newcomer"), QStringLiteral("22"),
                                          QStringLiteral("temporary-living-allowance"), false,
                                          QStringLiteral("621700001050004567"));
        QVERIFY(!ma.isEmpty() && !gao.isEmpty());
        ScreenSession citizen(platform);
        {
            auto screen = open(citizen, QStringLiteral("gao-newcomer"));
            shoot(*screen, QStringLiteral("applications-payout-due"),
                  QStringLiteral("待发放 3,600.00 元 到 6217 **** 4567"),
                  QStringLiteral("¥3,600.00 to be paid to 6217 **** 4567"));
        }
        // The office's run: the bank file, then the bank's answer (Ma paid, Gao's account closed).
        const QString bankFile = files.filePath(QStringLiteral("bank.txt"));
        const auto exported = platform.command(
            {QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"), bankFile});
        QVERIFY2(exported.first == 0, qPrintable(exported.second));
        QFile bank(bankFile);
        QVERIFY(bank.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = bank.readAll().split('\n');
        const QByteArray batch = lines[0].split('|')[2];
        QByteArray answer = "SSCRET|1|" + batch + "|2\n";
        for (const QByteArray& line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split('|');
            answer += f[1] + '|' + f[4] + (f[1].startsWith(gao.toLatin1()) ? "|RETURNED|R01\n" : "|PAID\n");
        }
        QFile returned(files.filePath(QStringLiteral("return.txt")));
        QVERIFY(returned.open(QIODevice::WriteOnly) && returned.write(answer) > 0);
        returned.close();
        const auto imported = platform.command(
            {QStringLiteral("payouts"), QStringLiteral("import-return"), returned.fileName()});
        QVERIFY2(imported.first == 0, qPrintable(imported.second));

        auto paid = open(citizen, QStringLiteral("ma-migrant"));
        shoot(*paid, QStringLiteral("applications-payout-paid"), QStringLiteral("已发放 4,304.00 元 到 "),
              QStringLiteral("Paid ¥4,304.00 to "));
        QVERIFY2(allLabelText(paid.get()).contains(QStringLiteral(" (%1)").arg(today)),
                 qPrintable(allLabelText(paid.get())));
        auto back = open(citizen, QStringLiteral("gao-newcomer"));
        shoot(*back, QStringLiteral("applications-payout-returned"),
              QStringLiteral("退回: 账户已销户 — 请提供本人名下的另一张银行卡重新发放"),
              QStringLiteral("Returned: the account has been closed — give another bank card in your name to "
                             "have it paid again"));
        QVERIFY(!allLabelText(back.get()).contains(QStringLiteral("621700001050004567"))); // masked
        // The allowance's own progress (its service's status page): a warning, not a success.
        auto benefit = std::make_unique<BenefitScreen>(citizen.logIn(QStringLiteral("gao-newcomer")),
                                                       QStringLiteral("temporary-living-allowance"));
        benefit->resize(1280, 800);
        benefit->show();
        shoot(*benefit, QStringLiteral("benefit-payout-returned"), QStringLiteral("退回: 账户已销户"),
              QStringLiteral("Returned: the account has been closed"));
        QCOMPARE(benefit->resultPage()->tone(), design::Tone::Warning);
        QTRY_COMPARE(benefit->resultPage()->headline(), QStringLiteral("待遇未能发放"));

        // The way on from there: another card of hers, typed here, and the money is due again to it.
        QPushButton* payAgain = benefit->resultPage()->nextServiceButton();
        QVERIFY(payAgain->isVisible());
        QCOMPARE(payAgain->text(), QStringLiteral("改发到另一张银行卡"));
        payAgain->click();
        QCOMPARE(benefit->page(), ApplicationScreen::Page::Form);
        FormView* view = benefit->formView();
        view->enter(QStringLiteral("accountNumber"), QStringLiteral("6222020000123456789")); // a wrong digit
        QVERIFY(!view->next());
        QVERIFY2(allLabelText(view).contains(u"输错"), qPrintable(allLabelText(view)));
        view->enter(QStringLiteral("accountNumber"), QStringLiteral("6222020000123456782"));
        QVERIFY(view->next());
        QVERIFY(benefit->form().atReview());
        view->acceptCommitment(true);
        demoterminal::saveScreenshot(*benefit, QStringLiteral("benefit-pay-again-review-zh_CN.png"));
        benefit->submit();
        QTRY_COMPARE_WITH_TIMEOUT(benefit->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(benefit->resultPage()->tone(), design::Tone::Success);
        QCOMPARE(benefit->resultPage()->headline(), QStringLiteral("将重新发放"));
        QVERIFY(benefit->resultPage()->nextServiceButton()->isHidden()); // done: no way back into the form
        QVERIFY2(benefit->resultPage()->nextText().contains(u"3,600.00 元") &&
                     benefit->resultPage()->nextText().contains(u"6222 **** 6782"),
                 qPrintable(benefit->resultPage()->nextText()));
        QVERIFY(!allLabelText(benefit.get()).contains(u"6222020000123456782")); // masked once filed
        shoot(*benefit, QStringLiteral("benefit-paid-again"), QStringLiteral("将重新发放"),
              QStringLiteral("It will be paid again"));
        auto again = open(citizen, QStringLiteral("gao-newcomer"));
        shoot(*again, QStringLiteral("applications-payout-due-again"),
              QStringLiteral("待重新发放 3,600.00 元 到 6222 **** 6782"),
              QStringLiteral("¥3,600.00 to be paid again, to 6222 **** 6782"));
    }

    // 失业保险金, paid month by month: 我的办件 says how many of its months are paid, and once the office
    // recorded her employment, that it stopped and why.
    void aMonthlyBenefitSaysItsMonths()
    {
        const QString chen = QStringLiteral("chen-unemployed");
        const QString receipt =
            approvedClaim(platform, chen, QStringLiteral("21"), QStringLiteral("unemployment-benefit"), true);
        QVERIFY(!receipt.isEmpty());
        QSqlQuery q(platform.database());
        const QString lastMonth = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        QVERIFY(q.exec(QStringLiteral("UPDATE payout_plans SET first_month = '%1' WHERE receipt = '%2'")
                           .arg(lastMonth, receipt)));
        QVERIFY(
            q.exec(
                QStringLiteral("SELECT instalments FROM payout_plans WHERE receipt = '%1'").arg(receipt)) &&
            q.next());
        const QString months = q.value(0).toString();
        q.finish();
        QCOMPARE(platform.command({QStringLiteral("payouts"), QStringLiteral("monthly")}).first, 0);
        // Both months exported and paid by the bank.
        const QString bankFile = files.filePath(QStringLiteral("bank-monthly.txt"));
        QCOMPARE(platform
                     .command({QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"),
                               bankFile})
                     .first,
                 0);
        QFile bank(bankFile);
        QVERIFY(bank.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = bank.readAll().trimmed().split('\n');
        QByteArray answer =
            "SSCRET|1|" + lines[0].split('|')[2] + '|' + QByteArray::number(lines.size() - 1) + '\n';
        for (const QByteArray& line : lines.mid(1))
            answer += line.split('|')[1] + '|' + line.split('|')[4] + "|PAID\n";
        QFile returned(files.filePath(QStringLiteral("return-monthly.txt")));
        QVERIFY(returned.open(QIODevice::WriteOnly) && returned.write(answer) > 0);
        returned.close();
        QCOMPARE(
            platform
                .command({QStringLiteral("payouts"), QStringLiteral("import-return"), returned.fileName()})
                .first,
            0);
        ScreenSession citizen(platform);
        {
            auto screen = open(citizen, chen);
            shoot(*screen, QStringLiteral("applications-payout-monthly"),
                  QStringLiteral("已发放 2 / %1 个月；最近一笔 2,286.00 元 于 %2 发到 ").arg(months, today),
                  QStringLiteral("2 of %1 months paid; the latest, ¥2,286.00, went to ").arg(months));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT ssn FROM people WHERE demo_key = '%1'").arg(chen)) && q.next());
        QCOMPARE(platform
                     .command({QStringLiteral("payouts"), QStringLiteral("stop-event"), q.value(0).toString(),
                               QStringLiteral("employment_registered"), today})
                     .first,
                 0);
        q.finish();
        QVERIFY(q.exec(
            QStringLiteral("UPDATE payout_plans SET first_month = '%1' WHERE receipt = '%2'")
                .arg(QDate::currentDate().addMonths(-2).toString(QStringLiteral("yyyy-MM")), receipt)));
        QCOMPARE(platform.command({QStringLiteral("payouts"), QStringLiteral("monthly")}).first, 3);
        auto stopped = open(citizen, chen);
        shoot(*stopped, QStringLiteral("applications-payout-stopped"),
              QStringLiteral("已停发：已办理就业登记（已发放 2 / %1 个月）").arg(months),
              QStringLiteral("Stopped: employment has been registered (2 of %1 months paid)").arg(months));
    }
};

QTEST_MAIN(TestPayoutScreen)
#include "tst_payoutscreen.moc"
