#include "readingaudio.h"

#include "wavaudio.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QMediaDevices>

namespace ssc {

ReadingAudio::ReadingAudio() = default;
ReadingAudio::~ReadingAudio() = default;

bool ReadingAudio::start()
{
    const QAudioDevice microphone = QMediaDevices::defaultAudioInput();
    if (microphone.isNull())
        return false;
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!microphone.isFormatSupported(format))
        return false;
    m_pcm.clear();
    m_source = std::make_unique<QAudioSource>(microphone, format);
    // Read as it comes (the source's own device), so nothing waits in its buffer when the reading ends.
    QIODevice* input = m_source->start();
    if (!input)
        return false;
    QObject::connect(input, &QIODevice::readyRead, input, [this, input] { m_pcm.append(input->readAll()); });
    m_input = input;
    return m_source->error() == QAudio::NoError;
}

QByteArray ReadingAudio::finish()
{
    if (!m_source)
        return {};
    m_pcm.append(m_input->readAll()); // the last words, still waiting for the next readyRead
    m_source->stop();                 // deletes m_input
    m_source.reset();
    m_input = nullptr;
    const QByteArray pcm = std::exchange(m_pcm, {}); // the voice does not stay here longer than the attempt
    return pcm.isEmpty() ? QByteArray() : face::wavFromPcm16(pcm, sampleRate, 1);
}

} // namespace ssc
