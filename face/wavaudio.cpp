#include "wavaudio.h"

#include <QtEndian>

namespace ssc::face {
namespace {

void append32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void append16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray wavFromPcm16(const QByteArray& pcm, int sampleRate, int channels)
{
    QByteArray out;
    out.reserve(pcm.size() + 44);
    out.append("RIFF");
    append32(out, quint32(36 + pcm.size()));
    out.append("WAVEfmt ");
    append32(out, 16);
    append16(out, 1); // PCM
    append16(out, quint16(channels));
    append32(out, quint32(sampleRate));
    append32(out, quint32(sampleRate * channels * 2));
    append16(out, quint16(channels * 2));
    append16(out, 16);
    out.append("data");
    append32(out, quint32(pcm.size()));
    out.append(pcm);
    return out;
}

std::optional<WavAudio> readWav(const QByteArray& bytes)
{
    if (bytes.size() < 44 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavAudio audio;
    bool haveFormat = false;
    qsizetype at = 12;
    // Chunks one after another: "fmt " then "data" (others skipped); every size checked against what is
    // there.
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (size > quint32(bytes.size() - body))
            return std::nullopt;
        if (id == "fmt ") {
            if (size < 16)
                return std::nullopt;
            const quint16 format = qFromLittleEndian<quint16>(bytes.constData() + body);
            audio.channels = qFromLittleEndian<quint16>(bytes.constData() + body + 2);
            audio.sampleRate = int(qFromLittleEndian<quint32>(bytes.constData() + body + 4));
            const quint16 bits = qFromLittleEndian<quint16>(bytes.constData() + body + 14);
            if (format != 1 || bits != 16 || audio.channels < 1 || audio.channels > 2 ||
                audio.sampleRate < 8000 || audio.sampleRate > 48000)
                return std::nullopt;
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return std::nullopt;
            audio.pcm = bytes.mid(body, qsizetype(size) & ~qsizetype(1));
            return audio;
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to even sizes
    }
    return std::nullopt;
}

} // namespace ssc::face
