// Labour dispute intake over real HTTP: evidence files checked again by the platform (hostile ones refused
// with a reason in both languages and nothing stored), kept once per content, only the applicant's own
// evidence attachable; the dispute filed once, checked again (employer code, dates), and moved along its
// progress (受理, 调解中, 调解成功 / 转仲裁) by the demo's back office, in that order only.
#include "evidencefiles.h"
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestDisputesApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Headers logIn(const QString& person, const QByteArray& key = {})
    {
        return platform.citizenHeaders(person, key);
    }

    PlatformFixture::Response upload(const PlatformFixture::Headers& session, const QString& name,
                                     const QByteArray& bytes)
    {
        return platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/evidence"),
            {{QStringLiteral("name"), name}, {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}},
            session);
    }

    int storedEvidence()
    {
        QSqlQuery q(platform.database());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    static QJsonObject dispute(const QString& evidence = {},
                               const QString& code = QStringLiteral("91350100M0001TGQX1"))
    {
        QJsonObject values{
            {QStringLiteral("phone"), QStringLiteral("13812345678")},
            {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街1号")},
            {QStringLiteral("employerName"), QStringLiteral("北京某某科技有限公司")},
            {QStringLiteral("employerCode"), code},
            {QStringLiteral("employerAddress"), QStringLiteral("北京市朝阳区望京街10号")},
            {QStringLiteral("category"), QStringLiteral("pay")},
            {QStringLiteral("stillEmployed"), QStringLiteral("no")},
            {QStringLiteral("endedOn"), QDate::currentDate().addMonths(-2).toString(Qt::ISODate)},
            {QStringLiteral("aroseOn"), QDate::currentDate().addMonths(-3).toString(Qt::ISODate)},
            {QStringLiteral("amount"), QStringLiteral("12600")},
            {QStringLiteral("claims"), QStringLiteral("支付拖欠的三个月工资")},
            {QStringLiteral("facts"), QStringLiteral("2026年6月至8月工资未发放。")}};
        if (!evidence.isEmpty())
            values.insert(QStringLiteral("evidence"), evidence);
        return {{QStringLiteral("kind"), QStringLiteral("labour-dispute")},
                {QStringLiteral("committed"), true},
                {QStringLiteral("values"), values}};
    }

    PlatformFixture::Response file(const PlatformFixture::Headers& session, const QJsonObject& body)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                   body, session);
    }

    PlatformFixture::Response decide(const QString& receipt, const QString& decision)
    {
        QJsonObject body{{QStringLiteral("decision"), decision}};
        if (decision == u"return")
            body.insert(QStringLiteral("reason"), QStringLiteral("不属于劳动争议受理范围"));
        return platform.request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                {{"Content-Type", "application/json"}});
    }

    QString statusOf(const PlatformFixture::Headers& session, const QString& receipt)
    {
        const auto list = platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                              QStringLiteral("/api/v1/me/applications"), {}, session);
        for (const QJsonValue& a : list.json[QStringLiteral("applications")].toArray())
            if (a.toObject()[QStringLiteral("receipt")].toString() == receipt)
                return a.toObject()[QStringLiteral("status")].toString();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void evidenceIsCheckedAndKeptOncePerContent()
    {
        const auto session = logIn(QStringLiteral("zhang-wei"));
        const auto photo = upload(session, QStringLiteral("工资条.jpg"), evidencefiles::jpeg());
        QCOMPARE(photo.status, 201);
        const QString id = photo.json[QStringLiteral("id")].toString();
        QVERIFY(QRegularExpression(QStringLiteral("^E[0-9A-F]{16}$")).match(id).hasMatch());
        QCOMPARE(photo.json[QStringLiteral("mimeType")].toString(), QStringLiteral("image/jpeg"));
        const auto again = upload(session, QStringLiteral("copy.jpg"), evidencefiles::jpeg());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("id")].toString(), id);
        const auto archive = upload(session, QStringLiteral("证据.zip"),
                                    evidencefiles::zip({{QStringLiteral("合同.pdf"), evidencefiles::pdf()},
                                                        {QStringLiteral("1.png"), evidencefiles::png()}}));
        QCOMPARE(archive.status, 201);
        QCOMPARE(archive.json[QStringLiteral("entries")].toArray().size(), 2);
        QCOMPARE(storedEvidence(), 2);
    }

    void hostileFilesAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("program as photo")
            << "photo.jpg" << QByteArray("MZ\x90\x00\x03", 5) + QByteArray(300, 'x') << "fake_extension";
        QTest::newRow("path traversal")
            << "a.zip"
            << evidencefiles::zip({{QStringLiteral("../../../etc/cron.d/job.jpg"), evidencefiles::jpeg()}})
            << "zip_path";
        QTest::newRow("zip bomb") << "a.zip"
                                  << evidencefiles::zip(
                                         {{QStringLiteral("z.pdf"), QByteArray(8 << 20, '\0')}})
                                  << "zip_bomb";
        QTest::newRow("script in pdf")
            << "a.pdf" << evidencefiles::pdf("<< /OpenAction << /S /JavaScript /JS (x) >> >>")
            << "pdf_open_action";
        QTest::newRow("word document") << "a.docx" << QByteArray("PK\x03\x04", 4) << "unknown_type";
        QTest::newRow("over 10 MB") << "big.jpg" << QByteArray(10 * 1024 * 1024 + 1, 'x') << "too_large";
    }

    void hostileFilesAreRefusedAndNothingIsStored()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const int before = storedEvidence();
        const auto r = upload(logIn(QStringLiteral("zhang-wei")), name, bytes);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), code);
        const QJsonObject message =
            r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
        QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(message[QStringLiteral("zh_CN")].toString() != message[QStringLiteral("en")].toString());
        QCOMPARE(storedEvidence(), before);
    }

    void malformedAndOversizedUploadsAreRefused()
    {
        const auto session = logIn(QStringLiteral("zhang-wei"));
        const auto broken =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/evidence"),
                                {{QStringLiteral("name"), QStringLiteral("a.jpg")},
                                 {QStringLiteral("data"), QStringLiteral("not base64 !!")}},
                                session);
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.errorCode(), QStringLiteral("evidence_encoding"));
        // Far over the upload limit: refused before the body is read.
        QCOMPARE(upload(session, QStringLiteral("huge.jpg"), QByteArray(12 * 1024 * 1024, 'x')).status, 413);
        // Other routes keep the small limit.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                 {{QStringLiteral("kind"), QString(200 * 1024, u'x')}}, session)
                     .status,
                 413);
        // Visitors upload nothing.
        QCOMPARE(
            platform
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/evidence"),
                            {{QStringLiteral("name"), QStringLiteral("a.jpg")},
                             {QStringLiteral("data"), QString::fromLatin1(evidencefiles::jpeg().toBase64())}})
                .status,
            401);
    }

    void aDisputeIsFiledOnceAndFollowsItsProgress()
    {
        const auto owner = logIn(QStringLiteral("zhang-wei"), "dis-zhang-0001");
        const QString photo = upload(owner, QStringLiteral("p.png"), evidencefiles::png(80, 60))
                                  .json[QStringLiteral("id")]
                                  .toString();
        // Someone else's evidence cannot be attached (it answers like a file never uploaded).
        const auto stranger = file(logIn(QStringLiteral("li-na"), "dis-lina-0001"), dispute(photo));
        QCOMPARE(stranger.status, 400);
        QCOMPARE(stranger.errorCode(), QStringLiteral("unknown_evidence"));
        // A mistyped employer code is caught at the platform too.
        const auto typo = file(logIn(QStringLiteral("zhang-wei"), "dis-zhang-0000"),
                               dispute(photo, QStringLiteral("91350100M0001TGQX2")));
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.json[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString(),
                 QStringLiteral("employerCode"));
        const auto filed = file(owner, dispute(photo));
        QCOMPARE(filed.status, 201);
        QCOMPARE(file(owner, dispute(photo)).status, 200); // a retry: the same case
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        QCOMPARE(filed.json[QStringLiteral("subject")].toString(), QStringLiteral("北京某某科技有限公司"));
        QCOMPARE(statusOf(owner, receipt), QStringLiteral("submitted"));
        // Progress only in order: not settled before it is accepted and mediated.
        QCOMPARE(decide(receipt, QStringLiteral("settle")).status, 409);
        QCOMPARE(decide(receipt, QStringLiteral("approve")).status, 409);
        QCOMPARE(decide(receipt, QStringLiteral("accept")).status, 200);
        QCOMPARE(statusOf(owner, receipt), QStringLiteral("accepted"));
        QCOMPARE(decide(receipt, QStringLiteral("mediate")).status, 200);
        QCOMPARE(statusOf(owner, receipt), QStringLiteral("mediating"));
        QCOMPARE(decide(receipt, QStringLiteral("arbitrate")).status, 200);
        QCOMPARE(statusOf(owner, receipt), QStringLiteral("arbitration"));
        QCOMPARE(decide(receipt, QStringLiteral("settle")).status, 409);
        // Another dispute may be filed while this one runs.
        QCOMPARE(file(logIn(QStringLiteral("zhang-wei"), "dis-zhang-0002"), dispute()).status, 201);
    }

    void atACounterTheCitizenConfirmsWithTheirOwnCode()
    {
        // 李娜 at a counter: the clerk files for her; she confirms with her own e-card code.
        const QByteArray token =
            platform.citizenSession(QStringLiteral("li-na"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!token.isEmpty());
        const auto fileAtCounter = [&](const QByteArray& key, const QString& confirmation) {
            QJsonObject body = dispute();
            if (!confirmation.isEmpty())
                body.insert(QStringLiteral("confirmation"), confirmation);
            return platform.asTerminal(QStringLiteral("counter"), "POST",
                                       QStringLiteral("/api/v1/me/applications"), body,
                                       {{"X-SSC-Citizen-Session", token}, {"Idempotency-Key", key}});
        };
        const auto confirmWith = [&](const QJsonObject& proof) {
            return platform.asTerminal(QStringLiteral("counter"), "POST",
                                       QStringLiteral("/api/v1/me/confirmations"), proof,
                                       {{"X-SSC-Citizen-Session", token}});
        };
        const auto unconfirmed = fileAtCounter("counter-lina-0001", {});
        QCOMPARE(unconfirmed.status, 400);
        QCOMPARE(unconfirmed.errorCode(), QStringLiteral("confirmation_required"));
        // Someone else's code confirms nothing.
        const auto stranger =
            confirmWith({{QStringLiteral("code"), platform.mint(QStringLiteral("zhang-wei"))}});
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.errorCode(), QStringLiteral("confirmation_other_person"));
        QCOMPARE(fileAtCounter("counter-lina-0002", QStringLiteral("made-up-confirmation")).status, 403);
        // Her own code: one confirmation, good for one filing.
        const auto own = confirmWith({{QStringLiteral("code"), platform.mint(QStringLiteral("li-na"))}});
        QCOMPARE(own.status, 201);
        const QString confirmation = own.json[QStringLiteral("confirmation")].toString();
        QCOMPARE(fileAtCounter("counter-lina-0003", confirmation).status, 201);
        QCOMPARE(fileAtCounter("counter-lina-0003", confirmation).status, 200); // the retry: the same case
        const auto again = fileAtCounter("counter-lina-0004", confirmation);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("confirmation_used"));
    }
};

QTEST_GUILESS_MAIN(TestDisputesApi)
#include "tst_disputesapi.moc"
