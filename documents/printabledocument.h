#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ssc {

// A document the terminal prints or saves: laid out once as rich text, written as PDF (for the on-screen
// preview and for saving) and painted on a printer from the same layout, so what is printed is what was
// shown.
struct PrintableDocument {
    QString kind;  // rights-record | receipt: what the page-count log says (never personal data)
    QString title; // the print job's and PDF's title: no personal data either
    std::shared_ptr<QTextDocument> text;

    // A4 PDF with the fonts embedded (QPdfWriter embeds the subsets it uses).
    QByteArray toPdf() const;
    // Lays the document out on `device`'s page size and paints every page; safe from a worker thread.
    void paint(QPagedPaintDevice& device) const;
};

// The fonts documents are set in: a CJK family first (Noto Sans CJK or Droid Sans Fallback, whichever the
// machine has) so Chinese is never drawn as boxes.
void useDocumentFont(QTextDocument& document, int pointSize);

} // namespace ssc
