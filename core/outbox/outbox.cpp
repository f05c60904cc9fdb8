#include "outbox.h"

#include "security/aesgcm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <fcntl.h>
#include <unistd.h>

#include <optional>

namespace ssc {
namespace {

const QByteArray magic("SSCOBX1\n");
const QString suffix = QStringLiteral(".item");

// write(2) until all is written, then fsync(2): the bytes are on the disk when this returns true.
bool writeDurably(const QString& path, const QByteArray& bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

bool syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Outbox::Outbox(QString directory, const QByteArray& terminalSecret)
    : m_directory(std::move(directory)),
      m_key(QCryptographicHash::hash("ssc-terminal outbox key v1\n" + terminalSecret,
                                     QCryptographicHash::Sha256))
{
    QDir().mkpath(m_directory);
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // What a crash left before its rename was never added: cleared away.
    const QDir dir(m_directory);
    for (const QString& part : dir.entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(part));
}

QByteArray Outbox::seal(const QByteArray& plain, const QByteArray& associated) const
{
    const QByteArray sealed = aesgcm::seal(m_key, plain, associated);
    return sealed.isEmpty() ? QByteArray() : magic + sealed;
}

std::optional<QByteArray> Outbox::open(const QByteArray& sealed, const QByteArray& associated) const
{
    if (!sealed.startsWith(magic))
        return std::nullopt;
    return aesgcm::open(m_key, sealed.mid(magic.size()), associated);
}

bool Outbox::add(OutboxItem& item, QString* error)
{
    // Sortable by time, unique on this terminal.
    item.id =
        QStringLiteral("%1-%2")
            .arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(item.idempotencyKey, QCryptographicHash::Sha256).toHex().left(12)));
    if (item.createdAtMs == 0)
        item.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject json{{QStringLiteral("path"), item.path},
                           {QStringLiteral("body"), item.body},
                           {QStringLiteral("idempotencyKey"), QString::fromLatin1(item.idempotencyKey)},
                           {QStringLiteral("createdAt"), item.createdAtMs},
                           {QStringLiteral("label"), item.label},
                           {QStringLiteral("service"), item.service},
                           {QStringLiteral("subject"), item.subject}};
    const QByteArray sealed = seal(QJsonDocument(json).toJson(QJsonDocument::Compact), item.id.toLatin1());
    const QDir dir(m_directory);
    const QString temporary = dir.filePath(QStringLiteral(".%1.part").arg(item.id));
    const QString final = dir.filePath(item.id + suffix);
    if (sealed.isEmpty() || !writeDurably(temporary, sealed) ||
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(final).constData()) != 0 ||
        !syncDirectory(m_directory)) {
        QFile::remove(temporary);
        if (error)
            *error = QStringLiteral("the outbox could not be written in %1").arg(m_directory);
        return false;
    }
    return true;
}

QList<OutboxItem> Outbox::pending(QStringList* unreadable) const
{
    QList<OutboxItem> items;
    const QDir dir(m_directory);
    // Temporary files are what a crash left before its rename: the item was never added.
    for (const QString& name : dir.entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name)) {
        const QString id = name.chopped(suffix.size());
        QFile file(dir.filePath(name));
        const auto plain =
            file.open(QIODevice::ReadOnly) ? open(file.readAll(), id.toLatin1()) : std::nullopt;
        const QJsonObject json = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
        if (json.isEmpty()) {
            if (unreadable)
                unreadable->append(id);
            continue;
        }
        items.append(
            {id, json.value(QStringLiteral("path")).toString(), json.value(QStringLiteral("body")).toObject(),
             json.value(QStringLiteral("idempotencyKey")).toString().toLatin1(),
             json.value(QStringLiteral("createdAt")).toInteger(),
             json.value(QStringLiteral("label")).toString(), json.value(QStringLiteral("service")).toString(),
             json.value(QStringLiteral("subject")).toString()});
    }
    return items;
}

bool Outbox::remove(const QString& id)
{
    const bool removed = QFile::remove(QDir(m_directory).filePath(id + suffix));
    return removed && syncDirectory(m_directory);
}

} // namespace ssc
