#include "cameraservice.h"

#include "camerascanner.h"
#include "framesource.h"
#include "scanner/codescanner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCamera, "ssc.camera")

namespace ssc {
namespace {

constexpr qint64 retryMs = 3000; // after a failure, not again sooner (the face screen asks 15 times a second)

} // namespace

CameraService::Setting CameraService::parseSetting(const QString& value)
{
    if (value == u"on")
        return Setting::On;
    if (value == u"off")
        return Setting::Off;
    return Setting::Auto;
}

CameraService::CameraService(Setting setting, SourceFactory openSource, std::function<bool()> present,
                             CameraScanner& scanner, QObject* parent)
    : QObject(parent), m_setting(setting), m_open(std::move(openSource)), m_present(std::move(present)),
      m_scanner(scanner)
{
    m_idle.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_scanning && QDateTime::currentMSecsSinceEpoch() - m_lastAskedMs > m_idleCloseMs)
            close();
    });
    m_retry.setInterval(int(retryMs));
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_scanning = false;
        decideScanning();
    });
    if (m_setting == Setting::On) {
        m_decided = true;
        m_scanning = true;
        if (!open())
            m_retry.start();
    }
}

CameraService::~CameraService()
{
    if (m_source)
        m_source->stop();
}

void CameraService::scanWithoutPedestal(const CodeScanner* pedestals, int graceMs)
{
    if (m_setting != Setting::Auto)
        return;
    m_pedestals = pedestals;
    if (pedestals)
        connect(pedestals, &CodeScanner::readyChanged, this, [this] {
            if (m_decided)
                decideScanning();
        });
    QTimer::singleShot(graceMs, this, [this] {
        m_decided = true;
        decideScanning();
    });
}

void CameraService::decideScanning()
{
    const bool wanted =
        m_setting == Setting::On || (m_setting == Setting::Auto && (!m_pedestals || !m_pedestals->isReady()));
    if (wanted == m_scanning)
        return;
    qCInfo(lcCamera) << (wanted ? "reading codes with the camera" : "a pedestal reads the codes");
    m_scanning = wanted && open();
    if (wanted && !m_scanning)
        m_retry.start();
    // Pictures asked for a moment ago keep it open; otherwise the idle check closes it.
    m_lastAskedMs = QDateTime::currentMSecsSinceEpoch();
}

bool CameraService::available() const
{
    return m_setting != Setting::Off && m_present();
}

QImage CameraService::photo()
{
    m_lastAskedMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_source && !open())
        return {};
    return m_last.toImage();
}

bool CameraService::open()
{
    if (m_source)
        return true;
    if (!available() || QDateTime::currentMSecsSinceEpoch() - m_failedAtMs < retryMs)
        return false;
    m_source = m_open();
    connect(m_source.get(), &FrameSource::frameReady, this, &CameraService::frame);
    connect(m_source.get(), &FrameSource::failed, this, &CameraService::failed);
    QString error;
    const bool started = m_source->start(&error);
    if (!m_source) // failed while starting (a file Qt cannot open says so at once): failed() closed it
        return false;
    if (!started) {
        qCWarning(lcCamera) << "camera not started:" << error;
        m_source.reset();
        m_failedAtMs = QDateTime::currentMSecsSinceEpoch();
        setProblem(error);
        return false;
    }
    qCInfo(lcCamera) << "camera open:" << m_source->describe();
    m_idle.start();
    emit runningChanged(true);
    return true;
}

void CameraService::close()
{
    if (!m_source)
        return;
    qCInfo(lcCamera) << "camera closed";
    m_idle.stop();
    m_source->stop();
    m_source.release()->deleteLater(); // may be inside its own signal
    m_last = {};
    m_scanning = false;
    emit runningChanged(false);
}

void CameraService::frame(const CameraFrame& frame)
{
    ++m_frames;
    m_last = frame; // shared, not converted
    if (!m_problem.isEmpty())
        setProblem({});
    if (m_scanning)
        m_scanner.offer(frame);
}

void CameraService::failed(const QString& reason)
{
    qCWarning(lcCamera) << "camera failed:" << reason;
    const bool scanning = m_scanning;
    close();
    m_failedAtMs = QDateTime::currentMSecsSinceEpoch();
    setProblem(reason);
    if (scanning)
        m_retry.start(); // a camera plugged back in reads codes again
}

void CameraService::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

QString CameraService::describe() const
{
    return m_source ? m_source->describe() : QString();
}

} // namespace ssc
