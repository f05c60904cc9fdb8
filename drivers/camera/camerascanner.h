#pragma once

#include "cameraframe.h"
#include "scanner/codescanner.h"

#include <QImage>
#include <QRectF>
#include <QThread>

#include <atomic>

namespace ssc {

class FrameSource;

// The camera as a code scanner: frames from any FrameSource go to a worker thread that reads them with
// FrameReader (one extra way of looking per frame, in turn). While the worker is busy, new frames are dropped
// rather than queued, so reading never lags behind the camera; the GUI thread only counts and hands on (a
// camera's QVideoFrame reaches the worker as delivered and is mapped there, a dropped one is never touched).
// A code is reported once; the same code again within three seconds (the phone still held up) is not reported
// twice.
class CameraScanner : public CodeScanner {
    Q_OBJECT
public:
    explicit CameraScanner(QObject* parent = nullptr);
    ~CameraScanner() override;

    // Frames from `source` from now on (the scanner does not own it).
    void attach(FrameSource* source);
    // Where the code is held, as a fraction of the frame (0..1 each way: the kiosk's guide marks); empty:
    // all.
    void setRegionOfInterest(const QRectF& region) { m_region = region; }

    QString displayName() const override;
    bool isReady() const override { return m_source != nullptr; }

    // A frame, from the source or a test. Dropped when the worker is still reading the previous one.
    void offer(const ssc::CameraFrame& frame);

    // The newest frame offered, read or not: what a photo taken now would show (evidence for a dispute);
    // converted when asked for.
    QImage lastFrame() const { return m_lastFrame.toImage(); }

    quint64 framesOffered() const { return m_offered; }
    quint64 framesRead() const { return m_read; }
    quint64 framesDropped() const { return m_offered - m_read - (m_busy ? 1 : 0); }

private:
    void done(const QString& text, quint64 microseconds);

    QThread m_thread;
    QObject* m_worker;
    FrameSource* m_source = nullptr;
    QRectF m_region;
    std::atomic<bool> m_busy{false};
    quint64 m_offered = 0;
    quint64 m_read = 0;
    quint64 m_taken = 0; // frames handed to the worker
    QString m_lastText;
    CameraFrame m_lastFrame;
    qint64 m_lastAt = 0;
};

} // namespace ssc
