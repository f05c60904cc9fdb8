#include "documentpages.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

namespace ssc {
namespace {

constexpr QSizeF a4{793.7, 1122.5}; // 210 x 297 mm at 96 dpi
constexpr double margin = 57;       // 15 mm
constexpr double footerHeight = 40; // the rule and one line of footer
constexpr double closingGap = 16;   // at least this between the text and the closing block
constexpr double smallestPointSize = 7.5;

std::unique_ptr<QTextDocument> copyOn(const QTextDocument& source, QPaintDevice* device)
{
    std::unique_ptr<QTextDocument> copy(source.clone());
    copy->documentLayout()->setPaintDevice(device);
    return copy;
}

void setPointSize(QTextDocument& document, double pointSize)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
}

} // namespace

DocumentPages::DocumentPages(const PrintableDocument& document)
    : m_document(document), m_dpiReference(1, 1, QImage::Format_RGB32),
      m_body(margin, margin, a4.width() - 2 * margin, a4.height() - 2 * margin - footerHeight)
{
    m_dpiReference.setDotsPerMeterX(3780); // 96 dpi
    m_dpiReference.setDotsPerMeterY(3780);
    m_text = copyOn(*document.text, &m_dpiReference);
    if (document.closing) {
        m_closing = copyOn(*document.closing, &m_dpiReference);
        m_closing->setTextWidth(m_body.width());
    }
    const double built = m_text->defaultFont().pointSizeF();
    m_pointSize = built;
    if (document.largestPointSize > built) {
        // The least pages the text can take, then the largest type that keeps to them.
        const double smallest = std::min(built, std::max(smallestPointSize, built - 1.5));
        const int least = layOut(smallest);
        m_pointSize = smallest;
        for (double size = document.largestPointSize; size > smallest; size -= 0.5)
            if (layOut(size) == least) {
                m_pointSize = size;
                break;
            }
    }
    m_pageCount = layOut(m_pointSize);
}

DocumentPages::~DocumentPages() = default;

int DocumentPages::layOut(double pointSize)
{
    setPointSize(*m_text, pointSize);
    m_text->setPageSize(m_body.size());
    const int pages = m_text->pageCount();
    const QRectF last = m_text->documentLayout()->blockBoundingRect(m_text->lastBlock());
    m_textEnd = last.bottom() - (pages - 1) * m_body.height();
    if (!m_closing)
        return pages;
    const bool closingFits = m_textEnd + closingGap + m_closing->size().height() <= m_body.height();
    return closingFits ? pages : pages + 1;
}

void DocumentPages::paint(QPagedPaintDevice& device) const
{
    QPainter painter(&device);
    painter.scale(device.logicalDpiX() / 96.0, device.logicalDpiY() / 96.0);
    for (int i = 0; i < m_pageCount; ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, i);
    }
}

void DocumentPages::paintPage(QPainter& painter, int index) const
{
    const double width = m_body.width();
    const double height = m_body.height();
    painter.save();
    painter.translate(m_body.topLeft());
    if (index < m_text->pageCount()) {
        painter.save();
        painter.setClipRect(QRectF(0, 0, width, height));
        painter.translate(0, -index * height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * height, width, height);
        context.palette.setColor(QPalette::Text, Qt::black);
        m_text->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (m_closing && index == m_pageCount - 1) {
        painter.save();
        painter.translate(0, height - m_closing->size().height());
        m_closing->drawContents(&painter);
        painter.restore();
    }
    // The foot of every page: a rule, the footer, "page x of y".
    painter.setPen(QPen(QColor(0x7a, 0x86, 0x96), 0.75));
    painter.drawLine(QPointF(0, height + 8), QPointF(width, height + 8));
    QTextDocument foot;
    foot.documentLayout()->setPaintDevice(&m_dpiReference);
    QFont font = m_text->defaultFont();
    font.setPointSizeF(7.5);
    foot.setDefaultFont(font);
    foot.setHtml(
        QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
            .arg(m_document.footer.toHtmlEscaped(),
                 m_document.pageOf.arg(index + 1).arg(m_pageCount).toHtmlEscaped()));
    foot.setTextWidth(width);
    painter.translate(0, height + 10);
    foot.drawContents(&painter);
    painter.restore();
}

} // namespace ssc
