#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

namespace ssc::face {

// A certification's recording: the frames the person was analysed on, from the first action asked (or the
// first digit shown) to the end, as a Motion-JPEG AVI, with each frame's time (ms from the first frame) kept
// beside it: the platform analyses the frames at those times, and a clerk watches a read-aloud one. Written
// by OpenCV's own MJPEG writer, so it needs no codec library and the same code runs in tests and at kiosks.
// (Qt 6.4's QMediaRecorder records only from a real camera: shared/notes, "Camera and recording".)
class EvidenceRecording {
public:
    // The certification's recording: 480x360 keeps a kiosk's face ~140 px wide, enough for the platform's
    // face pipeline and matcher; JPEG quality 60 keeps a frame of a noisy camera ~37 KB, so the longest
    // recording a terminal sends (two actions timing out at 8 s each: ~17 s, 255 frames, ~9.5 MB) fits the
    // platform's 10 MB.
    static constexpr QSize certificationSize{480, 360};
    static constexpr int certificationQuality = 60;

    explicit EvidenceRecording(int framesPerSecond = 15, QSize size = {320, 240}, int quality = 95);
    ~EvidenceRecording();
    EvidenceRecording(const EvidenceRecording&) = delete;
    EvidenceRecording& operator=(const EvidenceRecording&) = delete;

    bool start(QString* error);
    // `atMs`: when the frame was taken (any clock); times() gives them from the first frame.
    void add(const QImage& frame, qint64 atMs = 0);
    const QList<qint64>& times() const { return m_times; }
    // The finished file's bytes (the temporary file is gone afterwards); empty when nothing was recorded.
    QByteArray finish();
    int frameCount() const { return m_frames; }
    bool isRecording() const { return m_writer != nullptr; }

    // The frames of a recording, for playing it back; at most `limit` of them. Empty when the bytes are not
    // a readable Motion-JPEG AVI (a recording from anywhere but a terminal is outside bytes). Read by our own
    // walk of the file (mjpegavi.h) and Qt's JPEG reader, which learns a picture's size before it decodes it.
    static QList<QImage> frames(const QByteArray& recording, int limit = 900);

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
    int m_framesPerSecond;
    QSize m_size;
    int m_quality;
    int m_frames = 0;
    QList<qint64> m_times;
    qint64 m_firstAt = 0;
};

} // namespace ssc::face
