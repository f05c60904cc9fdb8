#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ssc {

// A document the terminal prints or saves: laid out once as rich text, written as PDF (for the on-screen
// preview and for saving) and painted on a printer from the same layout, so what is printed is what was
// shown. Laid out as an official paper (documentpages.h): the text flows over as many A4 pages as it needs,
// the closing block (who issued it, how to verify it) stands at the foot of the last page, and every page
// ends with the footer and "page x of y".
struct PrintableDocument {
    QString kind;  // rights-record | receipt: what the page-count log says (never personal data)
    QString title; // the print job's and PDF's title: no personal data either
    std::shared_ptr<QTextDocument> text;
    std::shared_ptr<QTextDocument> closing; // optional: set at the foot of the last page
    QString footer;                         // every page's foot, before the page number: office, number
    QString pageOf;                         // "Page %1 of %2" in the document's language
    // The text's type may grow up to this size while the page count stays the least it can be, so a short
    // record fills its page rather than leaving the bottom third empty (0: as built).
    double largestPointSize = 0;

    // A4 PDF with the fonts embedded (QPdfWriter embeds the subsets it uses).
    QByteArray toPdf() const;
    // Lays the document out on A4 and paints every page on `device`. On a worker thread paint only a copy
    // from forThread(): the texts are QObjects of the thread that built them, and reading one while its own
    // thread lays it out is a data race.
    void paint(QPagedPaintDevice& device) const;

    // A copy whose texts are cloned here, in the thread that owns them, and belong to no thread, so the
    // worker that paints it takes them over (adopt()) and nobody else ever touches them.
    PrintableDocument forThread() const;
    // On the worker, before painting: makes the texts of a forThread() copy this thread's own.
    void adopt() const;
};

// The fonts documents are set in: a CJK family first (Noto Sans CJK or Droid Sans Fallback, whichever the
// machine has) so Chinese is never drawn as boxes.
void useDocumentFont(QTextDocument& document, double pointSize);

} // namespace ssc
