// ssc-ctl ecard mint / qr against the real demo platform: the printed code resolves, the QR image reads back
// (ZXing) as the same kind of code, and failures say why with exit status 1.
#include "platformfixture.h"

#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class TestSscCtlECard : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    CtlRun ctl(QStringList args)
    {
        args << QStringLiteral("--platform") << QStringLiteral("http://127.0.0.1:%1").arg(platform.port());
        QProcess process;
        process.start(QStringLiteral(SSC_CTL_PATH),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void mintPrintsACodeThatResolves()
    {
        const CtlRun run =
            ctl({QStringLiteral("ecard"), QStringLiteral("mint"), QStringLiteral("zhang-wei")});
        QCOMPARE(run.exitCode, 0);
        const QString code = run.out.trimmed();
        QVERIFY(code.startsWith(u"SSC1."));
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), code}});
        QCOMPARE(r.status, 200);
    }

    void qrWritesAnImageThatReadsBack()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        const CtlRun run = ctl({QStringLiteral("ecard"), QStringLiteral("qr"), QStringLiteral("li-na"), png});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"QR code written to"));
        const QImage image = QImage(png).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const auto result =
            ZXing::ReadBarcode({image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(image.bytesPerLine())},
                               hints);
        QVERIFY(result.isValid());
        const QString text = QString::fromStdWString(result.text());
        QVERIFY(text.startsWith(u"SSC1."));
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), text}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("person")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("李*")); // masked
    }

    void reviewApprovesAnApplication()
    {
        // An unemployment registration filed by 李娜 on the demo kiosk, then decided by the back office.
        const PlatformFixture::Headers session{
            {"X-SSC-Citizen-Session", platform.citizenSession(QStringLiteral("li-na")).toLatin1()},
            {"Idempotency-Key", "ctl-review-0001"}};
        const QJsonObject values{{QStringLiteral("phone"), QStringLiteral("13812345678")},
                                 {QStringLiteral("education"), QStringLiteral("bachelor")},
                                 {QStringLiteral("health"), QStringLiteral("good")},
                                 {QStringLiteral("household"), QStringLiteral("other-urban")},
                                 {QStringLiteral("residence"), QStringLiteral("深圳市南山区")},
                                 {QStringLiteral("unemployedOn"), QDate::currentDate().toString(Qt::ISODate)},
                                 {QStringLiteral("unemploymentProvince"), QStringLiteral("44")},
                                 {QStringLiteral("unemploymentCity"), QStringLiteral("440300")},  // 深圳市
                                 {QStringLiteral("unemploymentPlace"), QStringLiteral("440305")}, // 南山区
                                 {QStringLiteral("reason"), QStringLiteral("22")},
                                 {QStringLiteral("claimingInsurance"), QStringLiteral("yes")},
                                 {QStringLiteral("skillLevel"), QStringLiteral("none")},
                                 {QStringLiteral("jobIntention"), QStringLiteral("employer")}};
        const auto filed =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                {{QStringLiteral("kind"), QStringLiteral("unemployment-registration")},
                                 {QStringLiteral("committed"), true},
                                 {QStringLiteral("values"), values}},
                                session);
        QCOMPARE(filed.status, 201);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        const CtlRun approve = ctl({QStringLiteral("review"), QStringLiteral("approve"), receipt});
        QCOMPARE(approve.exitCode, 0);
        QVERIFY2(approve.out.contains(u"Approved") || approve.out.contains(u"审核通过"),
                 qPrintable(approve.out));
        const auto list = platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                              QStringLiteral("/api/v1/me/applications"), {}, {session[0]});
        QCOMPARE(list.json[QStringLiteral("applications")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("approved"));
        // Decided already: nothing waits under that receipt.
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("return"), receipt, QStringLiteral("重复")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("return"), receipt}).exitCode, 2); // no reason
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("close"), receipt}).exitCode,
                 2); // no such decision
        // A registration is not mediated: the platform says the decision does not apply.
        const CtlRun mediate = ctl({QStringLiteral("review"), QStringLiteral("mediate"), receipt});
        QCOMPARE(mediate.exitCode, 1);
        QVERIFY(!mediate.err.isEmpty());
    }

    // After reviewApprovesAnApplication: 李娜 is registered. The office records that it phoned her about the
    // employment service she asked for (docs/unemployment-benefits.md).
    void reviewContactsAboutAnEmploymentService()
    {
        const PlatformFixture::Headers session{
            {"X-SSC-Citizen-Session", platform.citizenSession(QStringLiteral("li-na")).toLatin1()},
            {"Idempotency-Key", "ctl-service-0001"}};
        const auto filed =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                {{QStringLiteral("kind"), QStringLiteral("employment-service")},
                                 {QStringLiteral("committed"), true},
                                 {QStringLiteral("values"),
                                  QJsonObject{{QStringLiteral("offer"), QStringLiteral("assistance")}}}},
                                session);
        QCOMPARE(filed.status, 201);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("approve"), receipt}).exitCode,
                 1); // not for it
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("contact"), receipt}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("contact"), receipt}).exitCode, 1); // once
    }

    void reviewMovesATransferAlong()
    {
        // 赵磊's transfer from Hubei to Beijing, filed on the demo kiosk, taken through its three steps.
        const PlatformFixture::Headers session{
            {"X-SSC-Citizen-Session", platform.citizenSession(QStringLiteral("zhao-mover")).toLatin1()},
            {"Idempotency-Key", "ctl-transfer-0001"}};
        const auto filed = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
            {{QStringLiteral("kind"), QStringLiteral("pension-transfer")},
             {QStringLiteral("committed"), true},
             {QStringLiteral("values"),
              QJsonObject{{QStringLiteral("transferOut"), QStringLiteral("42")},
                          {QStringLiteral("transferIn"), QStringLiteral("11")},
                          {QStringLiteral("employer"), QStringLiteral("北京中关村智造科技有限公司")},
                          {QStringLiteral("phone"), QStringLiteral("13812345678")}}}},
            session);
        QCOMPARE(filed.status, 201);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        QCOMPARE(ctl({QStringLiteral("review"), QStringLiteral("complete"), receipt}).exitCode, 1); // not yet
        for (const char* step : {"agree", "transfer", "complete"})
            QCOMPARE(ctl({QStringLiteral("review"), QString::fromLatin1(step), receipt}).exitCode, 0);
    }

    void failuresSayWhy()
    {
        const CtlRun unknown =
            ctl({QStringLiteral("ecard"), QStringLiteral("mint"), QStringLiteral("nobody-at-all")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"not in the demo data"), qPrintable(unknown.err));
        QCOMPARE(ctl({QStringLiteral("ecard"), QStringLiteral("mint")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("ecard"), QStringLiteral("print"), QStringLiteral("x")}).exitCode, 2);
        platform.stop();
        const CtlRun down =
            ctl({QStringLiteral("ecard"), QStringLiteral("mint"), QStringLiteral("zhang-wei")});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(u"cannot be reached"), qPrintable(down.err));
    }
};

QTEST_GUILESS_MAIN(TestSscCtlECard)
#include "tst_sscctl_ecard.moc"
