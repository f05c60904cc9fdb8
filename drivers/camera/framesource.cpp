#include "framesource.h"

#include "cameramode.h"

#include <QCamera>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

Q_DECLARE_LOGGING_CATEGORY(lcCamera) // cameraservice.cpp's

namespace ssc {

ImageFrames::ImageFrames(QStringList paths, int framesPerSecond, bool loop, QObject* parent)
    : FrameSource(parent), m_paths(std::move(paths)), m_loop(loop)
{
    m_timer.setInterval(1000 / std::max(1, framesPerSecond));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_next >= m_paths.size()) {
            if (!m_loop) {
                m_timer.stop();
                emit finished();
                return;
            }
            m_next = 0;
        }
        emit frameReady(CameraFrame(QImage(m_paths[m_next++])));
    });
}

bool ImageFrames::start(QString* error)
{
    if (m_paths.isEmpty()) {
        *error = tr("no images to show");
        return false;
    }
    m_next = 0;
    m_timer.start();
    return true;
}

QString ImageFrames::describe() const
{
    return tr("%n still image(s)", nullptr, int(m_paths.size()));
}

struct VideoFileFrames::Player {
    QMediaPlayer player;
    QVideoSink sink;
};

VideoFileFrames::VideoFileFrames(QString path, bool loop, QObject* parent)
    : FrameSource(parent), m_path(std::move(path)), m_loop(loop), m_player(std::make_unique<Player>())
{
    m_player->player.setVideoSink(&m_player->sink);
    connect(&m_player->sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            emit frameReady(CameraFrame(frame));
    });
    connect(&m_player->player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                emit failed(message.isEmpty() ? tr("the video file cannot be played") : message);
            });
    connect(&m_player->player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia) {
                    if (m_loop)
                        m_player->player.play();
                    else
                        emit finished();
                }
            });
}

VideoFileFrames::~VideoFileFrames() = default;

bool VideoFileFrames::start(QString* error)
{
    if (!QFileInfo::exists(m_path)) {
        *error = tr("no such video file: %1").arg(m_path);
        return false;
    }
    m_player->player.setSource(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()));
    if (m_player->player.error() != QMediaPlayer::NoError) {
        *error = m_player->player.errorString();
        return false;
    }
    m_player->player.play();
    return true;
}

void VideoFileFrames::stop()
{
    m_player->player.stop();
}

QString VideoFileFrames::describe() const
{
    return tr("video file %1").arg(QFileInfo(m_path).fileName());
}

struct CameraFrames::Capture {
    QMediaCaptureSession session;
    std::unique_ptr<QCamera> camera;
    QVideoSink sink;
    QMediaDevices devices; // for unplugging
};

CameraFrames::CameraFrames(QString device, QObject* parent)
    : FrameSource(parent), m_device(std::move(device)), m_capture(std::make_unique<Capture>())
{
    m_capture->session.setVideoSink(&m_capture->sink);
    connect(&m_capture->sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            emit frameReady(CameraFrame(frame)); // not converted: see CameraFrame
    });
    connect(&m_capture->devices, &QMediaDevices::videoInputsChanged, this, [this] {
        if (!m_capture->camera)
            return;
        const QByteArray id = m_capture->camera->cameraDevice().id();
        for (const QCameraDevice& d : QMediaDevices::videoInputs())
            if (d.id() == id)
                return;
        cameraFailed(tr("the camera was unplugged"));
    });
}

void CameraFrames::cameraFailed(const QString& reason)
{
    if (m_capture->camera)
        m_capture->camera->stop();
    emit failed(reason);
}

QVideoSink* CameraFrames::videoSink() const
{
    return &m_capture->sink;
}

CameraFrames::~CameraFrames() = default;

QStringList CameraFrames::availableCameras()
{
    QStringList names;
    for (const QCameraDevice& d : QMediaDevices::videoInputs())
        names << d.description();
    return names;
}

bool CameraFrames::start(QString* error)
{
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& d : QMediaDevices::videoInputs())
        if (!m_device.isEmpty() &&
            (QString::fromUtf8(d.id()).contains(m_device) || d.description().contains(m_device)))
            chosen = d;
    if (chosen.isNull()) {
        *error = tr("no camera is connected");
        return false;
    }
    m_capture->camera = std::make_unique<QCamera>(chosen);
    const QList<QCameraFormat> formats = chosen.videoFormats();
    QList<CameraMode> modes;
    for (const QCameraFormat& f : formats)
        modes.append({f.resolution(), f.pixelFormat(), f.maxFrameRate()});
    if (const int mode = chooseCameraMode(modes); mode >= 0)
        m_capture->camera->setCameraFormat(formats[mode]);
    // Focus and exposure are asked once the camera runs: a backend knows what the device supports only then.
    QCamera* camera = m_capture->camera.get();
    connect(
        camera, &QCamera::activeChanged, this,
        [camera](bool active) {
            if (!active)
                return;
            const CameraControls controls = chooseCameraControls(
                [camera](QCamera::FocusMode m) { return camera->isFocusModeSupported(m); },
                [camera](QCamera::ExposureMode m) { return camera->isExposureModeSupported(m); });
            if (controls.focusChosen)
                camera->setFocusMode(controls.focus);
            if (controls.exposureChosen)
                camera->setExposureMode(controls.exposure);
            qCInfo(lcCamera) << "camera" << camera->cameraDevice().description()
                             << "for reading codes:" << describeCameraControls(controls);
        },
        Qt::SingleShotConnection);
    connect(m_capture->camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) {
                cameraFailed(message.isEmpty() ? tr("the camera reported an error") : message);
            });
    m_capture->session.setCamera(m_capture->camera.get());
    m_capture->camera->start();
    return true;
}

void CameraFrames::stop()
{
    if (m_capture->camera)
        m_capture->camera->stop();
}

QString CameraFrames::describe() const
{
    return m_capture->camera ? m_capture->camera->cameraDevice().description() : tr("camera");
}

} // namespace ssc
