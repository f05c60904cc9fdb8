#include "smalldisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

namespace {

const char* const fillerName = "filler";

} // namespace

bool SmallDisk::mount(const QString& folder, int megabytes)
{
    m_folder = folder;
    QDir().mkpath(folder);
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1m,mode=0700").arg(megabytes), QStringLiteral("tmpfs"), folder});
    m_mounted =
        mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        m_error = QStringLiteral("a tmpfs could not be mounted at %1 (the full-disk fault needs root): %2")
                      .arg(folder, QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
    return m_mounted;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--lazy"), m_folder});
}

void SmallDisk::fill()
{
    const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(QLatin1String(fillerName)));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    // Big blocks first, then ever smaller ones, until not one byte more fits.
    const QByteArray zeros(1 << 20, '\0');
    for (qsizetype block = zeros.size(); block > 0;)
        if (::write(fd, zeros.constData(), size_t(block)) <= 0)
            block /= 2;
    ::close(fd);
    m_full = true;
}

void SmallDisk::free()
{
    QFile::remove(QDir(m_folder).filePath(QLatin1String(fillerName)));
    m_full = false;
}
