#include "pdfinspection.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <zlib.h>

#include <cctype>
#include <exception>
#include <map>
#include <set>
#include <string>

namespace ssc {
namespace {

// Dictionary keys that make a PDF active, whatever their value.
const std::map<std::string, PdfProblem>& activeKeys()
{
    static const std::map<std::string, PdfProblem> keys = {
        {"/JS", PdfProblem::JavaScript},
        {"/JavaScript", PdfProblem::JavaScript},
        {"/OpenAction", PdfProblem::OpenAction},
        {"/AA", PdfProblem::AutoAction},
        {"/Launch", PdfProblem::Launch},
        {"/EmbeddedFiles", PdfProblem::EmbeddedFile},
        {"/EF", PdfProblem::EmbeddedFile},
        {"/RichMedia", PdfProblem::EmbeddedFile},
        {"/RichMediaContent", PdfProblem::EmbeddedFile},
        {"/URI", PdfProblem::Uri},
        {"/XFA", PdfProblem::Xfa},
    };
    return keys;
}

// Names that make a PDF active wherever they appear as a value (an action's /S, an object's /Type).
const std::map<std::string, PdfProblem>& activeNames()
{
    static const std::map<std::string, PdfProblem> names = {
        {"/JavaScript", PdfProblem::JavaScript},
        {"/Launch", PdfProblem::Launch},
        {"/GoToR", PdfProblem::Launch},
        {"/GoToE", PdfProblem::Launch},
        {"/EmbeddedFile", PdfProblem::EmbeddedFile},
        {"/RichMedia", PdfProblem::EmbeddedFile},
        {"/URI", PdfProblem::Uri},
        {"/SubmitForm", PdfProblem::Uri},
        {"/ImportData", PdfProblem::Uri},
    };
    return names;
}

PdfProblem problemOfName(const std::map<std::string, PdfProblem>& table, const std::string& name)
{
    const auto found = table.find(name);
    return found == table.end() ? PdfProblem::None : found->second;
}

// Walks one object and the direct objects inside it. Indirect objects are not followed: each is walked once,
// as an object of the file, so a cycle of references cannot loop and a shared object is not walked twice.
PdfProblem walk(QPDFObjectHandle object, int depth)
{
    // qpdf's parser refuses nesting deeper than 500, so this only guards the walk itself.
    if (depth > 600)
        return PdfProblem::Broken;
    if (object.isStream())
        return walk(object.getDict(), depth + 1);
    if (object.isName())
        return problemOfName(activeNames(), object.getName());
    if (object.isArray()) {
        for (QPDFObjectHandle item : object.aitems())
            if (!item.isIndirect())
                if (const PdfProblem p = walk(item, depth + 1); p != PdfProblem::None)
                    return p;
        return PdfProblem::None;
    }
    if (object.isDictionary()) {
        for (auto [key, value] : object.ditems()) {
            if (const PdfProblem p = problemOfName(activeKeys(), key); p != PdfProblem::None)
                return p;
            if (!value.isIndirect())
                if (const PdfProblem p = walk(value, depth + 1); p != PdfProblem::None)
                    return p;
        }
    }
    return PdfProblem::None;
}

// How many bytes Flate data unpacks to, counting up to `limit` and no further (nothing is kept); -1 when it
// is not Flate data.
qint64 inflatedSize(const unsigned char* data, size_t size, qint64 limit)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return -1;
    z.next_in = const_cast<unsigned char*>(data);
    z.avail_in = static_cast<uInt>(size);
    unsigned char out[65536];
    qint64 total = 0;
    int status = Z_OK;
    while (status == Z_OK && total <= limit) {
        z.next_out = out;
        z.avail_out = sizeof out;
        status = inflate(&z, Z_NO_FLUSH);
        total += qint64(sizeof out - z.avail_out);
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break; // the data ends without its end marker; qpdf decides about that
    }
    inflateEnd(&z);
    return status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR ? total : -1;
}

// The object streams the cross-reference data points into, unpacked and counted before qpdf unpacks them.
PdfProblem objectStreamsProblem(QPDF& pdf, qint64 limit)
{
    std::set<int> streams;
    for (const auto& [id, entry] : pdf.getXRefTable())
        if (entry.getType() == 2)
            streams.insert(entry.getObjStreamNumber());
    qint64 total = 0;
    for (const int number : streams) {
        QPDFObjectHandle stream = pdf.getObjectByID(number, 0);
        if (!stream.isStream())
            return PdfProblem::Broken;
        QPDFObjectHandle filter = stream.getDict().getKey("/Filter");
        const auto raw = stream.getRawStreamData();
        if (filter.isNull()) {
            total += qint64(raw->getSize());
        } else if (filter.isName() && filter.getName() == "/FlateDecode") {
            const qint64 size = inflatedSize(raw->getBuffer(), raw->getSize(), limit - total);
            if (size < 0)
                return PdfProblem::Broken;
            total += size;
        } else {
            return PdfProblem::Broken; // object streams are Flate or plain; anything else is made to hide
        }
        if (total > limit)
            return PdfProblem::Bomb;
    }
    return PdfProblem::None;
}

// A Flate predictor's row is /Columns bytes wide, and qpdf reserves rows before it reads a byte: a
// cross-reference stream naming 7777777777777777773 columns (found by the evidence fuzz target) made it ask
// for a gigabyte. Stream dictionaries stand in the file's plain bytes (a stream is never inside an object
// stream), so the widths are read there, before qpdf parses; real files name at most an image's width.
bool namesAbsurdColumns(const QByteArray& bytes)
{
    constexpr qint64 maxColumns = 1'000'000;
    const QByteArray key = QByteArrayLiteral("/Columns");
    for (qsizetype at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1)) {
        qsizetype i = at + key.size();
        while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i])))
            ++i;
        qint64 columns = 0;
        for (; i < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[i])); ++i) {
            columns = columns * 10 + (bytes[i] - '0');
            if (columns > maxColumns)
                return true;
        }
    }
    return false;
}

} // namespace

PdfProblem inspectPdf(const QByteArray& bytes, qint64 maxUnpackedBytes)
{
    if (namesAbsurdColumns(bytes))
        return PdfProblem::Bomb;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(false);
        pdf.processMemoryFile("evidence", bytes.constData(), size_t(bytes.size()));
        if (pdf.isEncrypted())
            return PdfProblem::Encrypted;
        if (const PdfProblem p = objectStreamsProblem(pdf, maxUnpackedBytes); p != PdfProblem::None)
            return p;
        if (const PdfProblem p = walk(pdf.getTrailer(), 0); p != PdfProblem::None)
            return p;
        // Every object the cross-reference data names, those inside object streams included.
        for (const QPDFObjectHandle& object : pdf.getAllObjects())
            if (const PdfProblem p = walk(object, 0); p != PdfProblem::None)
                return p;
        // An object qpdf could not read becomes null with a warning: a damaged file.
        return pdf.anyWarnings() ? PdfProblem::Broken : PdfProblem::None;
    } catch (const QPDFExc& e) {
        return e.getErrorCode() == qpdf_e_password ? PdfProblem::Encrypted : PdfProblem::Broken;
    } catch (const std::exception&) {
        return PdfProblem::Broken;
    }
}

} // namespace ssc
