#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Evidence files made at test time: real pictures and PDFs, and archives — honest ones and hostile ones
// (bombs, paths that climb out, links, nested archives) written with libzip as an attacker would.
namespace evidencefiles {

QByteArray jpeg(int width = 64, int height = 48);
QByteArray png(int width = 64, int height = 48);

// A whole one-page PDF written by qpdf. catalogEntries and pageEntries (PDF syntax: "<< /OpenAction … >>")
// are added to the document catalog and to the page, as a hostile author would write them.
enum class PdfLayout {
    Plain,         // uncompressed, every object readable in the file's bytes
    ObjectStreams, // objects packed into compressed object streams (PDF 1.5): nothing readable in the bytes
};
QByteArray pdf(const QByteArray& catalogEntries = {}, const QByteArray& pageEntries = {},
               PdfLayout layout = PdfLayout::Plain);
// The same PDF with every `placeholder` in its bytes replaced by `written`, of the same length, so the
// cross-reference offsets stay right: a name spelled with #xx escapes (/J#61vaScript), which qpdf never
// writes.
QByteArray respelled(QByteArray pdf, const QByteArray& placeholder, const QByteArray& written);
// A PDF encrypted with AES-256 (R6); userPassword may be empty (opens without asking, still encrypted).
QByteArray encryptedPdf(const char* userPassword);

struct Entry {
    QString name;
    QByteArray bytes;
    bool link = false;
};
QByteArray zip(const QList<Entry>& entries);

} // namespace evidencefiles
