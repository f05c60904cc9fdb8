// Paying the unemployment benefits (issue 19; docs/operations.md, "Paying benefits"): an approved claim is
// due once, in the approving decision's transaction; `ssc-platform payouts export` writes the bank file of
// every payout due and marks them in its batch, never twice; `payouts import-return` marks each paid or
// returned from the bank's answer, refusing unknown references, changed amounts, bad lines and a second
// import with nothing changed; the citizen's progress (GET /me/applications) carries it. SQLite and
// PostgreSQL; two export processes at once never put one payout in two batches; a returned payout is paid
// again to another account of the person's, once, under a new reference.
#include "payoutclaims.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPayouts : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir files;
    const QString valueDate = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    const QString otherAccount = QStringLiteral("621700001050004567"); // Luhn-valid, the person's own
    QHash<QString, QString> receipts;                                  // by person
    QString batch;
    QStringList exportedLines;

    QJsonObject application(const QString& person)
    {
        return listedApplication(platform, person, receipts.value(person));
    }

    QString states()
    {
        QSqlQuery q(platform.database());
        q.exec(QStringLiteral(
            "SELECT reference, state, COALESCE(batch, ''), COALESCE(return_code, '') FROM payouts "
            "ORDER BY reference"));
        QString all;
        while (q.next())
            all += QStringLiteral("%1 %2 %3 %4\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return all;
    }

    QString write(const QString& name, const QByteArray& content)
    {
        QFile f(files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

    std::pair<int, QString> importReturn(const QString& name, const QByteArray& content)
    {
        return platform.command(
            {QStringLiteral("payouts"), QStringLiteral("import-return"), write(name, content)});
    }

    // The reference and amount of each exported line: "REF|FEN".
    QByteArray answer(const QHash<QString, QByteArray>& results)
    {
        QByteArray out = QStringLiteral("SSCRET|1|%1|%2\n").arg(batch).arg(exportedLines.size()).toUtf8();
        for (const QString& line : exportedLines) {
            const QStringList f = line.split(u'|');
            out += (f[1] + u'|' + f[4] + u'|').toUtf8() + results.value(f[1], "PAID") + '\n';
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    // Four claims, one of each kind, approved: each is due exactly once with what the rules give, and a
    // second decision makes no second payout.
    void approvedClaimsAreDueOnce()
    {
        const struct {
            QString person, reason, kind;
            bool seeking;
            QString account;
        } claims[] = {
            {QStringLiteral("ma-migrant"),
             QStringLiteral("21"),
             QStringLiteral("migrant-one-off-allowance"),
             false,
             {}},
            {QStringLiteral("gao-newcomer"), QStringLiteral("22"),
             QStringLiteral("temporary-living-allowance"), false, otherAccount},
            {QStringLiteral("li-na"), QStringLiteral("24"), QStringLiteral("unemployment-subsidy"), true, {}},
            {QStringLiteral("chen-unemployed"),
             QStringLiteral("21"),
             QStringLiteral("unemployment-benefit"),
             true,
             {}},
        };
        for (const auto& c : claims) {
            receipts.insert(c.person,
                            approvedClaim(platform, c.person, c.reason, c.kind, c.seeking, c.account));
            QVERIFY2(!receipts[c.person].isEmpty(), qPrintable(c.person));
            QCOMPARE(reviewDecision(platform, receipts[c.person], QStringLiteral("approve")), 409); // decided
        }
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT receipt, COUNT(*), MIN(amount_fen), MIN(state), MIN(account) FROM payouts "
                           "GROUP BY receipt")));
        QHash<QString, qint64> amounts;
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(3).toString(), QStringLiteral("due"));
            amounts.insert(q.value(0).toString(), q.value(2).toLongLong());
            if (q.value(0).toString() == receipts[QStringLiteral("gao-newcomer")])
                QCOMPARE(q.value(4).toString(), otherAccount);
        }
        QCOMPARE(amounts.size(), 4);
        // The rules (docs/unemployment-benefits.md): the one-off allowance whole (2 months of Guangdong's
        // 2,152 yuan), the temporary one whole (3 months of 1,200), one month of the subsidy (80 %) and of
        // 失业保险金 (the standard of Chen's province, 北京, 2,286 yuan).
        QCOMPARE(amounts[receipts[QStringLiteral("ma-migrant")]], 430400);
        QCOMPARE(amounts[receipts[QStringLiteral("gao-newcomer")]], 360000);
        QCOMPARE(amounts[receipts[QStringLiteral("li-na")]], 172160);
        QCOMPARE(amounts[receipts[QStringLiteral("chen-unemployed")]], 228600);
        // The progress: due, to the masked account; the whole number never leaves the platform.
        const QJsonObject gao = application(QStringLiteral("gao-newcomer"));
        const QJsonObject payout = gao[QStringLiteral("payout")].toObject();
        QCOMPARE(payout[QStringLiteral("state")].toString(), QStringLiteral("due"));
        QCOMPARE(payout[QStringLiteral("amountFen")].toInteger(), 360000);
        QCOMPARE(payout[QStringLiteral("account")].toString(), QStringLiteral("6217 **** 4567"));
        QVERIFY(!QJsonDocument(gao).toJson().contains(otherAccount.toUtf8()));
    }

    // The bank file: a header with the batch, count and total, a line per payout with the whole account and
    // the name; a second export finds nothing due and writes nothing.
    void theExportWritesEachPayoutOnce()
    {
        const QString out = files.filePath(QStringLiteral("bank-1.txt"));
        const auto [status, said] =
            platform.command({QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"),
                              out, QStringLiteral("--date"), valueDate});
        QVERIFY2(status == 0, qPrintable(said));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = lines.takeFirst().split(u'|');
        QCOMPARE(header.size(), 6);
        QCOMPARE(header[0], QStringLiteral("SSCPAY"));
        batch = header[2];
        QCOMPARE(header[3], QString(valueDate).remove(u'-'));
        QCOMPARE(header[4], QStringLiteral("4"));
        QCOMPARE(header[5], QString::number(430400 + 360000 + 172160 + 228600));
        QCOMPARE(lines.size(), 4);
        exportedLines = lines;
        QVERIFY(f.fileName().size() > 0);
        QVERIFY(lines.join(u'\n').contains(u'|' + otherAccount + u'|'));
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("|高秀英|")) ||
                lines.join(u'\n').contains(QStringLiteral("高")));
        QVERIFY(!states().contains(QStringLiteral(" due ")));

        const QString again = files.filePath(QStringLiteral("bank-2.txt"));
        const auto [status2, said2] = platform.command(
            {QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"), again});
        QCOMPARE(status2, 3);
        QVERIFY2(said2.contains(QStringLiteral("nothing is due")), qPrintable(said2));
        QVERIFY(!QFile::exists(again));
        // An existing file is never overwritten, a value date in the past refused.
        QCOMPARE(
            platform
                .command({QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"), out})
                .first,
            2);
        QCOMPARE(platform
                     .command({QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"),
                               again, QStringLiteral("--date"), QStringLiteral("2020-01-01")})
                     .first,
                 2);
    }

    // Bad return files: refused with the line at fault, nothing changed.
    void badReturnFilesChangeNothing()
    {
        const QString before = states();
        QByteArray changed = answer({});
        const QString first = exportedLines.first().split(u'|')[1];
        const QString firstFen = exportedLines.first().split(u'|')[4];
        changed.replace((first + u'|' + firstFen).toUtf8(), (first + QStringLiteral("|1")).toUtf8());
        QByteArray unknown = answer({});
        unknown.replace(first.toUtf8(), "R20990101-FFFFFFFFFFFF-1");
        QByteArray missing = answer({});
        missing = missing.left(missing.lastIndexOf('\n', missing.size() - 2) + 1);
        const struct {
            const char* name;
            QByteArray content;
            QString says;
        } bad[] = {
            {"changed", changed,
             QStringLiteral("line 2: reference %1 was sent for %2 fen").arg(first, firstFen)},
            {"unknown", unknown, QStringLiteral("line 2: unknown reference R20990101-FFFFFFFFFFFF-1")},
            {"reason", answer({{first, "RETURNED|R77"}}),
             QStringLiteral("line 2: unknown reason code 'R77'")},
            {"result", answer({{first, "MAYBE"}}), QStringLiteral("line 2: the result is PAID or RETURNED")},
            {"header", "SSCRET|2|" + batch.toUtf8() + "|4\n", QStringLiteral("line 1: expected the header")},
            {"count", missing, QStringLiteral("the header counts 4 lines, the file has 3")},
            {"batch", answer({}).replace(batch.toUtf8(), "B20990101-00000000"),
             QStringLiteral("line 1: no batch B20990101-00000000")},
            {"empty", {}, QStringLiteral("the file is empty")},
        };
        for (const auto& b : bad) {
            const auto [status, said] = importReturn(QString::fromLatin1(b.name), b.content);
            QCOMPARE(status, 2);
            QVERIFY2(said.contains(b.says), qPrintable(QString::fromLatin1(b.name) + u' ' + said));
            QCOMPARE(states(), before);
        }
    }

    // The bank's answer: three paid, Gao's returned (account closed); her progress says so in both
    // languages, the others' when and where they were paid. The same file again: refused, nothing changed.
    void theReturnMarksEachPaidOrReturned()
    {
        const QString gaoReference = receipts[QStringLiteral("gao-newcomer")] + QStringLiteral("-1");
        const QByteArray file = answer({{gaoReference, "RETURNED|R01"}});
        const auto [status, said] = importReturn(QStringLiteral("return.txt"), file);
        QVERIFY2(status == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("3 paid")) && said.contains(QStringLiteral("1 returned")),
                 qPrintable(said));
        const QJsonObject paid =
            application(QStringLiteral("ma-migrant"))[QStringLiteral("payout")].toObject();
        QCOMPARE(paid[QStringLiteral("state")].toString(), QStringLiteral("paid"));
        QCOMPARE(paid[QStringLiteral("paidOn")].toString(), valueDate);
        QCOMPARE(paid[QStringLiteral("amountFen")].toInteger(), 430400);
        const QJsonObject returned =
            application(QStringLiteral("gao-newcomer"))[QStringLiteral("payout")].toObject();
        QCOMPARE(returned[QStringLiteral("state")].toString(), QStringLiteral("returned"));
        QCOMPARE(returned[QStringLiteral("returnCode")].toString(), QStringLiteral("R01"));
        QCOMPARE(returned[QStringLiteral("returnReason")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("账户已销户"));
        QCOMPARE(returned[QStringLiteral("returnReason")][QStringLiteral("en")].toString(),
                 QStringLiteral("the account has been closed"));
        const QString after = states();
        QCOMPARE(after.count(QStringLiteral(" paid ")), 3);
        const auto [again, saidAgain] = importReturn(QStringLiteral("return-again.txt"), file);
        QCOMPARE(again, 2);
        QVERIFY2(saidAgain.contains(QStringLiteral("imported already")), qPrintable(saidAgain));
        QCOMPARE(states(), after);
    }

    // Gao's returned payment, paid again to another card of hers: refused with nothing changed for a wrong
    // number, another person, a payment not returned and a counter without her confirmation; then due again
    // under a new reference, the returned attempt kept, once however often the request is retried; the next
    // export carries it and its return is imported.
    void aReturnedPayoutIsPaidAgainToAnotherAccount()
    {
        const QString gao = QStringLiteral("gao-newcomer");
        const QString claim = receipts[gao];
        const QString path = QStringLiteral("/api/v1/me/payouts/%1/account").arg(claim);
        const auto form = [](const QString& number) {
            return QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("payout-account")},
                {QStringLiteral("values"), QJsonObject{{QStringLiteral("accountNumber"), number}}}};
        };
        const QJsonObject account = form(otherAccount);
        const QString before = states();
        const auto wrong =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", path, form(QStringLiteral("6217000010")),
                                platform.citizenHeaders(gao, "again-gao-0"));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_field"));
        const auto stranger =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", path, account,
                                platform.citizenHeaders(QStringLiteral("ma-migrant"), "again-ma-0"));
        QCOMPARE(stranger.status, 404); // another's claim: nothing told of it
        const auto paidAlready = platform.asTerminal(
            QStringLiteral("kiosk"), "POST",
            QStringLiteral("/api/v1/me/payouts/%1/account").arg(receipts[QStringLiteral("ma-migrant")]),
            account, platform.citizenHeaders(QStringLiteral("ma-migrant"), "again-ma-1"));
        QCOMPARE(paidAlready.status, 409);
        QCOMPARE(paidAlready.errorCode(), QStringLiteral("payout_not_returned"));
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        const QByteArray atCounter = platform.citizenSession(gao, QStringLiteral("counter")).toLatin1();
        const auto unconfirmed = platform.asTerminal(QStringLiteral("counter"), "POST", path, account,
                                                     {{"X-SSC-Citizen-Session", atCounter},
                                                      {"X-SSC-Staff-Session", clerk},
                                                      {"Idempotency-Key", "again-c-0"}});
        QCOMPARE(unconfirmed.status, 400);
        QCOMPARE(unconfirmed.errorCode(), QStringLiteral("confirmation_required"));
        QCOMPARE(states(), before);

        const auto headers = platform.citizenHeaders(gao, "again-gao-1");
        const auto done = platform.asTerminal(QStringLiteral("kiosk"), "POST", path, account, headers);
        QVERIFY2(done.status == 201, done.raw.constData());
        const QJsonObject payout = done.json[QStringLiteral("payout")].toObject();
        QCOMPARE(payout[QStringLiteral("state")].toString(), QStringLiteral("due"));
        QCOMPARE(payout[QStringLiteral("attempt")].toInt(), 2);
        QCOMPARE(payout[QStringLiteral("account")].toString(), QStringLiteral("6217 **** 4567"));
        const auto retried = platform.asTerminal(QStringLiteral("kiosk"), "POST", path, account, headers);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json[QStringLiteral("receipt")], done.json[QStringLiteral("receipt")]);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT reference, return_code, attempt FROM payout_returns")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), claim + QStringLiteral("-1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("R01"));
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(!q.next()); // kept once, however often it was asked
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'payout_account_changed'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QCOMPARE(application(gao)[QStringLiteral("payout")].toObject()[QStringLiteral("attempt")].toInt(), 2);
        // Paid again now it is due: the next export carries it under its new reference alone, and the bank's
        // answer for it is imported.
        const QString out = files.filePath(QStringLiteral("bank-again.txt"));
        const auto [exported, saidExport] =
            platform.command({QStringLiteral("payouts"), QStringLiteral("export"), QStringLiteral("--out"),
                              out, QStringLiteral("--date"), valueDate});
        QVERIFY2(exported == 0, qPrintable(saidExport));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].split(u'|')[1], claim + QStringLiteral("-1-2"));
        QCOMPARE(rows[1].split(u'|')[2], otherAccount);
        batch = rows[0].split(u'|')[2];
        exportedLines = rows.mid(1);
        const auto [imported, saidImport] = importReturn(QStringLiteral("return-again.txt"), answer({}));
        QVERIFY2(imported == 0, qPrintable(saidImport));
        QCOMPARE(application(gao)[QStringLiteral("payout")].toObject()[QStringLiteral("state")].toString(),
                 QStringLiteral("paid"));
    }

    // Two export processes at once, three rounds over 300 payouts due each: every payout in exactly one
    // batch and one file, the batches' counts adding up.
    void concurrentExportsNeverShareAPayout()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people ORDER BY id")) && q.next());
        const qint64 person = q.value(0).toLongLong();
        for (int round = 0; round < 3; ++round) {
            // Due payouts as approvals leave them (the approvals themselves are tested above).
            QVERIFY(platform.database().transaction());
            for (int i = 0; i < 300; ++i) {
                QSqlQuery insert(platform.database());
                insert.prepare(
                    QStringLiteral("INSERT INTO payouts (receipt, instalment, person_id, kind, amount_fen, "
                                   "payee_name, account, account_masked, reference, state, created_at) "
                                   "VALUES (?, 1, ?, 'unemployment-subsidy', ?, '测试', "
                                   "'6217000010500045670', '6217 **** 5670', ?, 'due', 0)"));
                const QString receipt = QStringLiteral("RLOAD%1-%2").arg(round).arg(i);
                insert.addBindValue(receipt);
                insert.addBindValue(person);
                insert.addBindValue(100 + i);
                insert.addBindValue(receipt + QStringLiteral("-1"));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QVERIFY(platform.database().commit());
            QProcess a, b;
            const auto args = [&](const char* name) {
                return QStringList{
                    QStringLiteral("payouts"),
                    QStringLiteral("export"),
                    QStringLiteral("--out"),
                    files.filePath(QStringLiteral("race-%1-%2").arg(round).arg(QLatin1String(name))),
                    QStringLiteral("--db"),
                    platform.databaseUrl(),
                    QStringLiteral("--key-store"),
                    platform.keyStore()};
            };
            a.start(QStringLiteral(SSC_PLATFORM_PATH), args("a"));
            b.start(QStringLiteral(SSC_PLATFORM_PATH), args("b"));
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QSet<QString> references;
            int lines = 0;
            for (const char* name : {"a", "b"}) {
                QFile f(files.filePath(QStringLiteral("race-%1-%2").arg(round).arg(QLatin1String(name))));
                if (!f.open(QIODevice::ReadOnly))
                    continue; // this one found nothing due (exit 3)
                const QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
                for (const QString& row : rows.mid(1)) {
                    references.insert(row.split(u'|')[1]);
                    ++lines;
                }
            }
            QVERIFY2((a.exitCode() == 0 || a.exitCode() == 3) && (b.exitCode() == 0 || b.exitCode() == 3),
                     (a.readAllStandardError() + b.readAllStandardError()).constData());
            QCOMPARE(lines, 300);
            QCOMPARE(references.size(), 300);
            QVERIFY(q.exec(QStringLiteral(
                               "SELECT COUNT(*), COUNT(DISTINCT batch) FROM payouts WHERE receipt LIKE "
                               "'RLOAD%1-%%' AND state = 'batched'")
                               .arg(round)) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 300);
            QVERIFY(q.value(1).toInt() >= 1 && q.value(1).toInt() <= 2);
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT SUM(payout_count) FROM payout_batches WHERE returned_at IS NULL")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 300 * (round + 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
