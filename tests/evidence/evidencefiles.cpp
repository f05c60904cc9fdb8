#include "evidencefiles.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <zip.h>

#include <sys/stat.h>

namespace evidencefiles {
namespace {

QByteArray picture(const char* format, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(4, 4, width / 2, height / 2, Qt::darkBlue);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

QByteArray jpeg(int width, int height)
{
    return picture("JPG", width, height);
}

QByteArray png(int width, int height)
{
    return picture("PNG", width, height);
}

QByteArray pdf(const QByteArray& extraObject)
{
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
           extraObject + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

QByteArray zip(const QList<Entry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(target);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    for (const Entry& entry : entries) {
        // libzip reads the bytes at zip_close and frees them then when told to: a heap copy it owns (none for
        // an empty entry, whose buffer libzip would not keep, nor free).
        char* copy = nullptr;
        if (!entry.bytes.isEmpty()) {
            copy = static_cast<char*>(malloc(size_t(entry.bytes.size())));
            memcpy(copy, entry.bytes.constData(), size_t(entry.bytes.size()));
        }
        zip_source_t* source =
            zip_source_buffer(archive, copy, zip_uint64_t(entry.bytes.size()), copy ? 1 : 0);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (entry.link)
            zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(S_IFLNK | 0777) << 16);
    }
    zip_close(archive);
    QByteArray bytes;
    zip_stat_t stat;
    zip_source_stat(target, &stat);
    zip_source_open(target);
    bytes.resize(qsizetype(stat.size));
    zip_source_read(target, bytes.data(), stat.size);
    zip_source_close(target);
    zip_source_free(target);
    zip_error_fini(&error);
    return bytes;
}

} // namespace evidencefiles
