#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace ssc {

// Terminal settings in two INI files. The system file (written by the installer or the hall's IT) locks
// every key it sets: a kiosk user cannot change the platform address or switch off idle logout. The user
// file holds the rest. Files: docs/operations.md.
class Settings {
public:
    enum class Source { Default, User, System };

    Settings(const QString& systemFile, const QString& userFile);
    ~Settings();

    // /etc/ssc-terminal/terminal.ini and ~/.config/ssc-terminal/terminal.ini, or the files named by
    // SSC_SYSTEM_CONFIG / SSC_USER_CONFIG (tests, demo).
    static Settings standard();

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    Source sourceOf(const QString& key) const;
    bool isLocked(const QString& key) const;
    // Writes to the user file; refused (false, nothing changes) when the system file locks the key.
    bool setValue(const QString& key, const QVariant& value);
    void sync();

    QString systemFile() const;
    QString userFile() const;

    Settings(Settings&&) noexcept;
    Settings& operator=(Settings&&) noexcept;

private:
    std::unique_ptr<QSettings> m_system;
    std::unique_ptr<QSettings> m_user;
};

// The keys the terminal reads, with their defaults; one place so docs/operations.md can list them.
namespace keys {
inline const QString mode = QStringLiteral("terminal/mode");   // kiosk | counter | field
inline const QString language = QStringLiteral("ui/language"); // zh_CN | en
inline const QString theme = QStringLiteral("ui/theme");       // standard | elder
inline const QString platformUrl = QStringLiteral("platform/url");
inline const QString platformPin =
    QStringLiteral("platform/certificatePin"); // SHA-256 hex of its certificate
inline const QString terminalId = QStringLiteral("platform/terminalId");
inline const QString terminalSecret =
    QStringLiteral("platform/terminalSecret"); // keep in the system file, mode 0640, group ssc-terminal
inline const QString idleTimeoutSeconds = QStringLiteral("session/idleTimeoutSeconds");
inline const QString privacyLogging = QStringLiteral("logging/privacy"); // false: ssc.privacy stays off
inline const QString logDirectory = QStringLiteral("logging/directory");
inline const QString cameraEnabled =
    QStringLiteral("camera/enabled"); // auto (codes: kiosks without a pedestal; pictures: any) | on | off
inline const QString cameraDevice =
    QStringLiteral("camera/device"); // part of the camera's id or name; empty: default
inline const QString cameraVideo = QStringLiteral("camera/video"); // a video file played as the camera
inline const QString printingEnabled =
    QStringLiteral("printing/enabled");                                  // false: no printer (field laptops)
inline const QString printingServer = QStringLiteral("printing/server"); // CUPS server; empty: the system's
inline const QString printingQueue = QStringLiteral("printing/queue");   // CUPS queue; empty: its default
inline const QString printingWaitSeconds =
    QStringLiteral("printing/waitSeconds"); // a job not printed by then is withdrawn and the citizen told
inline const QString supportBundleFolder =
    QStringLiteral("support/bundleFolder"); // the diagnostics page's last choice (user file)
} // namespace keys

// Every key the terminal reads, once: what it takes and what holds when it is not set. The example system
// file (installer/terminal.ini.example) is generated from this (`cmake --build --preset debug --target
// settings_example`) and tst_settings compares the two, and the key table in docs/operations.md with them, so
// none of the three drifts.
struct SettingDefinition {
    QString key;
    const char* takes;     // the values it takes, in words
    const char* byDefault; // what holds when it is set nowhere
};
const std::vector<SettingDefinition>& settingDefinitions();
// The example system file: every key in its section, commented out, with what it takes and its default.
QString exampleSystemFile();

} // namespace ssc
