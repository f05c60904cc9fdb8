#include "evidencecheck.h"

#include "pdfinspection.h"
#include "zipinspection.h"

#include <QBuffer>
#include <QImageReader>

namespace ssc {
namespace {

// Every refusal in words, by code; %1 is the limit or the archive entry concerned.
const std::pair<const char*, const char*> reasons[] = {
    {"empty_file", QT_TRANSLATE_NOOP("Evidence", "The file is empty.")},
    {"too_large",
     QT_TRANSLATE_NOOP("Evidence",
                       "The file is larger than %1 MB. Attach a smaller file or photograph the pages.")},
    {"bad_name",
     QT_TRANSLATE_NOOP("Evidence", "The file's name cannot be used. Rename the file and try again.")},
    {"unknown_type",
     QT_TRANSLATE_NOOP("Evidence",
                       "Only photos (JPG, PNG), PDF files and ZIP archives of them can be attached.")},
    {"fake_extension",
     QT_TRANSLATE_NOOP("Evidence", "The file's name does not match its content, so it cannot be "
                                   "attached. Attach the original file.")},
    {"broken_image", QT_TRANSLATE_NOOP("Evidence", "The picture cannot be opened: it may be damaged.")},
    {"image_too_large",
     QT_TRANSLATE_NOOP("Evidence", "The picture is too large (more than %1 million pixels).")},
    {"broken_pdf", QT_TRANSLATE_NOOP("Evidence", "The PDF file is incomplete or damaged.")},
    {"pdf_bomb", QT_TRANSLATE_NOOP("Evidence", "The PDF unpacks to far more than it holds and cannot be "
                                               "attached. Print it to a new PDF or photograph the pages.")},
    {"pdf_encrypted",
     QT_TRANSLATE_NOOP("Evidence", "The PDF is encrypted or protected by a password, so its "
                                   "content cannot be checked. Attach it without protection.")},
    {"pdf_javascript", QT_TRANSLATE_NOOP("Evidence", "The PDF contains JavaScript and cannot be attached. "
                                                     "Photograph the pages instead.")},
    {"pdf_open_action",
     QT_TRANSLATE_NOOP("Evidence", "The PDF runs an action when it is opened and cannot be attached. "
                                   "Photograph the pages instead.")},
    {"pdf_auto_action",
     QT_TRANSLATE_NOOP("Evidence",
                       "The PDF runs actions by itself when pages or fields are shown and cannot be "
                       "attached. Photograph the pages instead.")},
    {"pdf_launch", QT_TRANSLATE_NOOP("Evidence", "The PDF tries to start a program or open another file and "
                                                 "cannot be attached. Photograph the pages instead.")},
    {"pdf_embedded_file",
     QT_TRANSLATE_NOOP("Evidence", "The PDF carries other files inside it and cannot be attached. Attach "
                                   "those files themselves.")},
    {"pdf_uri", QT_TRANSLATE_NOOP("Evidence", "The PDF contains links or forms that reach the internet and "
                                              "cannot be attached. Photograph the pages instead.")},
    {"pdf_xfa",
     QT_TRANSLATE_NOOP("Evidence", "The PDF is an XFA form, which can carry scripts, and cannot be "
                                   "attached. Print it to a plain PDF or photograph the pages.")},
    {"broken_zip", QT_TRANSLATE_NOOP("Evidence", "The archive cannot be opened: it may be damaged.")},
    {"zip_too_many", QT_TRANSLATE_NOOP("Evidence", "The archive holds more than %1 files.")},
    {"zip_path", QT_TRANSLATE_NOOP("Evidence", "The archive holds a file whose path leads out of it (%1). It "
                                               "cannot be attached.")},
    {"zip_link", QT_TRANSLATE_NOOP("Evidence", "The archive holds a link (%1) instead of a file.")},
    {"zip_encrypted", QT_TRANSLATE_NOOP("Evidence", "The archive is protected by a password (%1). Attach the "
                                                    "files without a password.")},
    {"zip_bomb",
     QT_TRANSLATE_NOOP("Evidence", "The archive unpacks to far more than it holds (%1). It cannot be "
                                   "attached.")},
    {"zip_nested",
     QT_TRANSLATE_NOOP("Evidence", "The archive holds another archive (%1). Put all the files in "
                                   "one archive.")},
    {"zip_entry_type",
     QT_TRANSLATE_NOOP("Evidence", "%1 in the archive is not a photo (JPG, PNG) or a PDF, or "
                                   "its name does not match its content.")},
    {"zip_entry_broken",
     QT_TRANSLATE_NOOP("Evidence", "%1 in the archive is damaged or cannot be attached.")},
};

EvidenceVerdict refused(EvidenceVerdict verdict, const QString& code, QStringList args = {})
{
    verdict.accepted = false;
    verdict.code = code;
    for (const auto& [known, reason] : reasons)
        if (code == QLatin1String(known))
            verdict.reason = {"Evidence", reason, std::move(args)};
    return verdict;
}

// The file's own name: whatever folder a browser or a phone put in front of it goes.
QString ownName(const QString& fileName)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    return fileName.mid(slash + 1).trimmed();
}

bool usableName(const QString& name)
{
    if (name.isEmpty() || name.size() > 120 || name.startsWith(u'.'))
        return false;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c == u':')
            return false;
    return true;
}

