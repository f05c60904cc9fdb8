#include "evidencerecording.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "mjpegavi.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

namespace ssc::face {

namespace {
// No camera of a terminal records larger; a recording that says more was not made by one.
constexpr int largestFrameSide = 4096;
} // namespace

struct EvidenceRecording::Writer {
    QTemporaryDir dir;
    QString path;
    cv::VideoWriter video;
};

EvidenceRecording::EvidenceRecording(int framesPerSecond, QSize size, int quality)
    : m_framesPerSecond(framesPerSecond), m_size(size), m_quality(quality)
{}

EvidenceRecording::~EvidenceRecording() = default;

bool EvidenceRecording::start(QString* error)
{
    auto writer = std::make_unique<Writer>();
    writer->path = writer->dir.filePath(QStringLiteral("reading.avi"));
    if (!writer->dir.isValid() ||
        !writer->video.open(writer->path.toStdString(), cv::CAP_OPENCV_MJPEG,
                            cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), m_framesPerSecond,
                            cv::Size(m_size.width(), m_size.height()))) {
        if (error)
            *error = QStringLiteral("the evidence recording could not be started");
        return false;
    }
    writer->video.set(cv::VIDEOWRITER_PROP_QUALITY, m_quality);
    m_writer = std::move(writer);
    m_frames = 0;
    m_times.clear();
    return true;
}

void EvidenceRecording::add(const QImage& frame, qint64 atMs)
{
    if (!m_writer || frame.isNull())
        return;
    m_times.append(m_times.isEmpty() ? 0 : atMs - m_firstAt);
    if (m_times.size() == 1)
        m_firstAt = atMs;
    const QImage scaled = frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB888);
    const cv::Mat rgb(scaled.height(), scaled.width(), CV_8UC3, const_cast<uchar*>(scaled.constBits()),
                      size_t(scaled.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    m_writer->video.write(bgr);
    ++m_frames;
}

QByteArray EvidenceRecording::finish()
{
    if (!m_writer)
        return {};
    m_writer->video.release();
    QFile file(m_writer->path);
    const QByteArray bytes = m_frames > 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    m_writer.reset(); // the temporary directory and the file in it go with it
    return bytes;
}

QList<QImage> EvidenceRecording::frames(const QByteArray& recording, int limit)
{
    QList<QImage> frames;
    for (const QByteArray& picture : mjpegAviPictures(recording, limit)) {
        QBuffer buffer;
        buffer.setData(picture);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        // The size from the picture's header, before a byte of it is decoded: no frame of ours is larger.
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > largestFrameSide || size.height() > largestFrameSide))
            return {};
        const QImage frame = size.isValid() ? reader.read() : QImage();
        if (frame.isNull())
            break; // a damaged frame ends the playback with the frames before it
        frames.append(frame.convertToFormat(QImage::Format_RGB888));
    }
    return frames;
}

} // namespace ssc::face
