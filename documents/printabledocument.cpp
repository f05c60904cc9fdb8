#include "printabledocument.h"

#include "documentpages.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace ssc {

QByteArray PrintableDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ssc-terminal"));
    writer.setResolution(300);
    paint(writer);
    return bytes;
}

void PrintableDocument::paint(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    // Printers are painted from a worker thread: copies without a parent belong to that thread.
    DocumentPages pages(*this);
    pages.paint(device);
}

void useDocumentFont(QTextDocument& document, double pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
}

} // namespace ssc
