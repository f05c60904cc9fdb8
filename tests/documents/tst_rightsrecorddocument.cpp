// The printed rights record, read back from the PDF with pdftotext: sections shown or hidden as the brief
// says, monthly marks, masking, the verification code and its QR, both languages.
#include "pdftext.h"
#include "recordsamples.h"

#include "i18n/translator.h"
#include "rightsrecorddocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>
#include <QTextDocument>

#include <ZXing/ReadBarcode.h>

using namespace ssc;

class TestRightsRecordDocument : public QObject {
    Q_OBJECT

    static QString textOf(const QJsonObject& json, bool layout = false)
    {
        const RightsRecordParse parsed = parseRightsRecord(json);
        if (!parsed.record)
            return QStringLiteral("<unreadable: %1>").arg(parsed.problem);
        const QByteArray pdf = buildRightsRecordDocument(*parsed.record).toPdf();
        if (const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile out(dir + QStringLiteral("/record-%1-%2.pdf")
                                .arg(QLatin1String(QTest::currentTestFunction()), currentLanguage()));
            if (out.open(QIODevice::WriteOnly))
                out.write(pdf);
        }
        return pdftext::fromBytes(pdf, layout);
    }

private slots:
    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void employeeRecordHasEverySectionButBenefits()
    {
        const QString text = textOf(recordsamples::employee());
        QVERIFY2(text.contains(u"社会保险个人权益记录单"), qPrintable(text));
        QVERIFY(text.contains(u"城镇职工"));
        QVERIFY(text.contains(u"基本信息"));
        QVERIFY(text.contains(u"缴费情况"));
        QVERIFY(text.contains(u"个人账户"));
        QVERIFY(!text.contains(u"享受待遇"));
        QVERIFY(text.contains(u"北京华信科技有限公司"));
        QVERIFY(text.contains(u"职工基本养老保险"));
        QVERIFY(text.contains(u"11,234.00")); // the base
        QVERIFY(text.contains(u"898.72 ●"));  // pension personal share, paid
        QVERIFY(text.contains(u"898.72 △"));  // in arrears
        QVERIFY(text.contains(u"898.72 ○"));  // transferred in
        QCOMPARE(text.count(u"898.72 △"), 2);
        QCOMPARE(text.count(u"898.72 ○"), 2);
        QVERIFY(text.contains(u"10,784.64"));  // twelve months of the personal share
        QVERIFY(text.contains(u"101,471.88")); // pension account at the year's end
        QVERIFY(text.contains(u"工伤保险"));   // named as not open for national query
        QVERIFY(text.contains(u"7K2M-9QXD-4HNP-0RTV"));
    }

    void personDataIsMaskedOnPaper()
    {
        const QString text = textOf(recordsamples::employee());
        QVERIFY(text.contains(u"张*"));
        QVERIFY(!text.contains(u"张伟"));
        QVERIFY(!text.contains(u"110105198503120017"));
        QVERIFY(!text.contains(u"19850312"));
        QVERIFY(text.contains(u"11**************17"));
    }

    void retireeRecordHidesContributionsAndShowsBenefits()
    {
        const QString text = textOf(recordsamples::retiree());
        QVERIFY(!text.contains(u"缴费情况"));
        QVERIFY(!text.contains(u"●"));
        QVERIFY(text.contains(u"2. 个人账户"));
        QVERIFY(text.contains(u"3. 享受待遇"));
        QVERIFY(text.contains(u"基本养老金"));
        QVERIFY(text.contains(u"52,122.00"));
    }

    void residentRecordShowsThePensionAccountOnly()
    {
        const QString text = textOf(recordsamples::resident());
        QVERIFY(text.contains(u"城乡居民"));
        QVERIFY(text.contains(u"城乡居民基本养老保险"));
        QVERIFY(text.contains(u"3,000.00 ●"));
        QVERIFY(text.contains(u"政府补贴"));
        QVERIFY(text.contains(u"养老保险个人账户"));
        QVERIFY(!text.contains(u"医疗保险个人账户"));
        QVERIFY(!text.contains(u"享受待遇"));
    }

    void englishDocument()
    {
        QVERIFY(useLanguage(englishLanguage));
        const QString text = textOf(recordsamples::employee());
        QVERIFY(text.contains(u"Social insurance personal rights record, 2024"));
        QVERIFY(text.contains(u"Basic information"));
        QVERIFY(text.contains(u"Employee pension"));     // a narrow column: "insurance" wraps
        QVERIFY(text.contains(u"北京华信科技有限公司")); // data is not translated
        QVERIFY(!text.contains(u"缴费情况"));
    }

    void theQrCodeLeadsToTheVerificationAddress()
    {
        const RightsRecord record = *parseRightsRecord(recordsamples::employee()).record;
        const PrintableDocument document = buildRightsRecordDocument(record);
        const QImage qr =
            document.text->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("ssc:qr")))
                .value<QImage>()
                .convertToFormat(QImage::Format_Grayscale8);
        const auto read = ZXing::ReadBarcode(
            {qr.constBits(), qr.width(), qr.height(), ZXing::ImageFormat::Lum, int(qr.bytesPerLine())});
        QVERIFY(read.isValid());
        QCOMPARE(QString::fromStdWString(read.text()), record.verifyUrl);
        QVERIFY(!document.title.contains(u"张")); // the job title carries no personal data
    }

    void fitsOnOnePageOrTwo()
    {
        const QByteArray pdf =
            buildRightsRecordDocument(*parseRightsRecord(recordsamples::employee()).record).toPdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        const int pages = pdftext::pageCount(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    }
};

QTEST_MAIN(TestRightsRecordDocument)
#include "tst_rightsrecorddocument.moc"
