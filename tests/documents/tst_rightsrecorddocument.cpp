// The printed rights record, read back from the PDF with pdftotext: sections shown or hidden as the brief
// says, monthly marks, masking, the verification code and its QR, both languages.
#include "pdftext.h"
#include "recordsamples.h"

#include "camera/qrdecoder.h"
#include "i18n/translator.h"
#include "receiptdocument.h"
#include "rightsrecorddocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>
#include <QTextDocument>
#include <QThread>

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

    void contributionsPaidAtTheHallHaveTheirOwnSection()
    {
        QVERIFY(!textOf(recordsamples::resident()).contains(u"通过电子社保卡缴费"));
        const QString text = textOf(recordsamples::residentWhoPaidAtTheHall()); // the one saved for a look
        QVERIFY2(text.contains(u"4. 通过电子社保卡缴费"), qPrintable(text));
        QVERIFY(text.contains(u"1,500.00"));
        QVERIFY(text.contains(u"400.00"));
        QVERIFY(text.contains(u"2024-11-20"));
        QVERIFY(text.contains(u"PAY1 2345 6789 ABCD")); // in groups of four
        QVERIFY(text.contains(u"第11档"));              // the grade the platform sent; medical has one amount
        QVERIFY(text.contains(u"档次"));
    }

    void englishDocument()
    {
        QVERIFY(useLanguage(englishLanguage));
        const QString text = textOf(recordsamples::employee());
        QVERIFY(text.contains(u"Social insurance personal rights record, 2024"));
        QVERIFY(text.contains(u"Basic information"));
        QVERIFY(text.contains(u"Employee pension"));
        QVERIFY(text.contains(u"北京华信科技有限公司"));      // a name with no English form stays as it is
        QVERIFY(text.contains(u"Beijing · Urban employees")); // a province has one
        QVERIFY(!text.contains(u"缴费情况"));
    }

    void officialDocument_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("pageOne");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("otherPlace"); // the place's name in the other language, never printed
        QTest::newRow("zh_CN") << chineseLanguage << QStringLiteral("北京市社会保险基金管理中心")
                               << QStringLiteral("第 1 页，共 1 页")
                               << QStringLiteral("东城区社保大厅 2 号自助机") << QStringLiteral("Dongcheng");
        QTest::newRow("en") << englishLanguage << QStringLiteral("Beijing Social Insurance Fund Management")
                            << QStringLiteral("Page 1 of 1")
                            << QStringLiteral("Dongcheng District Social Security Hall, kiosk 2")
                            << QStringLiteral("东城区社保大厅");
    }

    // Issuing office, document number, "page x of y", and the verification QR on the page in every language.
    void officialDocument()
    {
        QFETCH(QString, language);
        QFETCH(QString, office);
        QFETCH(QString, pageOne);
        QFETCH(QString, place);
        QFETCH(QString, otherPlace);
        QVERIFY(useLanguage(language));
        const RightsRecord record = *parseRightsRecord(recordsamples::employee()).record;
        const QByteArray pdf = buildRightsRecordDocument(record).toPdf();
        const QStringList pages = pdftext::pages(pdf);
        QCOMPARE(pages.size(), 1);
        const QString page = pages.first();
        QVERIFY2(page.contains(office), qPrintable(page));
        // Where it was printed, in the page's language (a long name may wrap, hence simplified()).
        QVERIFY2(page.simplified().contains(place), qPrintable(page));
        QVERIFY(!page.contains(otherPlace));
        QVERIFY(page.contains(pageOne));
        QCOMPARE(page.count(u"7K2M-9QXD-4HNP-0RTV"), 4); // number under the title, code, address, footer
        QCOMPARE(pdftext::imagesPerPage(pdf), QList<int>{1});
        // A phone held over the printed page: the code read from the drawn page leads to the verification.
        const QImage drawn = pdftext::renderPage(pdf, 1, 150);
        QVERIFY(!drawn.isNull());
        const QrReading read = QrDecoder::decode(drawn);
        QVERIFY2(read.found(), qPrintable(read.reason()));
        QCOMPARE(read.text, record.verifyUrl);
    }

    // What is printed reaches into the bottom third of the page: the closing block stands at its foot.
    void theBottomThirdIsNotEmpty()
    {
        for (const QJsonObject& sample : {recordsamples::employee(), recordsamples::retiree()}) {
            const QByteArray pdf = buildRightsRecordDocument(*parseRightsRecord(sample).record).toPdf();
            const QImage page = pdftext::renderPage(pdf, pdftext::pageCount(pdf), 50);
            QVERIFY(!page.isNull());
            // Rows between two thirds down and the footer's rule (15 mm margin, footer): how many have ink.
            int inked = 0;
            const int from = page.height() * 2 / 3;
            const int to = page.height() * 88 / 100;
            for (int y = from; y < to; ++y) {
                const uchar* row = page.constScanLine(y);
                int dark = 0;
                for (int x = 0; x < page.width(); ++x)
                    dark += row[x] < 128;
                inked += dark > 3;
            }
            QVERIFY2(inked * 3 > to - from,
                     qPrintable(QStringLiteral("%1 of %2 rows").arg(inked).arg(to - from)));
        }
    }

    void longDocumentsNumberEveryPage()
    {
        QVERIFY(useLanguage(englishLanguage));
        QStringList blocks;
        for (int i = 1; i <= 40; ++i)
            blocks << QStringLiteral("Result %1\nA line of what was found\nAnother line").arg(i);
        const QByteArray pdf =
            buildReceiptDocument(QStringLiteral("Look-up"), blocks, QStringLiteral("R20261129-ACAC330E7B7A"))
                .toPdf();
        const QStringList pages = pdftext::pages(pdf);
        QVERIFY(pages.size() >= 3);
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                     qPrintable(pages[i]));
            QVERIFY(pages[i].contains(u"No. R20261129-ACAC330E7B7A"));
        }
        QVERIFY(pages.last().contains(u"For your information"));
        QVERIFY(pages.last().contains(u"Result 40"));
        QVERIFY(!pages.first().contains(u"For your information"));
    }

    // The print worker paints a copy whose texts were cloned in their own thread and belong to nobody else:
    // it takes them over, paints them, and the built document is never read off its thread.
    void aCopyForAnotherThreadIsThatThreadsOwn()
    {
        const auto parsed = parseRightsRecord(recordsamples::employee());
        QVERIFY(parsed.record);
        const PrintableDocument built = buildRightsRecordDocument(*parsed.record);
        const PrintableDocument copy = built.forThread();
        QVERIFY(copy.text && copy.text != built.text);
        QCOMPARE(copy.text->toPlainText(), built.text->toPlainText());
        QCOMPARE(copy.text->thread(), nullptr);
        QCOMPARE(built.text->thread(), QThread::currentThread());

        QThread worker;
        QObject onWorker;
        onWorker.moveToThread(&worker);
        QThread* paintedOn = nullptr;
        QByteArray pdf;
        worker.start();
        QMetaObject::invokeMethod(
            &onWorker,
            [&] {
                copy.adopt();
                paintedOn = copy.text->thread();
                pdf = copy.toPdf();
            },
            Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
        QCOMPARE(paintedOn, &worker);
        QVERIFY(pdftext::fromBytes(pdf).contains(u"7K2M-9QXD-4HNP-0RTV"));
    }
};

QTEST_MAIN(TestRightsRecordDocument)
#include "tst_rightsrecorddocument.moc"
