#pragma once

#include <QByteArray>
#include <QMutex>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <QApplication>
#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace ssc::testing {

// A private PulseAudio server (its own runtime directory, so it meets no other sound server) with one
// microphone and one loudspeaker, both FIFOs in real time: PulseAudio's pipe source hears what a Speaker
// writes, its pipe sink plays into what a Listener reads. A null sink's monitor would not do as a microphone:
// an idle null sink renders two seconds at a time, so the first two seconds of any recording arrive late,
// unlike a real one. Construct it before the application, so Qt Multimedia meets it when it first looks for
// devices. The server leaves 10 s after its last client: a test killed on a timeout leaves none behind for
// long.
class PrivateSoundServer {
public:
    static constexpr int sampleRate = 22050; // the voice prompts' (espeak-ng's): played and heard as they are

    PrivateSoundServer();
    ~PrivateSoundServer();
    PrivateSoundServer(const PrivateSoundServer&) = delete;
    PrivateSoundServer& operator=(const PrivateSoundServer&) = delete;

    bool isRunning() const;
    static PrivateSoundServer* running() { return s_running; } // the one this test process started
    QString microphoneFifo() const { return m_dir.filePath(QStringLiteral("microphone")); }
    QString loudspeakerFifo() const { return m_dir.filePath(QStringLiteral("loudspeaker")); }

private:
    QProcessEnvironment environment() const;

    static PrivateSoundServer* s_running;
    QTemporaryDir m_dir;
};

// The main() of a test with sound: the server first, then the application, then the test object.
template <typename Test> int execWithPrivateSoundServer(int argc, char** argv)
{
    PrivateSoundServer server;
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

// One end of a FIFO (opened non-blocking) and a thread working on it until stop(). A subclass calls stop() in
// its own destructor, before the members the thread uses are gone.
class FifoThread {
public:
    bool isReady() const { return m_fd >= 0; }

protected:
    FifoThread(const QString& fifo, int openFlags);
    ~FifoThread();
    FifoThread(const FifoThread&) = delete;
    FifoThread& operator=(const FifoThread&) = delete;

    void start(std::function<void()> work);
    void stop();
    bool stopping() const { return m_stop; }
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

// Someone in front of the microphone: silence until speak(), then the voice once, then silence again; written
// 20 ms at a time, each when its time has come (16-bit mono at PrivateSoundServer::sampleRate).
class Speaker : public FifoThread {
public:
    Speaker(const QString& microphoneFifo, QByteArray voice);
    ~Speaker();
    void speak() { m_speakingFrom = m_written.load(); }

private:
    void run();

    QByteArray m_voice;
    std::atomic<qint64> m_written = 0;
    std::atomic<qint64> m_speakingFrom = -1;
};

// The samples of 16-bit PCM that are not silence (zero). A sound stream keeps playing silence while it stays
// open, and a search for a prompt in a long silence, itself with silent gaps, takes minutes; without the
// zeros a prompt's samples are still unmistakably its own.
QByteArray withoutSilence(const QByteArray& pcm);

// An ear at the loudspeaker: keeps what it plays (16-bit mono at PrivateSoundServer::sampleRate), silence
// left out. The pipe sink writes in real time while something plays.
class Listener : public FifoThread {
public:
    explicit Listener(const QString& loudspeakerFifo);
    ~Listener();

    QByteArray heard() const; // every sample played since the last clear(), but the silent ones
    void clear();

private:
    void run();

    mutable QMutex m_mutex;
    QByteArray m_heard;
    QByteArray m_pending;
};

// An ear at the loudspeaker of the server this test process started; null when there is no server or the
// loudspeaker cannot be opened.
inline std::unique_ptr<Listener> listenAtTheLoudspeaker()
{
    PrivateSoundServer* server = PrivateSoundServer::running();
    if (!server || !server->isRunning())
        return nullptr;
    auto listener = std::make_unique<Listener>(server->loudspeakerFifo());
    return listener->isReady() ? std::move(listener) : nullptr;
}

} // namespace ssc::testing
