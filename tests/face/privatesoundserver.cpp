#include "privatesoundserver.h"

#include <QFile>
#include <QMutexLocker>
#include <QThread>

#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace ssc::testing {

PrivateSoundServer* PrivateSoundServer::s_running = nullptr;

PrivateSoundServer::PrivateSoundServer()
{
    s_running = this;
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    const QString pcm = QStringLiteral("format=s16le rate=%1 channels=1").arg(sampleRate);
    QProcess pulse;
    pulse.setProcessEnvironment(environment());
    pulse.setWorkingDirectory(m_dir.path());
    pulse.start(
        QStringLiteral("pulseaudio"),
        {QStringLiteral("-n"), QStringLiteral("--daemonize=yes"), QStringLiteral("--exit-idle-time=10"),
         QStringLiteral("-L"),
         QStringLiteral("module-pipe-source source_name=microphone file=%1 %2").arg(microphoneFifo(), pcm),
         QStringLiteral("-L"),
         QStringLiteral("module-pipe-sink sink_name=loudspeaker file=%1 %2 use_system_clock_for_timing=yes")
             .arg(loudspeakerFifo(), pcm),
         QStringLiteral("-L"),
         QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=%1").arg(socket)});
    pulse.waitForFinished(15000);
    for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
        QThread::msleep(100);
    qputenv("PULSE_SERVER", socket.toLocal8Bit());
}

PrivateSoundServer::~PrivateSoundServer()
{
    s_running = nullptr;
    QProcess kill; // finds the daemon by the pid file in the private runtime directory
    kill.setProcessEnvironment(environment());
    kill.start(QStringLiteral("pulseaudio"), {QStringLiteral("--kill")});
    kill.waitForFinished(5000);
    const QString pidFile = m_dir.filePath(QStringLiteral("pulse/pid")); // removed last, as it exits
    for (int i = 0; i < 50 && QFile::exists(pidFile); ++i) // gone before its directory is removed
        QThread::msleep(100);
}

bool PrivateSoundServer::isRunning() const
{
    return QFile::exists(m_dir.filePath(QStringLiteral("native")));
}

QProcessEnvironment PrivateSoundServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"})
        env.insert(QString::fromLatin1(name), m_dir.path());
    return env;
}

FifoThread::FifoThread(const QString& fifo, int openFlags)
    : m_fd(::open(QFile::encodeName(fifo).constData(), openFlags | O_NONBLOCK))
{}

FifoThread::~FifoThread()
{
    stop();
    if (m_fd >= 0)
        ::close(m_fd);
}

void FifoThread::start(std::function<void()> work)
{
    if (m_fd >= 0)
        m_thread = std::thread(std::move(work));
}

void FifoThread::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

Speaker::Speaker(const QString& microphoneFifo, QByteArray voice)
    : FifoThread(microphoneFifo, O_WRONLY), m_voice(std::move(voice))
{
    start([this] { run(); });
}

Speaker::~Speaker()
{
    stop();
}

void Speaker::run()
{
    using namespace std::chrono;
    constexpr qsizetype chunk = PrivateSoundServer::sampleRate / 50 * 2; // 20 ms of 16-bit mono
    const auto began = steady_clock::now();
    for (qint64 n = 0; !stopping(); ++n) {
        QByteArray sound(chunk, '\0');
        const qint64 from = m_speakingFrom;
        if (from >= 0 && m_written - from < m_voice.size())
            sound = m_voice.mid(m_written - from, chunk).leftJustified(chunk, '\0');
        if (::write(fd(), sound.constData(), size_t(sound.size())) > 0)
            m_written += sound.size();
        std::this_thread::sleep_until(began + milliseconds(20 * (n + 1)));
    }
}

QByteArray withoutSilence(const QByteArray& pcm)
{
    QByteArray sound;
    sound.reserve(pcm.size());
    for (qsizetype i = 0; i + 1 < pcm.size(); i += 2) {
        if (pcm[i] != 0 || pcm[i + 1] != 0)
            sound.append(pcm.constData() + i, 2);
    }
    return sound;
}

Listener::Listener(const QString& loudspeakerFifo) : FifoThread(loudspeakerFifo, O_RDONLY)
{
    start([this] { run(); });
}

Listener::~Listener()
{
    stop();
}

QByteArray Listener::heard() const
{
    QMutexLocker lock(&m_mutex);
    return m_heard;
}

void Listener::clear()
{
    QMutexLocker lock(&m_mutex);
    m_heard.clear();
    m_pending.clear();
}

void Listener::run()
{
    QByteArray block(4096, '\0');
    while (!stopping()) {
        pollfd readable{fd(), POLLIN, 0};
        if (::poll(&readable, 1, 50) <= 0)
            continue;
        const ssize_t got = ::read(fd(), block.data(), size_t(block.size()));
        if (got <= 0)
            continue;
        QMutexLocker lock(&m_mutex);
        m_pending.append(block.constData(), got);
        const qsizetype whole = m_pending.size() & ~qsizetype(1);
        m_heard.append(withoutSilence(m_pending.left(whole)));
        m_pending.remove(0, whole); // half a sample waits for its other byte
    }
}

} // namespace ssc::testing
