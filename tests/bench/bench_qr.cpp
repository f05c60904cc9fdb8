// Decode rate and time of the terminal's QR reader over a corpus of images with expected texts (N.png +
// N.txt):
//   bench_qr DIR...      e.g. shared/fixtures/qrcode-corpus (zxing-cpp's samples) or tests/fixtures/qr
#include "camera/qrdecoder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int images = 0;
    int correct = 0;
    int wrong = 0;
    std::vector<double> ms;
    for (const QString& root : app.arguments().mid(1)) {
        QDirIterator it(root, {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString image = it.next();
            QFile expected(QFileInfo(image).path() + u'/' + QFileInfo(image).completeBaseName() +
                           QStringLiteral(".txt"));
            if (!expected.open(QIODevice::ReadOnly))
                continue;
            ++images;
            const ssc::QrReading reading = ssc::QrDecoder::decodeFile(image);
            ms.push_back(static_cast<double>(reading.microseconds) / 1000.0);
            const auto clean = [](QString s) {
                return s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
            };
            if (reading.found() && clean(reading.text) == clean(QString::fromUtf8(expected.readAll())))
                ++correct;
            else if (reading.found())
                ++wrong;
        }
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) {
        return ms.empty()
                   ? 0
                   : ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
    };
    std::printf("QR decode: %d of %d images read correctly, %d read wrongly; per image p50 %.1f ms, p95 %.1f "
                "ms, max %.1f ms\n",
                correct, images, wrong, at(0.5), at(0.95), at(1.0));
    return images > 0 ? 0 : 1;
}
