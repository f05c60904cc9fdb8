// The e-licence on paper (docs/card-services.md, "The e-licence"), read back from the PDF as a reader and a
// phone would: the fields and the verification code in the terminal's language, nothing unmasked added, and
// the printed QR decoding to exactly the signed licence.
#include "camera/qrdecoder.h"
#include "elicencedocument.h"
#include "i18n/translator.h"
#include "pdftext.h"

#include <QTest>

using namespace ssc;

class TestELicenceDocument : public QObject {
    Q_OBJECT

    // A licence's QR text as the platform makes them (the shape only matters here: the paper carries it as
    // is).
    const QString qr = QStringLiteral(
        "SSCEL1."
        "AQEAAAAAAAAAKgAAAABrSdIAASwE5bygKhIxMSoqKioqKioqKioqKioqMlgJQSoqKioqKjc4BjExMDAwMAoyMDMwLTAxLTAx."
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

private slots:
    void fieldsCodeAndQrOnOnePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("saying");
        QTest::newRow("zh") << chineseLanguage << QStringLiteral("社会保障卡电子证照");
        QTest::newRow("en") << englishLanguage << QStringLiteral("Social security card e-licence");
    }

    void fieldsCodeAndQrOnOnePage()
    {
        QFETCH(QString, language);
        QFETCH(QString, saying);
        QVERIFY(useLanguage(language));
        const QByteArray pdf =
            buildELicenceDocument({{QStringLiteral("Holder"), QStringLiteral("张*")},
                                   {QStringLiteral("Card number"), QStringLiteral("A******78")}},
                                  QStringLiteral("0000 0000 0000 0000 0042"), qr,
                                  QDateTime(QDate(2027, 1, 2), QTime(10, 5)))
                .toPdf();
        const QStringList pages = pdftext::pages(pdf);
        QCOMPARE(pages.size(), 1);
        const QString page = pages.first();
        QVERIFY2(page.contains(saying), qPrintable(page));
        QVERIFY(page.contains(u"张*"));
        QVERIFY(page.contains(u"A******78"));
        QCOMPARE(page.count(u"0000 0000 0000 0000 0042"), 2); // beside the QR, and in the footer
        QVERIFY(page.contains(u"2027-01-02 10:05"));
        const QrReading read = QrDecoder::decode(pdftext::renderPage(pdf, 1, 150));
        QVERIFY2(read.found(), qPrintable(read.reason()));
        QCOMPARE(read.text, qr);
    }
};

QTEST_MAIN(TestELicenceDocument)
#include "tst_elicencedocument.moc"
