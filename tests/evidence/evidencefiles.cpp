#include "evidencefiles.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
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

namespace {

void addEntries(QPDFObjectHandle dictionary, const QByteArray& entries)
{
    if (entries.isEmpty())
        return;
    QPDFObjectHandle added = QPDFObjectHandle::parse(entries.toStdString());
    for (const auto& [key, value] : added.ditems())
        dictionary.replaceKey(key, value);
}

void buildOnePage(QPDF& document, const QByteArray& catalogEntries, const QByteArray& pageEntries)
{
    document.emptyPDF();
    QPDFObjectHandle page = document.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] /Resources << >> >>"));
    addEntries(page, pageEntries);
    QPDFPageDocumentHelper(document).addPage(page, false);
    addEntries(document.getRoot(), catalogEntries);
}

QByteArray written(QPDFWriter& writer)
{
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return {reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize())};
}

} // namespace

QByteArray pdf(const QByteArray& catalogEntries, const QByteArray& pageEntries, PdfLayout layout)
{
    QPDF document;
    buildOnePage(document, catalogEntries, pageEntries);
    QPDFWriter writer(document);
    if (layout == PdfLayout::ObjectStreams) {
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
    } else {
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setCompressStreams(false);
    }
    return written(writer);
}

QByteArray respelled(QByteArray pdf, const QByteArray& placeholder, const QByteArray& written)
{
    Q_ASSERT(placeholder.size() == written.size());
    return pdf.replace(placeholder, written);
}

QByteArray encryptedPdf(const char* userPassword)
{
    QPDF document;
    buildOnePage(document, {}, {});
    QPDFWriter writer(document);
    writer.setR6EncryptionParameters(userPassword, "owner-secret", true, true, true, true, true, true,
                                     qpdf_r3p_full, true);
    return written(writer);
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
