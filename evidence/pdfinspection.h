#pragma once

#include <QByteArray>

namespace ssc {

// What a PDF must not hold to be accepted as evidence, found by a real parser (qpdf) that reads the file the
// way a viewer does: every object, including those packed in compressed object streams, with names decoded
// (/J#61vaScript is /JavaScript). A regular expression over the raw bytes sees neither.
enum class PdfProblem {
    None,
    Broken,    // not a whole, well-formed PDF (qpdf's repair is off: what needs repairing is refused)
    Bomb,      // object streams that unpack to more than the limit (a Flate bomb, found before qpdf unpacks),
               // or a predictor row wider than any image (/Columns over a million: qpdf would reserve it)
    Encrypted, // any encryption, even with an empty password: its content cannot be checked as written
    JavaScript,   // /JS, /JavaScript (a key, an action, a name tree)
    OpenAction,   // an action run when the file is opened
    AutoAction,   // /AA: actions run when a page or field is shown, closed, printed...
    Launch,       // actions that start programs or open other files (/Launch, /GoToR, /GoToE)
    EmbeddedFile, // files carried inside (/EmbeddedFile, /EmbeddedFiles, /EF, /RichMedia)
    Uri,          // actions that reach the network (/URI, /SubmitForm, /ImportData)
    Xfa,          // XML forms (/XFA), which carry their own scripts
};

// The first problem found, walking objects in their order in the file; None for an acceptable PDF. The object
// streams together may unpack to at most `maxUnpackedBytes`: qpdf unpacks each whole into memory, so they are
// inflated first, counted and stopped at the limit.
PdfProblem inspectPdf(const QByteArray& bytes, qint64 maxUnpackedBytes = 50 * 1024 * 1024);

} // namespace ssc
