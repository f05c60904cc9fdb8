#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ssc::platform {

bool onlyOwnerMayAccess(const QString& path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return !(QFileInfo(path).permissions() & others);
}

bool makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool writePrivateFile(const QString& path, const QByteArray& contents, QString* error)
{
    QSaveFile file(path);
    // The permissions go on the temporary file before anything is written into it.
    if (!makePrivateFolder(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(contents) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("%1 could not be written").arg(path);
        return false;
    }
    return true;
}

bool createPrivateFile(const QString& path, const QByteArray& contents, QString* error)
{
    QFile file(path);
    // NewOnly is O_EXCL: the check and the creation are one step, unlike an exists() before a write.
    if (!makePrivateFolder(QFileInfo(path).absolutePath()) ||
        !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(contents) != contents.size() || !file.flush()) {
        *error = QStringLiteral("%1 could not be made (another instance may have made it)").arg(path);
        return false;
    }
    return true;
}

std::optional<QByteArray> readPrivateFile(const QString& path, const QString& what, QString* error)
{
    if (!onlyOwnerMayAccess(path)) {
        *error =
            QStringLiteral("%1 %2 may be read by others: make it 0600 (and replace what it holds if others "
                           "did read it)")
                .arg(what, path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2 cannot be read").arg(what, path);
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace ssc::platform
