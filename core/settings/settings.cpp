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

} // namespace ssc
