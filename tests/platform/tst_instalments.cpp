// The later monthly instalments of 失业保险金 and 失业补助金 (issue 19; docs/operations.md, "Paying
// benefits"): `ssc-platform payouts monthly` makes the next month due once its month has come, never past the
// months the approval decided, never for the one-off sums, once however often or however many at once it
// runs; a stop event the office records (`payouts stop-event`), insurance paid again, retirement or an ended
// registration stops the plan with its reason, shown in the citizen's progress; the next export carries the
// instalments, and after a return the claim's instalments carry on to the other card the citizen gave. A
// month "has come" because the test moves the plan's first month back (the platform's clock is the real one).
// SQLite and PostgreSQL.
#include "payoutclaims.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestInstalments : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir files;
    const QString otherAccount = QStringLiteral("621700001050004567"); // Luhn-valid, the person's own
    QHash<QString, QString> receipts;                                  // by person
    const QString chen = QStringLiteral("chen-unemployed");            // 失业保险金
    const QString li = QStringLiteral("li-na");                        // 失业补助金

    std::pair<int, QString> payouts(const QStringList& args)
    {
        return platform.command(QStringList{QStringLiteral("payouts")} + args);
    }

    // The claim was approved `months` months ago: its plan's first month moved back.
    void approvedMonthsAgo(const QString& person, int months)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("UPDATE payout_plans SET first_month = ? WHERE receipt = ?"));
        q.addBindValue(QDate::currentDate().addMonths(-months).toString(QStringLiteral("yyyy-MM")));
        q.addBindValue(receipts.value(person));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }

    // The claim's instalments: "n state amount account-masked" a line; "bad reference" when one's reference
    // is not receipt-n (receipt-n-attempt after a return).
    QString instalments(const QString& person)
    {
        QSqlQuery q(platform.database());
        q.prepare(
            QStringLiteral("SELECT instalment, state, amount_fen, account_masked, reference, attempt FROM "
                           "payouts WHERE receipt = ? ORDER BY instalment"));
        q.addBindValue(receipts.value(person));
        q.exec();
        QString all;
        while (q.next()) {
            QString reference = receipts.value(person) + u'-' + q.value(0).toString();
            if (q.value(5).toInt() > 1)
                reference += u'-' + q.value(5).toString();
            if (q.value(4).toString() != reference)
                all += QStringLiteral("bad reference ");
            all += QStringLiteral("%1 %2 %3 %4\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        }
        return all;
    }

    qsizetype count(const QString& person) { return instalments(person).count(u'\n'); }

    QString sql(const QString& statement, const QVariantList& values = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(statement);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return QStringLiteral("failed");
        return q.next() ? q.value(0).toString() : QString();
    }

    QJsonObject payout(const QString& person)
    {
        return listedApplication(platform, person, receipts.value(person))[QStringLiteral("payout")]
            .toObject();
    }

    // Every payout due into a batch; its file's lines (SEQ|REFERENCE|ACCOUNT|NAME|FEN) and batch.
    std::pair<QString, QStringList> exportAll(const QString& name)
    {
        const QString out = files.filePath(name);
        const auto [status, said] = payouts({QStringLiteral("export"), QStringLiteral("--out"), out});
        QFile f(out);
        if (status != 0 || !f.open(QIODevice::ReadOnly))
            return {said, {}};
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        return {lines.takeFirst().split(u'|').value(2), lines};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        receipts.insert(chen, approvedClaim(platform, chen, QStringLiteral("21"),
                                            QStringLiteral("unemployment-benefit"), true));
        receipts.insert(li, approvedClaim(platform, li, QStringLiteral("24"),
                                          QStringLiteral("unemployment-subsidy"), true));
        receipts.insert(QStringLiteral("ma-migrant"),
                        approvedClaim(platform, QStringLiteral("ma-migrant"), QStringLiteral("21"),
                                      QStringLiteral("migrant-one-off-allowance"), false));
        receipts.insert(QStringLiteral("gao-newcomer"),
                        approvedClaim(platform, QStringLiteral("gao-newcomer"), QStringLiteral("22"),
                                      QStringLiteral("temporary-living-allowance"), false, otherAccount));
        for (const QString& receipt : std::as_const(receipts))
            QVERIFY(!receipt.isEmpty());
    }

    // The approval's plan: the months the platform decided (失业保险金's from the contribution years, as GET
    // /me/unemployment-benefit said; the subsidy's 6; one for each one-off sum) at the monthly amount.
    void theApprovalRecordsThePlan()
    {
        QCOMPARE(
            sql(QStringLiteral("SELECT instalments FROM payout_plans WHERE receipt = ?"), {receipts[li]}),
            QStringLiteral("6"));
        const QString chenMonths =
            sql(QStringLiteral("SELECT instalments FROM payout_plans WHERE receipt = ?"), {receipts[chen]});
        QVERIFY2(chenMonths.toInt() >= 12, qPrintable(chenMonths));
        for (const char* once : {"ma-migrant", "gao-newcomer"})
            QCOMPARE(sql(QStringLiteral("SELECT instalments FROM payout_plans WHERE receipt = ?"),
                         {receipts[QString::fromLatin1(once)]}),
                     QStringLiteral("1"));
        const QJsonObject progress = payout(li);
        QCOMPARE(progress[QStringLiteral("instalments")].toInt(), 6);
        QCOMPARE(progress[QStringLiteral("paidInstalments")].toInt(), 0);
        QCOMPARE(progress[QStringLiteral("instalment")].toInt(), 1);
    }

    // Approved this month: the second month has not come; a month to come is refused.
    void nothingBeforeTheMonthHasCome()
    {
        const auto [status, said] = payouts({QStringLiteral("monthly")});
        QCOMPARE(status, 3);
        QVERIFY2(said.contains(QStringLiteral(": 0 instalments due, 0 fen (0.00 yuan); 0 stopped")),
                 qPrintable(said));
        const auto [early, saidEarly] =
            payouts({QStringLiteral("monthly"),
                     QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"))});
        QCOMPARE(early, 3);
        QCOMPARE(payouts({QStringLiteral("monthly"),
                          QDate::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM"))})
                     .first,
                 2);
        QCOMPARE(payouts({QStringLiteral("monthly"), QStringLiteral("2026-13")}).first, 2);
        for (const QString& person : receipts.keys())
            QCOMPARE(count(person), 1);
    }

    // Approved last month: the second month of each monthly claim is due, at the approval's amount to the
    // same account; the one-off sums get nothing; a second run in the month writes nothing more.
    void theSecondMonthIsDueOnce()
    {
        for (const QString& person : receipts.keys())
            approvedMonthsAgo(person, 1);
        const auto [status, said] = payouts({QStringLiteral("monthly")});
        QVERIFY2(status == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2 instalments due, 400760 fen (4,007.60 yuan); 0 stopped")),
                 qPrintable(said));
        QCOMPARE(instalments(chen).section(u'\n', 1, 1),
                 QStringLiteral("2 due 228600 ") + instalments(chen).section(u'\n', 0, 0).section(u' ', 3));
        QCOMPARE(instalments(li).section(u'\n', 1, 1).section(u' ', 0, 2), QStringLiteral("2 due 172160"));
        QCOMPARE(count(QStringLiteral("ma-migrant")), 1);
        QCOMPARE(count(QStringLiteral("gao-newcomer")), 1);
        const auto [again, saidAgain] = payouts({QStringLiteral("monthly")});
        QCOMPARE(again, 3);
        QVERIFY2(saidAgain.contains(QStringLiteral("0 instalments due")), qPrintable(saidAgain));
        QCOMPARE(count(chen), 2);
        QCOMPARE(count(li), 2);
        QCOMPARE(payout(li)[QStringLiteral("instalment")].toInt(), 2);
    }

    // Two runs at once, a month later: each claim's third month written once.
    void twoRunsAtOnceWriteEachOnce()
    {
        approvedMonthsAgo(chen, 2);
        approvedMonthsAgo(li, 2);
        QProcess a, b;
        const QStringList args{QStringLiteral("payouts"),     QStringLiteral("monthly"),
                               QStringLiteral("--db"),        platform.databaseUrl(),
                               QStringLiteral("--key-store"), platform.keyStore()};
        a.start(QStringLiteral(SSC_PLATFORM_PATH), args);
        b.start(QStringLiteral(SSC_PLATFORM_PATH), args);
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QVERIFY2((a.exitCode() == 0 && b.exitCode() == 3) || (a.exitCode() == 3 && b.exitCode() == 0),
                 (a.readAll() + b.readAll()).constData());
        QCOMPARE(count(chen), 3);
        QCOMPARE(count(li), 3);
    }

    // The export carries the instalments; the next month is made while the third is with the bank, which
    // then returns Chen's third month: her progress shows the returned one, and while it stands returned
    // nothing more is made for her; once she gives another card the third month, the fourth not yet sent and
    // the later ones all go there.
    void afterAReturnTheInstalmentsCarryOnToTheOtherCard()
    {
        const auto [batch, lines] = exportAll(QStringLiteral("bank-1.txt"));
        QVERIFY2(!lines.isEmpty(), qPrintable(batch));
        const QString third = receipts[chen] + QStringLiteral("-3");
        QVERIFY(lines.join(u'\n').contains(u'|' + third + u'|'));
        QVERIFY(lines.join(u'\n').contains(u'|' + receipts[li] + QStringLiteral("-2|")));
        approvedMonthsAgo(chen, 3);
        approvedMonthsAgo(li, 3);
        const auto [fourth, saidFourth] = payouts({QStringLiteral("monthly")});
        QVERIFY2(fourth == 0 && saidFourth.contains(QStringLiteral("2 instalments due")),
                 qPrintable(saidFourth));

        QByteArray answer = QStringLiteral("SSCRET|1|%1|%2\n").arg(batch).arg(lines.size()).toUtf8();
        for (const QString& line : lines) {
            const QStringList f = line.split(u'|');
            answer += (f[1] + u'|' + f[4] + u'|' +
                       (f[1] == third ? QStringLiteral("RETURNED|R01") : QStringLiteral("PAID")) + u'\n')
                          .toUtf8();
        }
        QFile returned(files.filePath(QStringLiteral("return-1.txt")));
        QVERIFY(returned.open(QIODevice::WriteOnly) && returned.write(answer) > 0);
        returned.close();
        const auto [imported, said] = payouts({QStringLiteral("import-return"), returned.fileName()});
        QVERIFY2(imported == 0, qPrintable(said));
        QCOMPARE(payout(li)[QStringLiteral("paidInstalments")].toInt(), 3);
        QCOMPARE(payout(chen)[QStringLiteral("paidInstalments")].toInt(), 2);
        QCOMPARE(payout(chen)[QStringLiteral("instalment")].toInt(), 3); // the returned one, not the 4th due
        QCOMPARE(payout(chen)[QStringLiteral("state")].toString(), QStringLiteral("returned"));

        approvedMonthsAgo(chen, 4);
        approvedMonthsAgo(li, 4);
        const auto [waiting, saidWaiting] = payouts({QStringLiteral("monthly")});
        QVERIFY2(waiting == 0 && saidWaiting.contains(QStringLiteral("1 instalments due")) &&
                     saidWaiting.contains(QStringLiteral("1 waiting for another account")),
                 qPrintable(saidWaiting));
        QCOMPARE(count(chen), 4);

        const auto again =
            platform.asTerminal(QStringLiteral("kiosk"), "POST",
                                QStringLiteral("/api/v1/me/payouts/%1/account").arg(receipts[chen]),
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("payout-account")},
                                            {QStringLiteral("values"),
                                             QJsonObject{{QStringLiteral("accountNumber"), otherAccount}}}},
                                platform.citizenHeaders(chen, "again-chen-1"));
        QVERIFY2(again.status == 201, again.raw.constData());
        const auto [resumed, saidResumed] = payouts({QStringLiteral("monthly")});
        QVERIFY2(resumed == 0, qPrintable(saidResumed));
        QCOMPARE(instalments(chen).section(u'\n', 4, 4), QStringLiteral("5 due 228600 6217 **** 4567"));
        const auto [batch2, lines2] = exportAll(QStringLiteral("bank-2.txt"));
        for (const QString& reference : {third + QStringLiteral("-2"), receipts[chen] + QStringLiteral("-4"),
                                         receipts[chen] + QStringLiteral("-5")})
            QVERIFY2(lines2.join(u'\n').contains(u'|' + reference + u'|' + otherAccount + u'|'),
                     qPrintable(reference + u' ' + lines2.join(u'\n')));
    }

    // The subsidy stops at its sixth month, however many months a late run finds; a later run finds nothing.
    void neverPastTheMonthsDecided()
    {
        approvedMonthsAgo(li, 11);
        QVERIFY(payouts({QStringLiteral("monthly")}).first == 0);
        QCOMPARE(count(li), 6);
        QCOMPARE(payouts({QStringLiteral("monthly")}).first, 3);
        QCOMPARE(count(li), 6);
        QCOMPARE(payout(li)[QStringLiteral("instalments")].toInt(), 6);
        QVERIFY(!payout(li).contains(QStringLiteral("stopCode")));
    }

    // The office records that Chen registered employment: the next run stops her plan, once, with the
    // reason her progress shows; the event's faults are refused.
    void aStopEventStopsThePlanWithItsReason()
    {
        const QString ssn = sql(QStringLiteral("SELECT ssn FROM people WHERE demo_key = ?"), {chen});
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(payouts({QStringLiteral("stop-event"), ssn, QStringLiteral("moved_house"), today}).first, 2);
        QCOMPARE(payouts({QStringLiteral("stop-event"), ssn, QStringLiteral("employment_registered"),
                          QDate::currentDate().addDays(1).toString(Qt::ISODate)})
                     .first,
                 2);
        QCOMPARE(payouts({QStringLiteral("stop-event"), QStringLiteral("000000000000000000"),
                          QStringLiteral("employment_registered"), today})
                     .first,
                 2);
        const auto [recorded, said] =
            payouts({QStringLiteral("stop-event"), ssn, QStringLiteral("employment_registered"), today});
        QVERIFY2(recorded == 0, qPrintable(said));
        QCOMPARE(payouts({QStringLiteral("stop-event"), ssn, QStringLiteral("employment_registered"), today})
                     .first,
                 3);
        approvedMonthsAgo(chen, 5);
        const auto [status, saidRun] = payouts({QStringLiteral("monthly")});
        QCOMPARE(status, 3);
        QVERIFY2(saidRun.contains(QStringLiteral("1 stopped")), qPrintable(saidRun));
        QCOMPARE(count(chen), 5);
        const QJsonObject progress = payout(chen);
        QCOMPARE(progress[QStringLiteral("stopCode")].toString(), QStringLiteral("employment_registered"));
        QCOMPARE(progress[QStringLiteral("stopReason")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("已办理就业登记"));
        QCOMPARE(progress[QStringLiteral("stopReason")][QStringLiteral("en")].toString(),
                 QStringLiteral("employment has been registered"));
        QVERIFY2(payouts({QStringLiteral("monthly")}).second.contains(QStringLiteral("0 stopped")),
                 "stopped once");
        // She is told by text, once, without the reason (docs/notifications.md).
        QCOMPARE(sql(QStringLiteral(
                         "SELECT COUNT(*) FROM sms_notifications WHERE receipt = ? AND status = 'stopped'"),
                     {receipts[chen]}),
                 QStringLiteral("1"));
    }

    // What the platform finds in its own data stops the plan too: unemployment insurance paid for a month
    // after the filing's (an employer took her on), retirement recorded, no registration standing.
    void thePlatformsOwnDataStopsThePlan_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        const QDate next = QDate::currentDate().addMonths(1);
        QTest::newRow("insured again")
            << QStringLiteral("INSERT INTO contribution_months (person_id, province_code, insurance, year, "
                              "month, base_cents, "
                              "employer_cents, personal_cents, mark) SELECT id, '110000', 'unemployment', "
                              "%1, %2, 700000, "
                              "3500, 1400, 'paid' FROM people WHERE demo_key = 'chen-unemployed'")
                   .arg(next.year())
                   .arg(next.month())
            << QStringLiteral("employed_and_insured");
        QTest::newRow("retired") << QStringLiteral("UPDATE insurance_enrolments SET retired_on = "
                                                   "'2026-01-01' WHERE person_id = (SELECT id FROM "
                                                   "people WHERE demo_key = 'chen-unemployed')")
                                 << QStringLiteral("pension_started");
        QTest::newRow("registration ended")
            << QStringLiteral(
                   "UPDATE applications SET status = 'returned' WHERE kind = 'unemployment-registration' AND "
                   "person_id = (SELECT id FROM people WHERE demo_key = 'chen-unemployed')")
            << QStringLiteral("registration_ended");
    }

    void thePlatformsOwnDataStopsThePlan()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        // Her plan as before any stop: the recorded event and the earlier rows' change undone.
        QCOMPARE(sql(QStringLiteral("DELETE FROM unemployment_stop_events")), QString());
        QCOMPARE(sql(QStringLiteral("UPDATE payout_plans SET stop_code = NULL WHERE receipt = ?"),
                     {receipts[chen]}),
                 QString());
        QCOMPARE(sql(QStringLiteral("DELETE FROM contribution_months WHERE year * 12 + month > ?"),
                     {QDate::currentDate().year() * 12 + QDate::currentDate().month()}),
                 QString());
        QCOMPARE(sql(QStringLiteral("UPDATE insurance_enrolments SET retired_on = NULL WHERE retired_on = "
                                    "'2026-01-01'")),
                 QString());
        QCOMPARE(sql(QStringLiteral("UPDATE applications SET status = 'approved' WHERE kind = "
                                    "'unemployment-registration' AND status = 'returned'")),
                 QString());
        QCOMPARE(sql(change), QString());
        approvedMonthsAgo(chen, 5);
        const auto [status, said] = payouts({QStringLiteral("monthly")});
        QVERIFY2(status == 3 && said.contains(QStringLiteral("1 stopped")), qPrintable(said));
        QCOMPARE(count(chen), 5);
        QCOMPARE(payout(chen)[QStringLiteral("stopCode")].toString(), code);
    }

    // Undone, her plan carries on: the checks above stopped it for their reason alone.
    void withNoStopThePlanCarriesOn()
    {
        QCOMPARE(sql(QStringLiteral("UPDATE applications SET status = 'approved' WHERE kind = "
                                    "'unemployment-registration' AND status = 'returned'")),
                 QString());
        QCOMPARE(sql(QStringLiteral("UPDATE payout_plans SET stop_code = NULL WHERE receipt = ?"),
                     {receipts[chen]}),
                 QString());
        approvedMonthsAgo(chen, 7);
        QCOMPARE(payouts({QStringLiteral("monthly")}).first, 0);
        QCOMPARE(count(chen), 8); // months 6, 7 and 8: what missed runs left behind, caught up at once
    }

    // 失业保险金 ends at the months the approval decided, however late the run.
    void theBenefitEndsAtTheMonthsDecided()
    {
        const int months =
            sql(QStringLiteral("SELECT instalments FROM payout_plans WHERE receipt = ?"), {receipts[chen]})
                .toInt();
        approvedMonthsAgo(chen, months + 2);
        QCOMPARE(payouts({QStringLiteral("monthly")}).first, 0);
        QCOMPARE(count(chen), months);
        QCOMPARE(payouts({QStringLiteral("monthly")}).first, 3);
        QCOMPARE(count(chen), months);
        QCOMPARE(payout(chen)[QStringLiteral("instalments")].toInt(), months);
        QCOMPARE(payout(chen)[QStringLiteral("instalment")].toInt(), months);
    }
};

QTEST_GUILESS_MAIN(TestInstalments)
#include "tst_instalments.moc"
