#include "pdfinspection.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <exception>
#include <map>
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

} // namespace

PdfProblem inspectPdf(const QByteArray& bytes)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(false);
        pdf.processMemoryFile("evidence", bytes.constData(), size_t(bytes.size()));
        if (pdf.isEncrypted())
            return PdfProblem::Encrypted;
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
