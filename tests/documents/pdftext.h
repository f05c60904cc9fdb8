#pragma once

// What poppler reads from a PDF (pdftotext, pdftoppm, pdfimages): the test's view of a document as a reader
// (or a phone held over the paper) sees it.
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pdftext {

namespace detail {
// The PDF in a file of a temporary folder, for poppler's tools; empty when it could not be written.
inline QString written(const QTemporaryDir& dir, const QByteArray& pdf)
{
    QFile file(dir.filePath(QStringLiteral("doc.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return file.fileName();
}

struct Run {
    bool ok = false;
    QString output;
};
inline Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {false, QString::fromUtf8(p.readAllStandardError())};
    return {true, QString::fromUtf8(p.readAllStandardOutput())};
}
} // namespace detail

inline QString fromBytes(const QByteArray& pdf, bool layout = false)
{
    QTemporaryDir dir;
    const QString file = detail::written(dir, pdf);
    if (file.isEmpty())
        return QStringLiteral("<could not write the PDF>");
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << file << QStringLiteral("-");
    const detail::Run text = detail::run(QStringLiteral("pdftotext"), args);
    return text.ok ? text.output : QStringLiteral("<pdftotext failed: %1>").arg(text.output);
}

inline int pageCount(const QByteArray& pdf)
{
    return int(fromBytes(pdf).count(u'\f'));
}

// The text of each page (pdftotext ends every page with a form feed).
inline QStringList pages(const QByteArray& pdf)
{
    QStringList list = fromBytes(pdf).split(u'\f');
    list.removeLast();
    return list;
}

// Page `page` (from 1) as pdftoppm draws it, in grey, at `dpi`.
inline QImage renderPage(const QByteArray& pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString file = detail::written(dir, pdf);
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const QString number = QString::number(page);
    detail::run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                 QStringLiteral("-f"), number, QStringLiteral("-l"), number, QStringLiteral("-singlefile"),
                 file, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
}

// How many images pdfimages finds on each page (index 0 is page 1).
inline QList<int> imagesPerPage(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString file = detail::written(dir, pdf);
    QList<int> counts(pageCount(pdf), 0);
    const QStringList lines =
        detail::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}).output.split(u'\n');
    for (const QString& line : lines.mid(2)) {
        const int page = line.section(u' ', 0, 0, QString::SectionSkipEmpty).toInt();
        if (page >= 1 && page <= counts.size())
            ++counts[page - 1];
    }
    return counts;
}

} // namespace pdftext
