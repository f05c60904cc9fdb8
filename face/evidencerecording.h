#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

namespace ssc::face {

// The read-aloud method's evidence for the clerk who reviews it: the frames the person was analysed on while
// reading, as a Motion-JPEG AVI at 320x240 (about 10 KB a frame: a 6-second reading is ~1 MB). Written by
// OpenCV's own MJPEG writer, so it needs no codec library and the same code runs in tests and at kiosks.
// (Qt 6.4's QMediaRecorder records only from a real camera: shared/notes, "Camera and recording".)
class EvidenceRecording {
public:
    explicit EvidenceRecording(int framesPerSecond = 15, QSize size = {320, 240});
    ~EvidenceRecording();
    EvidenceRecording(const EvidenceRecording&) = delete;
    EvidenceRecording& operator=(const EvidenceRecording&) = delete;

    bool start(QString* error);
    void add(const QImage& frame);
    // The finished file's bytes (the temporary file is gone afterwards); empty when nothing was recorded.
    QByteArray finish();
    int frameCount() const { return m_frames; }
    bool isRecording() const { return m_writer != nullptr; }

    // The frames of a recording, for playing it back; at most `limit` of them. Empty when the bytes are not
    // a readable Motion-JPEG AVI (a recording from anywhere but a terminal is outside bytes).
    static QList<QImage> frames(const QByteArray& recording, int limit = 900);

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
    int m_framesPerSecond;
    QSize m_size;
    int m_frames = 0;
};

} // namespace ssc::face
