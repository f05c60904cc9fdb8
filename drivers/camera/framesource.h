#pragma once

#include "cameraframe.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QVideoSink;

namespace ssc {

// Where camera frames come from: the camera itself (Qt Multimedia), a video file played as if it were the
// camera (the demo, and recorded tests), or still images shown one after another (tests, diagnosis).
class FrameSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~FrameSource() override = default;

    virtual bool start(QString* error) = 0;
    virtual void stop() = 0;
    virtual QString describe() const = 0;

signals:
    // As delivered: a camera's or video's QVideoFrame is not converted here (the reader does that, on its own
    // thread, for the frames it reads).
    void frameReady(const ssc::CameraFrame& frame);
    void finished(); // a file or image list has been shown to the end (cameras never finish)
    // No more frames will come: the camera reported an error or was unplugged, the file could not be played.
    void failed(const QString& reason);
};

// Still images, `framesPerSecond` of them a second, once through the list (or for ever with `loop`).
class ImageFrames : public FrameSource {
    Q_OBJECT
public:
    explicit ImageFrames(QStringList paths, int framesPerSecond = 15, bool loop = false,
                         QObject* parent = nullptr);
    bool start(QString* error) override;
    void stop() override { m_timer.stop(); }
    QString describe() const override;

private:
    QStringList m_paths;
    bool m_loop;
    int m_next = 0;
    QTimer m_timer;
};

// A video file decoded by Qt Multimedia and handed on frame by frame, looping if asked.
class VideoFileFrames : public FrameSource {
    Q_OBJECT
public:
    explicit VideoFileFrames(QString path, bool loop = false, QObject* parent = nullptr);
    ~VideoFileFrames() override;
    bool start(QString* error) override;
    void stop() override;
    QString describe() const override;

private:
    struct Player;
    QString m_path;
    bool m_loop;
    std::unique_ptr<Player> m_player;
};

// The camera (the default one, or the one whose id or description contains `device`), in the mode
// chooseCameraMode picks from what it offers. Its errors and its unplugging end the frames with failed().
class CameraFrames : public FrameSource {
    Q_OBJECT
public:
    explicit CameraFrames(QString device = {}, QObject* parent = nullptr);
    ~CameraFrames() override;
    bool start(QString* error) override;
    void stop() override;
    QString describe() const override;
    static QStringList availableCameras();
    // The sink the capture session delivers the camera's frames to. Where Qt sees no camera (the tests'
    // machines) a test feeds it frames, which then take the camera's own path from here on.
    QVideoSink* videoSink() const;

private:
    void cameraFailed(const QString& reason);

    struct Capture;
    QString m_device;
    std::unique_ptr<Capture> m_capture;
};

} // namespace ssc
