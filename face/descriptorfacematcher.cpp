#include "descriptorfacematcher.h"

#include "facechip.h"
#include "stillfacefinder.h"

#include <opencv2/dnn.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <cmath>

namespace ssc::face {

double descriptorDistance(const FaceDescriptor& a, const FaceDescriptor& b)
{
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    return std::sqrt(sum);
}

struct DescriptorFaceMatcher::Impl {
    StillFaceFinder finder;
    cv::dnn::Net net;
    bool loaded = false;
};

DescriptorFaceMatcher::DescriptorFaceMatcher() : DescriptorFaceMatcher(Settings{}) {}

DescriptorFaceMatcher::DescriptorFaceMatcher(Settings settings)
    : m_impl(std::make_unique<Impl>()), m_settings(std::move(settings))
{
    if (m_settings.modelPath.isEmpty())
        m_settings.modelPath = defaultModelPath();
    if (m_settings.modelSha256.isEmpty())
        m_settings.modelSha256 = pinnedSha256();
}

DescriptorFaceMatcher::~DescriptorFaceMatcher() = default;

QString DescriptorFaceMatcher::defaultModelPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SSC_FACE_MODEL");
    return fromEnvironment.isEmpty() ? QStringLiteral(SSC_FACE_MODEL_PATH) : fromEnvironment;
}

QString DescriptorFaceMatcher::pinnedSha256()
{
    return QStringLiteral(SSC_FACE_MODEL_SHA256);
}

bool DescriptorFaceMatcher::load(QString* error)
{
    auto fail = [&](const QString& reason) {
        m_loadError = reason;
        if (error)
            *error = reason;
        return false;
    };
    if (m_impl->loaded)
        return true;
    QFile file(m_settings.modelPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("The face matching model is missing: %1. Run tools/face-model/fetch.sh (docs/face.md).")
                .arg(m_settings.modelPath));
    // The bytes that are hashed are the bytes that are loaded: nothing can change in between.
    const QByteArray bytes = file.readAll();
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha256 != m_settings.modelSha256)
        return fail(
            tr("The face matching model %1 is not the expected one (SHA-256 %2, expected %3): refused. "
               "Run tools/face-model/fetch.sh again.")
                .arg(m_settings.modelPath, sha256, m_settings.modelSha256));
    try {
        m_impl->net = cv::dnn::readNetFromONNX(bytes.constData(), size_t(bytes.size()));
    } catch (const cv::Exception& e) {
        return fail(tr("The face matching model %1 cannot be read: %2")
                        .arg(m_settings.modelPath, QString::fromUtf8(e.what())));
    }
    if (m_impl->net.empty())
        return fail(tr("The face matching model %1 cannot be read.").arg(m_settings.modelPath));
    QString landmarkError;
    if (!m_impl->finder.load(&landmarkError))
        return fail(tr("The face landmark model cannot be loaded: %1").arg(landmarkError));
    m_impl->loaded = true;
    m_loadError.clear();
    return true;
}

std::optional<FaceDescriptor> DescriptorFaceMatcher::describeChip(const QImage& chip)
{
    if (chip.isNull() || !load())
        return std::nullopt;
    QImage rgb = chip.convertToFormat(QImage::Format_RGB888);
    if (rgb.size() != QSize(FaceChip::networkSize, FaceChip::networkSize))
        rgb = rgb.scaled(FaceChip::networkSize, FaceChip::networkSize, Qt::IgnoreAspectRatio,
                         Qt::SmoothTransformation);
    const cv::Mat mat(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
    // RGB 0-255 as the graph expects: the network's normalisation is inside it (tools/face-model/convert.py).
    m_impl->net.setInput(cv::dnn::blobFromImage(mat, 1.0, cv::Size(), cv::Scalar(), false, false, CV_32F));
    const cv::Mat out = m_impl->net.forward();
    if (out.total() != std::tuple_size_v<FaceDescriptor>)
        return std::nullopt;
    FaceDescriptor descriptor{};
    std::copy_n(out.ptr<float>(), descriptor.size(), descriptor.begin());
    return descriptor;
}

std::optional<FaceDescriptor> DescriptorFaceMatcher::describe(const QImage& image, const QRectF& box)
{
    if (image.isNull() || !load())
        return std::nullopt;
    const auto points = m_impl->finder.landmarks(image, box);
    if (!points)
        return std::nullopt;
    return describeChip(cutFaceChip(image, *points).image);
}

FaceComparison DescriptorFaceMatcher::compare(const QImage& probe, const QImage& reference,
                                              const QRectF& referenceBox)
{
    FaceComparison result;
    if (!load()) {
        result.error = m_loadError;
        return result;
    }
    const auto probeFace = describe(probe);
    const auto referenceFace = describe(reference, referenceBox);
    result.probeHasFace = probeFace.has_value();
    result.referenceHasFace = referenceFace.has_value();
    if (!probeFace || !referenceFace)
        return result;
    result.distance = descriptorDistance(*probeFace, *referenceFace);
    result.samePerson = result.distance <= m_settings.threshold;
    return result;
}

} // namespace ssc::face
