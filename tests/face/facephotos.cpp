#include "facephotos.h"

#include <QFile>
#include <QRegularExpression>

namespace ssc::face::fixtures {

QString faceApiDir()
{
    return QStringLiteral(SSC_FACE_API_DIR);
}

QList<GroupPhoto> faceApiSamples()
{
    QFile boxes(QStringLiteral(SSC_FIXTURES_DIR "/faces/face-api-samples.txt"));
    if (!boxes.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<GroupPhoto> photos;
    for (const QByteArray& raw : boxes.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (f.size() != 5)
            return {};
        if (photos.isEmpty() || photos.last().name != f[0]) {
            const QImage image = QImage(faceApiDir() + QStringLiteral("/demo/") + f[0]);
            if (image.isNull())
                return {};
            photos.append({f[0], image.convertToFormat(QImage::Format_RGB888), {}});
        }
        photos.last().faces.append(
            QRectF(f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble()));
    }
    return photos;
}

} // namespace ssc::face::fixtures
