#pragma once

#include <QImage>
#include <QMetaType>
#include <QVideoFrame>

namespace ssc {

// One frame as it came: a still image (tests, ssc-ctl) or the camera's own QVideoFrame, kept as delivered.
// Both are implicitly shared, so handing a frame on costs a reference count: the conversion a reader needs is
// done by whoever reads it, on its own thread (the decoding worker takes the grey plane; a photo for the face
// screen is converted when one is asked for). Frames dropped while the worker is busy are never converted.
class CameraFrame {
public:
    CameraFrame() = default;
    CameraFrame(QImage image) : m_image(std::move(image)) {}      // NOLINT: a still is a frame
    CameraFrame(QVideoFrame video) : m_video(std::move(video)) {} // NOLINT: so is the camera's

    bool isNull() const { return m_image.isNull() && !m_video.isValid(); }
    QSize size() const { return m_video.isValid() ? m_video.size() : m_image.size(); }
    bool isVideo() const { return m_video.isValid(); }

    // The picture in colour (a photo, the face screen).
    QImage toImage() const;
    // The picture in grey for decoding: a YUV frame's luma as it is (no colour conversion at all), anything
    // else converted.
    QImage grey() const;

private:
    QImage m_image;
    QVideoFrame m_video;
};

} // namespace ssc

Q_DECLARE_METATYPE(ssc::CameraFrame)
