#pragma once

// What poppler's pdftotext reads from a PDF: the test's view of a document as a reader (or a scanner) sees
// it.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace pdftext {

inline QString fromBytes(const QByteArray& pdf, bool layout = false)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doc.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QStringLiteral("<could not write the PDF>");
    file.close();
    QProcess p;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << file.fileName() << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pageCount(const QByteArray& pdf)
{
    return int(fromBytes(pdf).count(u'\f'));
}

} // namespace pdftext
