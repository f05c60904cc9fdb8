#pragma once

#include <QByteArray>

#include <memory>

class QAudioSource;
class QIODevice;

namespace ssc {

// The sound of the read-aloud method: the default microphone recorded while the person reads (16 kHz mono),
// handed over as a WAV file to go with the video. A terminal without a microphone records nothing, and the
// attempt goes without sound (the clerk then judges from the picture and the lips).
class ReadingAudio {
public:
    ReadingAudio();
    ~ReadingAudio();
    ReadingAudio(const ReadingAudio&) = delete;
    ReadingAudio& operator=(const ReadingAudio&) = delete;

    bool start();        // false: no microphone
    QByteArray finish(); // the WAV file; empty when nothing was recorded
    bool isRecording() const { return m_source != nullptr; }

    static constexpr int sampleRate = 16000;

private:
    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_input = nullptr; // owned by m_source
    QByteArray m_pcm;
};

} // namespace ssc
