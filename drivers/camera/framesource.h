#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

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
    void frameReady(const QImage& frame);
    void finished(); // a file or image list has been shown to the end (cameras never finish)
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

// The camera (the default one, or the one whose id or description contains `device`).
class CameraFrames : public FrameSource {
    Q_OBJECT
public:
    explicit CameraFrames(QString device = {}, QObject* parent = nullptr);
    ~CameraFrames() override;
    bool start(QString* error) override;
    void stop() override;
    QString describe() const override;
    static QStringList availableCameras();

private:
    struct Capture;
    QString m_device;
    std::unique_ptr<Capture> m_capture;
};

} // namespace ssc
