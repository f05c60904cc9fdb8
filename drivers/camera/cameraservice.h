#pragma once

#include "cameraframe.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace ssc {

class CameraScanner;
class CodeScanner;
class FrameSource;

// When the camera runs, and who gets its frames (docs/hardware.md, "The camera"). Two uses:
// - reading codes (the CameraScanner): with `camera/enabled=auto` only on kiosks without a pedestal (one that
//   has not shown up `pedestalGraceMs` after start, or has left since); always with `on`;
// - pictures on demand (face certification, face login, a photo of a paper): the first photo() opens the
//   camera wherever one is present, pedestal or not, and it closes again once nobody has asked for
//   `idleCloseMs` (the face screen asks 15 times a second while it is open).
// `off` keeps it closed for both. Errors and unplugging close it and are kept as problem() for the
// diagnostics page and the screen that wanted a picture; the next photo() tries again.
class CameraService : public QObject {
    Q_OBJECT
public:
    enum class Setting { Auto, On, Off };
    static Setting parseSetting(const QString& value); // unknown values: Auto

    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;
    // `present`: is there a camera (or a video standing in for one) at all; asked again at each opening.
    CameraService(Setting setting, SourceFactory openSource, std::function<bool()> present,
                  CameraScanner& scanner, QObject* parent = nullptr);
    ~CameraService() override;

    // Kiosks read codes with the camera where `pedestals` (any CodeScanner; ready: a pedestal is there) has
    // none, decided `graceMs` after this call and again whenever a pedestal comes or goes. Counters and field
    // laptops do not call it (a clerk's pedestal, or no codes), so with `auto` they scan nothing by camera.
    void scanWithoutPedestal(const CodeScanner* pedestals, int graceMs = 2000);

    // Pictures can be had here at all: a camera is present and the setting is not `off`.
    bool available() const;
    // The newest picture, converted now; empty while the camera is opening or when there is none. Opens the
    // camera if it is closed and keeps it open while asked.
    QImage photo();

    bool isRunning() const { return m_source != nullptr; }
    bool isScanning() const { return m_scanning; }
    // What went wrong last (the camera's error, "unplugged", a start refused), in the user's language;
    // empty once frames come again.
    QString problem() const { return m_problem; }
    QString describe() const;
    quint64 framesSeen() const { return m_frames; }
    const CameraScanner& scanner() const { return m_scanner; }

    void setIdleCloseMs(int ms) { m_idleCloseMs = ms; }

signals:
    void runningChanged(bool running);
    void problemChanged(const QString& problem);

private:
    bool open();
    void close();
    void frame(const CameraFrame& frame);
    void failed(const QString& reason);
    void setProblem(const QString& problem);
    void decideScanning();

    Setting m_setting;
    SourceFactory m_open;
    std::function<bool()> m_present;
    CameraScanner& m_scanner;
    std::unique_ptr<FrameSource> m_source;
    QPointer<const CodeScanner> m_pedestals;
    bool m_decided = false;
    bool m_scanning = false;
    CameraFrame m_last;
    quint64 m_frames = 0;
    qint64 m_lastAskedMs = 0;
    int m_idleCloseMs = 10000;
    QTimer m_idle;
    QTimer m_retry; // reading codes wanted but the camera would not open (none yet, an error): try again
    qint64 m_failedAtMs = 0;
    QString m_problem;
};

} // namespace ssc
