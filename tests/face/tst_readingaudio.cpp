// The sound of the read-aloud method through a real audio stack: a private PulseAudio server whose microphone
// hears in real time what a speaker thread says into it (silence, then a voice prompt, paced at the sample
// rate like a real microphone). The WAV ReadingAudio hands over holds the whole reading. Also the WAV reader
// the platform checks recordings with.
#include "pension/readingaudio.h"
#include "pension/voiceprompter.h"
#include "privatesoundserver.h"
#include "wavaudio.h"

#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include <cmath>
#include <memory>

using namespace ssc;
using testing::PrivateSoundServer;
using testing::Speaker;

class TestReadingAudio : public QObject {
    Q_OBJECT

    static double loudness(const QByteArray& pcm)
    {
        qint64 sum = 0;
        for (qsizetype i = 0; i + 1 < pcm.size(); i += 2)
            sum += std::abs(qFromLittleEndian<qint16>(pcm.constData() + i));
        return pcm.size() < 2 ? 0.0 : double(sum) / double(pcm.size() / 2);
    }
    static QByteArray seconds(const face::WavAudio& wav, double from, double to)
    {
        const auto byteAt = [&](double second) { return qsizetype(second * wav.sampleRate) * 2; };
        return wav.pcm.mid(byteAt(from), byteAt(to) - byteAt(from));
    }

    std::unique_ptr<Speaker> m_speaker;

private slots:
    void initTestCase()
    {
        QVERIFY2(PrivateSoundServer::running()->isRunning(), "no PulseAudio server");
        QFile prompt(VoicePrompter::resourceFor(QStringLiteral("read"), QStringLiteral("zh_CN")));
        QVERIFY(prompt.open(QIODevice::ReadOnly));
        const auto voice = face::readWav(prompt.readAll());
        QVERIFY(voice.has_value());
        QCOMPARE(voice->sampleRate, PrivateSoundServer::sampleRate);
        QVERIFY(voice->seconds() > 3.2); // longer than the reading below: it speaks to the very end
        m_speaker = std::make_unique<Speaker>(PrivateSoundServer::running()->microphoneFifo(), voice->pcm);
        QVERIFY(m_speaker->isReady());
    }
    void cleanupTestCase() { m_speaker.reset(); }

    void theWholeReadingIsRecordedWithItsSound()
    {
        ReadingAudio audio;
        QVERIFY(audio.start());
        QVERIFY(audio.isRecording());
        QTest::qWait(300);
        m_speaker->speak();
        QEventLoop reading; // three seconds of reading, in an event loop as on a screen
        QTimer::singleShot(3000, &reading, &QEventLoop::quit);
        reading.exec();
        const auto wav = face::readWav(audio.finish());
        QVERIFY(!audio.isRecording());
        QVERIFY(wav.has_value());
        QCOMPARE(wav->sampleRate, ReadingAudio::sampleRate);
        qInfo("recorded %.2f s; level %.0f before the voice, %.0f in its last second", wav->seconds(),
              loudness(seconds(*wav, 0, 0.2)), loudness(seconds(*wav, wav->seconds() - 1, wav->seconds())));
        // 3.3 s were recorded; they arrive (3.16-3.46 s measured, with both cores busy or not), the quiet
        // start and the voice to the end. A microphone whose first two seconds came late gave 1.0-1.5 s here.
        QVERIFY2(wav->seconds() > 3.0, qPrintable(QString::number(wav->seconds())));
        QVERIFY(loudness(seconds(*wav, 0, 0.2)) < 30);
        QVERIFY(loudness(seconds(*wav, wav->seconds() - 1, wav->seconds())) > 300);
    }

    void withoutAReadingNothingIsHandedOver()
    {
        ReadingAudio audio;
        QVERIFY(audio.finish().isEmpty()); // never started
        QVERIFY(!audio.isRecording());
    }

    void wavFilesAreReadOnlyWhenWellFormed()
    {
        QByteArray pcm;
        for (int i = 0; i < 16000; ++i) {
            char sample[2];
            qToLittleEndian(qint16(8000 * std::sin(i * 0.2)), sample);
            pcm.append(sample, 2);
        }
        const QByteArray wav = face::wavFromPcm16(pcm, 16000, 1);
        const auto read = face::readWav(wav);
        QVERIFY(read.has_value());
        QCOMPARE(read->pcm, pcm);
        QCOMPARE(read->seconds(), 1.0);
        QVERIFY(!face::readWav(wav.left(40)));         // cut short
        QVERIFY(!face::readWav(QByteArray(100, 'x'))); // not a WAV
        QByteArray lying = wav;
        qToLittleEndian(quint32(1u << 30), lying.data() + 40); // a data size larger than the file
        QVERIFY(!face::readWav(lying));
        QByteArray eightBit = wav;
        qToLittleEndian(quint16(8), eightBit.data() + 34);
        QVERIFY(!face::readWav(eightBit));
    }
};

int main(int argc, char** argv)
{
    return testing::execWithPrivateSoundServer<TestReadingAudio>(argc, argv);
}
#include "tst_readingaudio.moc"
