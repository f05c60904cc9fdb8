#include "settings.h"

#include <QDir>
#include <QStandardPaths>

namespace ssc {

Settings::Settings(const QString& systemFile, const QString& userFile)
    : m_system(std::make_unique<QSettings>(systemFile, QSettings::IniFormat)),
      m_user(std::make_unique<QSettings>(userFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;
Settings::Settings(Settings&&) noexcept = default;
Settings& Settings::operator=(Settings&&) noexcept = default;

Settings Settings::standard()
{
    QString system = qEnvironmentVariable("SSC_SYSTEM_CONFIG");
    if (system.isEmpty())
        system = QStringLiteral("/etc/ssc-terminal/terminal.ini");
    QString user = qEnvironmentVariable("SSC_USER_CONFIG");
    if (user.isEmpty())
        user = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/ssc-terminal/terminal.ini");
    return Settings(system, user);
}

QVariant Settings::value(const QString& key, const QVariant& fallback) const
{
    if (m_system->contains(key))
        return m_system->value(key);
    return m_user->value(key, fallback);
}

Settings::Source Settings::sourceOf(const QString& key) const
{
    if (m_system->contains(key))
        return Source::System;
    if (m_user->contains(key))
        return Source::User;
    return Source::Default;
}

bool Settings::isLocked(const QString& key) const
{
    return m_system->contains(key);
}

bool Settings::setValue(const QString& key, const QVariant& value)
{
    if (isLocked(key))
        return false;
    m_user->setValue(key, value);
    return true;
}

void Settings::sync()
{
    m_user->sync();
}

QString Settings::systemFile() const
{
    return m_system->fileName();
}

QString Settings::userFile() const
{
    return m_user->fileName();
}

const std::vector<SettingDefinition>& settingDefinitions()
{
    static const std::vector<SettingDefinition> all{
        {keys::mode, "kiosk | counter | field", "kiosk"},
        {keys::language, "zh_CN | en", "Chinese unless the system locale is another language"},
        {keys::theme, "standard | elder", "standard"},
        {keys::platformUrl, "the platform's base URL, such as https://platform.example:8443",
         "none: no platform"},
        {keys::platformPin, "SHA-256 (hex) of the platform's certificate, for a self-signed platform",
         "none"},
        {keys::terminalId, "this terminal's id at the platform", "none"},
        {keys::terminalSecret, "this terminal's secret: keep it in this file, mode 0640, group ssc-terminal",
         "none"},
        {keys::idleTimeoutSeconds, "seconds without a touch before the person is logged out", "90"},
        {keys::privacyLogging, "true | false: the ssc.privacy log category", "false"},
        {keys::logDirectory, "folder for session logs", "~/.local/share/ssc-terminal/logs"},
        {keys::cameraEnabled, "auto (kiosks without a pedestal) | on | off", "auto"},
        {keys::cameraDevice, "part of the camera's id or name", "the default camera"},
        {keys::cameraVideo, "a video file played as the camera (diagnosis)", "none"},
        {keys::printingEnabled, "true | false", "true for kiosk and counter, false for field"},
        {keys::printingServer, "CUPS server (/path/cups.sock or host:port)", "the system's"},
        {keys::printingQueue, "CUPS queue name", "the server's default destination"},
        {keys::printingWaitSeconds, "seconds: a job not printed by then is withdrawn and the citizen told",
         "30"},
        {keys::supportBundleFolder,
         "folder the diagnostics page saves support bundles in: the last one staff chose there (a USB drive "
         "while it is plugged in)",
         "~/Documents/ssc-support"},
    };
    return all;
}

QString exampleSystemFile()
{
    QString text = QStringLiteral("; /etc/ssc-terminal/terminal.ini: system settings. Every key set here is "
                                  "locked for users and the command\n"
                                  "; line (docs/operations.md). Remove the leading \";\" to set a key. "
                                  "Generated from the terminal's own list\n"
                                  "; of settings (core/settings/settings.cpp): do not edit by hand.\n");
    QString section;
    for (const SettingDefinition& setting : settingDefinitions()) {
        const QString group = setting.key.section(QLatin1Char('/'), 0, 0);
        if (group != section) {
            section = group;
            text += QStringLiteral("\n[%1]\n").arg(group);
        }
        text += QStringLiteral("; %1. Default: %2.\n;%3=\n")
                    .arg(QString::fromUtf8(setting.takes), QString::fromUtf8(setting.byDefault),
                         setting.key.section(QLatin1Char('/'), 1));
    }
    return text;
}

} // namespace ssc
