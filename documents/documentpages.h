#pragma once

#include "printabledocument.h"

#include <QImage>
#include <QRectF>

#include <memory>

class QPainter;
class QTextDocument;

namespace ssc {

// A PrintableDocument laid out on A4 pages, as an official paper is: the text flowing from page to page, the
// closing block at the foot of the last page (on a page of its own only when the text leaves no room for
// it), and on every page a rule, the footer and "page x of y". Everything is laid out in CSS pixels at 96 dpi
// (an A4 page is 794 x 1123) whatever the screen's resolution, and scaled to the device when painted, so the
// PDF and the printed page are the same on every terminal.
class DocumentPages {
public:
    explicit DocumentPages(const PrintableDocument& document);
    ~DocumentPages();

    int pageCount() const { return m_pageCount; }
    double pointSize() const { return m_pointSize; }
    void paint(QPagedPaintDevice& device) const;

private:
    // Lays the text out at `pointSize` and returns how many pages it and the closing block take.
    int layOut(double pointSize);
    void paintPage(QPainter& painter, int index) const;

    const PrintableDocument& m_document;
    mutable QImage m_dpiReference; // a 96-dpi device the layout measures fonts on
    std::unique_ptr<QTextDocument> m_text;
    std::unique_ptr<QTextDocument> m_closing;
    QRectF m_body; // where the text goes on every page
    int m_pageCount = 1;
    double m_pointSize = 0;
    double m_textEnd = 0; // where the text ends on its last page
};

} // namespace ssc
