// The sound of the read-aloud method through a real audio stack: a private PulseAudio server whose microphone
// hears in real time what a speaker thread says into it (silence, then a voice prompt, paced at the sample
// rate like a real microphone). The WAV ReadingAudio hands over holds the whole reading. Also the WAV reader
// the platform checks recordings with.
#include "pension/readingaudio.h"
#include "pension/voiceprompter.h"
#include "wavaudio.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <cmath>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace ssc;

// The rate of the voice prompts (espeak-ng's), so the microphone takes them as they are.
constexpr int microphoneRate = 22050;

// A private PulseAudio server (its own runtime directory, so it meets no other) with one microphone:
// PulseAudio's pipe source, which hears what is written into a FIFO. Its null sink's monitor would not do: an
// idle null sink renders two seconds at a time, so a recording's first two seconds would arrive late, unlike
// any real microphone. Started before the application, so Qt Multimedia meets it when it first looks for
// devices.
class PrivateSoundServer {
public:
    PrivateSoundServer()
    {
        const QString socket = m_dir.filePath(QStringLiteral("native"));
        m_pulse.setProcessEnvironment(environment());
        m_pulse.setWorkingDirectory(m_dir.path());
        m_pulse.start(
            QStringLiteral("pulseaudio"),
            {QStringLiteral("-n"), QStringLiteral("--daemonize=yes"), QStringLiteral("--exit-idle-time=-1"),
             QStringLiteral("-L"),
             QStringLiteral("module-pipe-source source_name=mic file=%1 format=s16le rate=%2 channels=1")
                 .arg(microphoneFifo())
                 .arg(microphoneRate),
             QStringLiteral("-L"),
             QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=%1").arg(socket)});
        m_pulse.waitForFinished(15000);
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QThread::msleep(100);
        qputenv("PULSE_SERVER", socket.toLocal8Bit());
    }
    ~PrivateSoundServer()
    {
        QProcess kill;
        kill.setProcessEnvironment(environment());
        kill.start(QStringLiteral("pulseaudio"), {QStringLiteral("--kill")});
        kill.waitForFinished(5000);
    }

    QString microphoneFifo() const { return m_dir.filePath(QStringLiteral("microphone")); }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        return env;
    }

    QTemporaryDir m_dir;
    QProcess m_pulse;
};

// Someone in front of the microphone: silence until speak(), then the voice once, then silence again; written
// into the microphone's FIFO 20 ms at a time, each when its time has come.
class Speaker {
public:
    Speaker(const QString& fifo, QByteArray voice) : m_voice(std::move(voice))
    {
        m_fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (m_fd >= 0)
            m_thread = std::thread([this] { run(); });
    }
    ~Speaker()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isReady() const { return m_fd >= 0; }
    void speak() { m_speakingFrom = m_written.load(); }

private:
    void run()
    {
        using namespace std::chrono;
        constexpr qsizetype chunk = microphoneRate / 50 * 2; // 20 ms of 16-bit mono
        const auto began = steady_clock::now();
        for (qint64 n = 0; !m_stop; ++n) {
            QByteArray sound(chunk, '\0');
            const qint64 from = m_speakingFrom;
            if (from >= 0 && m_written - from < m_voice.size())
                sound = m_voice.mid(m_written - from, chunk).leftJustified(chunk, '\0');
            if (::write(m_fd, sound.constData(), size_t(sound.size())) > 0)
                m_written += sound.size();
            std::this_thread::sleep_until(began + milliseconds(20 * (n + 1)));
        }
    }

    QByteArray m_voice;
    int m_fd = -1;
    std::atomic<bool> m_stop = false;
    std::atomic<qint64> m_written = 0;
    std::atomic<qint64> m_speakingFrom = -1;
    std::thread m_thread;
};

static PrivateSoundServer* soundServer = nullptr;

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
        QVERIFY2(QFile::exists(qEnvironmentVariable("PULSE_SERVER")), "no PulseAudio server");
        QFile prompt(VoicePrompter::resourceFor(QStringLiteral("read"), QStringLiteral("zh_CN")));
        QVERIFY(prompt.open(QIODevice::ReadOnly));
        const auto voice = face::readWav(prompt.readAll());
        QVERIFY(voice.has_value());
        QCOMPARE(voice->sampleRate, microphoneRate);
        QVERIFY(voice->seconds() > 3.2); // longer than the reading below: it speaks to the very end
        m_speaker = std::make_unique<Speaker>(soundServer->microphoneFifo(), voice->pcm);
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
    PrivateSoundServer server;
    soundServer = &server;
    QApplication app(argc, argv);
    TestReadingAudio test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readingaudio.moc"