EvidenceType typeByName(const QString& name)
{
    const QString extension = name.section(u'.', -1).toLower();
    if (!name.contains(u'.'))
        return EvidenceType::Unknown;
    if (extension == u"jpg" || extension == u"jpeg")
        return EvidenceType::Jpeg;
    if (extension == u"png")
        return EvidenceType::Png;
    if (extension == u"pdf")
        return EvidenceType::Pdf;
    if (extension == u"zip")
        return EvidenceType::Zip;
    return EvidenceType::Unknown;
}

bool isPicture(EvidenceType type)
{
    return type == EvidenceType::Jpeg || type == EvidenceType::Png;
}

// Every chunk of a PNG lies inside the file and the file ends with IEND. Checked before the decoder sees it:
// libpng allocates what a chunk's header claims, so a 300-byte file declaring a 1.8 GB text chunk would make
// it ask for 1.8 GB (found by the evidence fuzz target).
bool pngChunksFit(const QByteArray& bytes)
{
    qsizetype at = 8; // after the signature
    while (at + 12 <= bytes.size()) {
        const auto byte = [&](qsizetype i) { return quint32(quint8(bytes[at + i])); };
        const quint32 length = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        if (length > quint32(bytes.size() - at - 12))
            return false;
        if (bytes.mid(at + 4, 4) == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return false;
}

// Decoded in full: a file that only starts like a picture is not one.
const char* pictureProblem(const QByteArray& bytes, const EvidenceLimits& limits)
{
    if (sniffEvidenceType(bytes) == EvidenceType::Png && !pngChunksFit(bytes))
        return "broken_image";
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return "broken_image";
    if (qint64(size.width()) * size.height() > limits.maxImagePixels)
        return "image_too_large";
    if (reader.read().isNull())
        return "broken_image";
    return nullptr;
}

// Each problem qpdf's walk finds (pdfinspection.h), by its refusal code.
const char* pdfProblem(const QByteArray& bytes, const EvidenceLimits& limits)
{
    static const std::pair<PdfProblem, const char*> codes[] = {
        {PdfProblem::Broken, "broken_pdf"},
        {PdfProblem::Bomb, "pdf_bomb"},
        {PdfProblem::Encrypted, "pdf_encrypted"},
        {PdfProblem::JavaScript, "pdf_javascript"},
        {PdfProblem::OpenAction, "pdf_open_action"},
        {PdfProblem::AutoAction, "pdf_auto_action"},
        {PdfProblem::Launch, "pdf_launch"},
        {PdfProblem::EmbeddedFile, "pdf_embedded_file"},
        {PdfProblem::Uri, "pdf_uri"},
        {PdfProblem::Xfa, "pdf_xfa"},
    };
    const PdfProblem problem = inspectPdf(bytes, limits.maxUnpackedBytes);
    for (const auto& [known, code] : codes)
        if (problem == known)
            return code;
    return nullptr;
}

// One file that is not an archive: its name agrees with its content, and the content is whole.
const char* singleFileProblem(const QString& name, const QByteArray& bytes, const EvidenceLimits& limits)
{
    const EvidenceType named = typeByName(name);
    const EvidenceType content = sniffEvidenceType(bytes);
    if (named == EvidenceType::Unknown)
        return "unknown_type";
    // A PNG called .jpg is still a picture; anything else under a borrowed name is refused.
    if (!(named == content || (isPicture(named) && isPicture(content))))
        return "fake_extension";
    if (isPicture(content))
        return pictureProblem(bytes, limits);
    if (content == EvidenceType::Pdf)
        return pdfProblem(bytes, limits);
    return nullptr;
}

EvidenceVerdict checkArchive(EvidenceVerdict verdict, const QByteArray& bytes, const EvidenceLimits& limits)
{
    const ZipInspection zip = inspectZip(bytes, limits);
    verdict.entry = zip.entry;
    if (zip.code == u"broken_zip")
        return refused(verdict, zip.code);
    if (!zip.code.isEmpty())
        return refused(verdict, zip.code,
                       {zip.code == u"zip_too_many" ? QString::number(limits.maxEntries) : zip.entry});
    for (const ZipInspection::File& file : zip.files) {
        verdict.entries.append(file.name);
        verdict.entry = file.name;
        if (sniffEvidenceType(file.bytes) == EvidenceType::Zip || typeByName(file.name) == EvidenceType::Zip)
            return refused(verdict, QStringLiteral("zip_nested"), {file.name});
        if (const char* problem = singleFileProblem(ownName(file.name), file.bytes, limits)) {
            const bool wrongKind =
                qstrcmp(problem, "unknown_type") == 0 || qstrcmp(problem, "fake_extension") == 0;
            return refused(verdict,
                           wrongKind ? QStringLiteral("zip_entry_type") : QStringLiteral("zip_entry_broken"),
                           {file.name});
        }
    }
    verdict.entry.clear();
    verdict.accepted = true;
    return verdict;
}

} // namespace

EvidenceType sniffEvidenceType(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return EvidenceType::Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return EvidenceType::Png;
    if (bytes.startsWith("%PDF-"))
        return EvidenceType::Pdf;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return EvidenceType::Zip;
    return EvidenceType::Unknown;
}

QString evidenceMimeType(EvidenceType type)
{
    switch (type) {
    case EvidenceType::Jpeg:
        return QStringLiteral("image/jpeg");
    case EvidenceType::Png:
        return QStringLiteral("image/png");
    case EvidenceType::Pdf:
        return QStringLiteral("application/pdf");
    case EvidenceType::Zip:
        return QStringLiteral("application/zip");
    case EvidenceType::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

EvidenceVerdict checkEvidence(const QString& fileName, const QByteArray& bytes, const EvidenceLimits& limits)
{
    EvidenceVerdict verdict;
    verdict.name = ownName(fileName);
    verdict.type = sniffEvidenceType(bytes);
    if (bytes.isEmpty())
        return refused(verdict, QStringLiteral("empty_file"));
    if (bytes.size() > limits.maxFileBytes)
        return refused(verdict, QStringLiteral("too_large"),
                       {QString::number(limits.maxFileBytes / (1024 * 1024))});
    if (!usableName(verdict.name))
        return refused(verdict, QStringLiteral("bad_name"));
    if (typeByName(verdict.name) == EvidenceType::Zip && verdict.type == EvidenceType::Zip)
        return checkArchive(verdict, bytes, limits);
    if (const char* problem = singleFileProblem(verdict.name, bytes, limits)) {
        const QString code = QString::fromLatin1(problem);
        return code == u"image_too_large"
                   ? refused(verdict, code, {QString::number(limits.maxImagePixels / 1000000)})
                   : refused(verdict, code);
    }
    verdict.accepted = true;
    return verdict;
}

} // namespace ssc
