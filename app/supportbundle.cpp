#include "supportbundle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <zip.h>

#include <memory>

namespace ssc {
namespace {

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

// Adds `bytes` as `name`; libzip copies nothing until zip_close, so the bytes are kept alive in `kept`.
bool add(zip_t* archive, const QString& name, const QByteArray& bytes, std::vector<QByteArray>& kept)
{
    kept.push_back(bytes);
    zip_source_t* source =
        zip_source_buffer(archive, kept.back().constData(), zip_uint64_t(kept.back().size()), 0);
    if (!source)
        return false;
    if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

} // namespace

QByteArray SupportBundle::withoutPrivacyLines(const QByteArray& log)
{
    QByteArray kept;
    kept.reserve(log.size());
    for (const QByteArray& line : log.split('\n'))
        if (!line.contains(" ssc.privacy:") && !line.isEmpty())
            kept += line + '\n';
    return kept;
}

std::optional<QString> SupportBundle::write(const QString& folder, const SupportBundleContent& content,
                                            QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make %1").arg(folder);
        return std::nullopt;
    }
    const QString path = QDir(folder).filePath(
        QStringLiteral("ssc-support-%1.zip")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive) {
        *error = QStringLiteral("cannot write %1 (libzip error %2)").arg(path).arg(code);
        return std::nullopt;
    }
    std::vector<QByteArray> kept;
    kept.reserve(64);
    bool ok = add(archive.get(), QStringLiteral("versions.txt"), content.versions.toUtf8(), kept) &&
              add(archive.get(), QStringLiteral("devices.txt"), content.devices.toUtf8(), kept);
    const QDir logs(content.logDirectory);
    // The newest logs first, at most 60 files (ten sessions and their crash reports, with room).
    const QFileInfoList files =
        content.logDirectory.isEmpty()
            ? QFileInfoList{}
            : logs.entryInfoList({QStringLiteral("session-*.log"), QStringLiteral("crash-*.txt")},
                                 QDir::Files, QDir::Time);
    for (qsizetype i = 0; ok && i < std::min<qsizetype>(files.size(), 60); ++i) {
        QFile file(files[i].absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ok = add(archive.get(), QStringLiteral("logs/") + files[i].fileName(),
                 withoutPrivacyLines(file.readAll()), kept);
    }
    if (!ok) {
        *error = QString::fromUtf8(zip_strerror(archive.get()));
        return std::nullopt;
    }
    if (zip_close(archive.get()) < 0) {
        *error = QString::fromUtf8(zip_strerror(archive.get()));
        return std::nullopt;
    }
    (void)archive.release(); // closed: nothing left to discard
    return path;
}

} // namespace ssc
