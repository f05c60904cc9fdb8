#include "servicetile.h"

#include "moduleapi/designsystem.h"

#include <QFontMetrics>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>

namespace ssc {
namespace {

// The style sheet's padding (20 px) and border (up to 2 px): where the tile's drawing begins.
constexpr int inset = 22;
constexpr int iconGap = 8;

// Unicode line breaking (between Chinese characters, at spaces in English) for the width the tile has.
QStringList breakLines(const QString& plainText, const QFont& font, int width)
{
    const QString text = design::hyphenatedWordsWhole(plainText); // "e-card" never "e-" | "card"
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).remove(QChar(0x2060)).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

ServiceTile::ServiceTile(const QString& title, const QString& summary, QWidget* parent)
    : QToolButton(parent), m_title(title), m_summary(summary)
{
    setObjectName(QStringLiteral("serviceTile"));
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setProperty("tileTitle", title);
    setProperty("tileSummary", summary);
    setText(title + u'\n' + summary);
}

QFont ServiceTile::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void ServiceTile::wrapTo(int textWidth)
{
    ensurePolished(); // the theme's font, so the lines are measured as they will be drawn
    m_titleLines = breakLines(m_title, titleFont(), textWidth);
    m_summaryLines = breakLines(m_summary, font(), textWidth);
    const QString text = (m_titleLines + m_summaryLines).join(u'\n');
    if (this->text() != text)
        setText(text); // the size hint counts these lines
}

int ServiceTile::widestWord() const
{
    const_cast<ServiceTile*>(this)->ensurePolished();
    int widest = 0;
    const auto measure = [&widest](const QString& plainText, const QFont& font) {
        const QFontMetrics metrics(font);
        // The parts a line may not be broken inside, as breakLines breaks (Unicode's line breaking rules): an
        // English word, a hyphenated one whole, a single Chinese character. Split at spaces only, a Chinese
        // summary counted as one "word" and the home screen fell to two columns in Chinese, three in English.
        const QString text = design::hyphenatedWordsWhole(plainText);
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
        qsizetype start = 0;
        for (qsizetype end = breaks.toNextBoundary(); end > 0; end = breaks.toNextBoundary()) {
            widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
            start = end;
        }
    };
    // A Chinese title is a name read at a glance: broken, it left one character alone on a line
    // ("社保权益记录 / 单", elder type on a portrait kiosk), so it counts whole; an English title breaks
    // between its words.
    if (m_title.contains(u' '))
        measure(m_title, titleFont());
    else
        widest = std::max(widest, QFontMetrics(titleFont()).horizontalAdvance(m_title));
    measure(m_summary, font());
    return widest;
}

QColor ServiceTile::summaryColor() const
{
    return m_summaryColor.isValid() ? m_summaryColor : palette().color(QPalette::ButtonText);
}

void ServiceTile::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionToolButton panel;
    initStyleOption(&panel);
    panel.text.clear(); // the theme draws the tile's face (fill, edge, pressed); the words are drawn below
    panel.icon = QIcon();
    painter.drawComplexControl(QStyle::CC_ToolButton, panel);

    const QFont bold = titleFont();
    const int titleLine = QFontMetrics(bold).lineSpacing();
    const int summaryLine = fontMetrics().lineSpacing();
    const QSize icon = iconSize();
    const QRect room = rect().adjusted(inset, inset, -inset, -inset);
    int y = room.top(); // from the top: the icons of a row line up whatever the words' length
    this->icon().paint(&painter,
                       QRect(room.left() + (room.width() - icon.width()) / 2, y, icon.width(), icon.height()),
                       Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
    y += icon.height() + iconGap;
    painter.setPen(palette().color(QPalette::ButtonText));
    painter.setFont(bold);
    for (const QString& line : m_titleLines) {
        painter.drawText(QRect(room.left(), y, room.width(), titleLine), Qt::AlignHCenter | Qt::AlignTop,
                         line);
        y += titleLine;
    }
    painter.setFont(font());
    painter.setPen(summaryColor());
    for (const QString& line : m_summaryLines) {
        painter.drawText(QRect(room.left(), y, room.width(), summaryLine), Qt::AlignHCenter | Qt::AlignTop,
                         line);
        y += summaryLine;
    }
}

} // namespace ssc
