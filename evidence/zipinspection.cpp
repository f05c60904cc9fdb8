#include "zipinspection.h"

#include <zip.h>

#include <sys/stat.h>

#include <memory>

namespace ssc {
namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// A name that would climb out of a folder, or mean something else on another system.
bool unsafePath(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return true;
    for (const QString& part : name.split(u'/'))
        if (part == u"..")
            return true;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

bool isLink(zip_t* archive, zip_uint64_t index)
{
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(archive, index, 0, &system, &attributes) != 0)
        return false;
    return system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK;
}

// Unpacks one entry, stopping as soon as it passes what the header said or what the archive may still
// unpack: a header that lies about the size gets no further than the truth would.
struct Unpacked {
    enum { Whole, Broken, TooMuch } outcome = Broken;
    QByteArray bytes;
};

Unpacked unpack(zip_t* archive, zip_uint64_t index, qint64 declared, qint64 budget)
{
    Unpacked result;
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
    if (!file)
        return result;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t read = zip_fread(file.get(), chunk, sizeof chunk);
        if (read < 0)
            return result; // a damaged stream or a wrong checksum
        if (read == 0) {
            result.outcome = result.bytes.size() == declared ? Unpacked::Whole : Unpacked::Broken;
            return result;
        }
        result.bytes.append(chunk, qsizetype(read));
        if (result.bytes.size() > declared || result.bytes.size() > budget) {
            result.outcome = Unpacked::TooMuch;
            return result;
        }
    }
}

} // namespace

ZipInspection inspectZip(const QByteArray& bytes, const EvidenceLimits& limits)
{
    ZipInspection result;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        result.code = QStringLiteral("broken_zip");
        return result;
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        result.code = QStringLiteral("broken_zip");
        return result;
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0) {
        result.code = QStringLiteral("broken_zip");
        return result;
    }
    if (count > limits.maxEntries) {
        result.code = QStringLiteral("zip_too_many");
        return result;
    }
    qint64 unpacked = 0;
    for (zip_uint64_t i = 0; i < zip_uint64_t(count); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) ||
            !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE)) {
            result.code = QStringLiteral("broken_zip");
            return result;
        }
        const QString name = QString::fromUtf8(stat.name);
        result.entry = name;
        if (unsafePath(name)) {
            result.code = QStringLiteral("zip_path");
            return result;
        }
        if (isLink(archive.get(), i)) {
            result.code = QStringLiteral("zip_link");
            return result;
        }
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            result.code = QStringLiteral("zip_encrypted");
            return result;
        }
        if (name.endsWith(u'/'))
            continue; // a folder: nothing to unpack
        const qint64 declared =
            qint64(std::min<zip_uint64_t>(stat.size, zip_uint64_t(limits.maxUnpackedBytes) + 1));
        const qint64 packed = qint64(std::max<zip_uint64_t>(stat.comp_size, 1));
        if (unpacked + declared > limits.maxUnpackedBytes || declared > limits.maxFileBytes ||
            declared / packed > limits.maxRatio) {
            result.code = QStringLiteral("zip_bomb");
            return result;
        }
        Unpacked content = unpack(archive.get(), i, declared, limits.maxUnpackedBytes - unpacked);
        if (content.outcome != Unpacked::Whole) {
            // More came out than the header said: a bomb dressed as a small file.
            result.code = content.outcome == Unpacked::TooMuch ? QStringLiteral("zip_bomb")
                                                               : QStringLiteral("broken_zip");
            return result;
        }
        unpacked += content.bytes.size();
        result.files.append({name, std::move(content.bytes)});
    }
    result.entry.clear();
    return result;
}

} // namespace ssc
