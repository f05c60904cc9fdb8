// The terminal's QR reader (ZXing on the grey plane, QR only) on photographed fixtures, on e-card codes it
// renders itself, and on images with nothing, a damaged code, or the code outside the region of interest.
#include "camera/qrdecoder.h"
#include "camera/qrimage.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace ssc;

namespace {

QImage render(const QString& text, int module = 6, int margin = 40)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0);
    const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 0, 0);
    QImage image(m.width() * module + 2 * margin, m.height() * module + 2 * margin, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            if (m.get(x, y))
                p.fillRect(margin + x * module, margin + y * module, module, module, Qt::black);
    return image;
}

QString normalised(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
}

} // namespace

class TestQrDecoder : public QObject {
    Q_OBJECT
    const QString ecard = QStringLiteral("SSC1.AQEBVxhb7ul8Sl1mXYlYAEmM4QAAAABrC56QADw.uc7VuMa9nTo70ZTuWf0Xw_"
                                         "0ZAhlPcUOknDBfy9DaMwLKo7uw5BZ8ydVZPTqGonxF03xIj3cAE5BFF7oWuC2jCw");

private slots:
    void photographedFixtures_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("expected");
        const QDir dir(QStringLiteral(SSC_FIXTURES_DIR "/qr"));
        for (const QString& name : dir.entryList({QStringLiteral("*.png")})) {
            QFile txt(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt")));
            QVERIFY(txt.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << QString::fromUtf8(txt.readAll());
        }
    }

    void photographedFixtures()
    {
        QFETCH(QString, image);
        QFETCH(QString, expected);
        const QrReading reading = QrDecoder::decodeFile(image);
        QVERIFY2(reading.found(), qPrintable(reading.reason()));
        QCOMPARE(normalised(reading.text), normalised(expected));
    }

    void anECardCodeOnAPhoneScreen()
    {
        const QrReading reading = QrDecoder::decode(render(ecard));
        QVERIFY(reading.found());
        QCOMPARE(reading.text, ecard);
        QVERIFY(reading.reason().isEmpty());
    }

    // The project's own writer (receipts, the e-licence, the login code): Latin-1 as it was, Chinese as UTF-8
    // (ZXing's writer threw on it before), and a text no QR code can hold gives no picture instead of a
    // crash.
    void ourCodesSayWhatTheyWereGiven()
    {
        for (const QString& text : {ecard, QStringLiteral("社保业务回执号 R20261205-41ADA9D56D56")}) {
            const QrReading reading = QrDecoder::decode(renderQrCode(text, 4));
            QVERIFY2(reading.found(), qPrintable(text));
            QCOMPARE(reading.text, text);
        }
        QVERIFY(renderQrCode(QString(8000, u'社')).isNull());
    }

    void nothingThere()
    {
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QrReading reading = QrDecoder::decode(blank);
        QCOMPARE(reading.problem, QrReading::Problem::NoCode);
        QVERIFY(!reading.reason().isEmpty());
        QCOMPARE(QrDecoder::decode(QImage()).problem, QrReading::Problem::NoImage);
        QCOMPARE(QrDecoder::decodeFile(QStringLiteral("/nonexistent.png")).problem,
                 QrReading::Problem::NoImage);
    }

    void aDamagedCodeIsNotRead()
    {
        QImage image = render(ecard);
        QPainter p(&image);
        QRandomGenerator random(7);
        const QRect middle(image.width() / 4, image.height() / 4, image.width() / 2, image.height() / 2);
        for (int i = 0; i < 4000; ++i)
            p.fillRect(middle.x() + random.bounded(middle.width()),
                       middle.y() + random.bounded(middle.height()), 6, 6,
                       random.bounded(2) ? Qt::black : Qt::white);
        p.end();
        const QrReading reading = QrDecoder::decode(image);
        QVERIFY(!reading.found());
        QVERIFY(reading.problem == QrReading::Problem::Damaged ||
                reading.problem == QrReading::Problem::NoCode);
    }

    void regionOfInterest()
    {
        // The code sits in the right half of a wide frame.
        const QImage code = render(ecard);
        QImage frame(code.width() * 2 + 100, code.height() + 100, QImage::Format_RGB32);
        frame.fill(Qt::white);
        QPainter(&frame).drawImage(code.width() + 100, 50, code);
        QVERIFY(QrDecoder::decode(frame, QRect(code.width(), 0, code.width() + 100, frame.height())).found());
        QCOMPARE(QrDecoder::decode(frame, QRect(0, 0, code.width(), frame.height())).problem,
                 QrReading::Problem::NoCode);
    }
};

QTEST_GUILESS_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
