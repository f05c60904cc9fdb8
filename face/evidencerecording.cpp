#include "evidencerecording.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace ssc::face {

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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recording.avi"));
    QFile file(path);
    if (recording.isEmpty() || !dir.isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(recording) != recording.size())
        return frames;
    file.close();
    try {
        cv::VideoCapture capture(path.toStdString(), cv::CAP_OPENCV_MJPEG);
        cv::Mat bgr, rgb;
        while (capture.isOpened() && frames.size() < limit && capture.read(bgr) && !bgr.empty()) {
            if (bgr.cols > 4096 || bgr.rows > 4096 || bgr.type() != CV_8UC3)
                return {};
            cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
            frames.append(QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy());
        }
    } catch (const cv::Exception&) {
        return {};
    }
    return frames;
}

} // namespace ssc::face
