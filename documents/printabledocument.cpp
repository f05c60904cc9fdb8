#include "printabledocument.h"

#include "documentpages.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>

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
    DocumentPages pages(*this);
    pages.paint(device);
}

namespace {

std::shared_ptr<QTextDocument> cloneWithoutThread(const std::shared_ptr<QTextDocument>& source)
{
    if (!source)
        return {};
    std::shared_ptr<QTextDocument> copy(source->clone());
    copy->moveToThread(nullptr); // pushed out of this thread; the worker pulls it in (adopt())
    return copy;
}

void pullIntoThisThread(const std::shared_ptr<QTextDocument>& text)
{
    // Qt lets a thread pull in an object that belongs to no thread, and only such an object.
    if (text && text->thread() == nullptr)
        text->moveToThread(QThread::currentThread());
}

} // namespace

PrintableDocument PrintableDocument::forThread() const
{
    PrintableDocument copy = *this;
    copy.text = cloneWithoutThread(text);
    copy.closing = cloneWithoutThread(closing);
    return copy;
}

void PrintableDocument::adopt() const
{
    pullIntoThisThread(text);
    pullIntoThisThread(closing);
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
