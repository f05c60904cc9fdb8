#pragma once

#include <QByteArray>

#include <optional>

namespace ssc::face {

// The sound of a read-aloud recording as a plain 16-bit PCM WAV file: written on the terminal, and checked on
// the platform before it is stored (a recording from a terminal is outside bytes).
struct WavAudio {
    int sampleRate = 0;
    int channels = 0;
    QByteArray pcm; // 16-bit little-endian samples
    double seconds() const
    {
        return sampleRate > 0 && channels > 0 ? double(pcm.size()) / 2.0 / channels / sampleRate : 0.0;
    }
};

QByteArray wavFromPcm16(const QByteArray& pcm, int sampleRate, int channels);
// The audio of a WAV file, if it is a well-formed 16-bit PCM one of sensible rate and channels.
std::optional<WavAudio> readWav(const QByteArray& bytes);

} // namespace ssc::face
