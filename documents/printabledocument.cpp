#include "printabledocument.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace ssc {
namespace {

void setUpPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
}

} // namespace

QByteArray PrintableDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ssc-terminal"));
    writer.setResolution(300);
    setUpPage(writer);
    text->print(&writer);
    return bytes;
}

void PrintableDocument::paint(QPagedPaintDevice& device) const
{
    setUpPage(device);
    // Printers are painted from a worker thread: a copy without a parent belongs to that thread, where
    // print() would otherwise make its own working copy a child of the original in the GUI thread.
    const std::unique_ptr<QTextDocument> copy(text->clone());
    copy->print(&device);
}

void useDocumentFont(QTextDocument& document, int pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSize(pointSize);
    document.setDefaultFont(font);
}

} // namespace ssc
