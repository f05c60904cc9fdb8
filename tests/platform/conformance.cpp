#include "conformance.h"

#include "moduleapi/designsystem.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>

#include <map>

namespace conformance {
namespace {

// The words a widget shows, whatever kind of widget it is.
QString shownText(const QWidget* w)
{
    if (const auto* label = qobject_cast<const QLabel*>(w)) {
        if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()))
            return label->text();
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        return button->text();
    if (const auto* edit = qobject_cast<const QLineEdit*>(w))
        return edit->echoMode() == QLineEdit::Normal ? edit->text() : QString();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(w))
        return text->toPlainText();
    return {};
}

bool insideScrollArea(const QWidget* w, const QWidget* root)
{
    for (const QWidget* up = w->parentWidget(); up && up != root; up = up->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(up))
            return true;
    return false;
}

// How far `w` reaches past the sides of the page that scrolls it up and down only (a ScrollPage): what is
// there cannot be scrolled to. 0 when it fits, or when nothing scrolls it, or its area scrolls sideways too.
int cutSideways(const QWidget* w, const QWidget* root)
{
    for (const QWidget* up = w->parentWidget(); up && up != root; up = up->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(up);
        if (!area)
            continue;
        if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            return 0;
        const QWidget* viewport = area->viewport();
        const QRect inViewport(w->mapTo(viewport, QPoint(0, 0)), w->size());
        return std::max({0, -inViewport.left(), inViewport.right() - (viewport->width() - 1)});
    }
    return 0;
}

bool isTextField(const QWidget* w)
{
    return qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w);
}

// Something a finger presses.
bool isTarget(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w))
        return false; // scroll bars are checked as "thin desktop bars" through the nested-scroll rule
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w);
}

// The colour most of the widget's own pixels have: what its text is read against.
QColor dominantColour(const QImage& image)
{
    std::map<QRgb, int> counts;
    const int step = std::max(1, std::min(image.width(), image.height()) / 40);
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0xffffffff;
    int most = -1;
    for (const auto& [rgb, n] : counts)
        if (n > most) {
            most = n;
            best = rgb;
        }
    return QColor::fromRgb(best);
}

// Of the colours that cover a fair number of pixels (a glyph's solid core, not its anti-aliased edge), the
// one that stands out most from `behind`.
QColor mostDistinctColour(const QImage& image, const QColor& behind)
{
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    const int enough = std::max(8, image.width() * image.height() / 2000);
    QColor best = behind;
    double most = 1.0;
    for (const auto& [rgb, n] : counts) {
        const double ratio = ssc::design::contrastRatio(QColor::fromRgb(rgb), behind);
        if (n >= enough && ratio > most) {
            most = ratio;
            best = QColor::fromRgb(rgb);
        }
    }
    return best;
}

// Whether a wrapping label's plain text has a run it cannot break that is wider than the label: wrapping
// gives it more lines, not more width, so its end is cut (a masked ID number in a narrow column).
bool unbreakableRunTooWide(const QLabel* label)
{
    const int width = label->contentsRect().width();
    if (Qt::mightBeRichText(label->text()) || width <= 0)
        return false;
    for (const QString& paragraph : label->text().split(u'\n')) {
        QTextLayout layout(paragraph, label->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap); // as QLabel wraps: at word boundaries only
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (line.naturalTextWidth() > width + 1) {
                layout.endLayout();
                return true;
            }
        }
        layout.endLayout();
    }
    return false;
}

// Whether the words do not fit the room the widget has: cut off, elided, half hidden.
bool clipped(const QWidget* w, const QString& text)
{
    if (text.isEmpty() || w->width() <= 0)
        return false;
    if (const auto* label = qobject_cast<const QLabel*>(w)) {
        const QRect room = label->contentsRect();
        if (label->wordWrap() || Qt::mightBeRichText(label->text())) {
            const int needed = label->heightForWidth(label->width());
            return needed > label->height() + 1 || (label->wordWrap() && unbreakableRunTooWide(label)) ||
                   (!label->wordWrap() && label->minimumSizeHint().width() > label->width() + 1);
        }
        const QFontMetrics metrics(label->font());
        int widest = 0;
        for (const QString& line : text.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        const int height = metrics.lineSpacing() * int(text.count(u'\n') + 1);
        return widest > room.width() + 1 || height > room.height() + 2;
    }
    if (const auto* button = qobject_cast<const QPushButton*>(w)) {
        // The room the style leaves for the words inside the button's border and padding.
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        const QRect room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        const QFontMetrics metrics(button->font());
        int widest = 0;
        for (const QString& line : text.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest > room.width() + 1 || metrics.height() > button->height();
    }
    if (const auto* tool = qobject_cast<const QToolButton*>(w)) {
        // A tile: the icon above the lines, inside the style's padding.
        QStyleOptionButton option;
        option.initFrom(tool);
        const QRect room = tool->style()->subElementRect(QStyle::SE_PushButtonContents, &option, tool);
        const QFontMetrics metrics(tool->font());
        const QStringList lines = text.split(u'\n');
        int widest = 0;
        for (const QString& line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        const int icon =
            tool->toolButtonStyle() == Qt::ToolButtonTextUnderIcon ? tool->iconSize().height() : 0;
        return widest > room.width() + 1 ||
               icon + metrics.lineSpacing() * int(lines.size()) > room.height() + 2;
    }
    return false;
}

// A whole ID number (18 characters), bank account (16-19 digits) or social security card number (a letter and
// eight digits): masked ones show stars in the middle, so they never match; receipt numbers (R20261129-…) do
// not.
bool unmaskedNumber(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"));
    static const QRegularExpression bank(QStringLiteral("(?<![0-9A-Za-z])[0-9]{16,19}(?![0-9A-Za-z])"));
    static const QRegularExpression card(QStringLiteral("(?<![0-9A-Za-z])[A-Z][0-9]{8}(?![0-9A-Za-z-])"));
    return id.match(text).hasMatch() || bank.match(text).hasMatch() || card.match(text).hasMatch();
}

void add(QList<Violation>& out, const QString& screen, const QWidget* w, const QString& rule,
         const QString& detail)
{
    out.append({screen, describe(w), rule, detail});
}

} // namespace

QString Violation::toString() const
{
    return QStringLiteral("%1: %2 breaks \"%3\": %4").arg(screen, widget, rule, detail);
}

QString describe(const QWidget* widget)
{
    QString text = shownText(widget).simplified();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return QStringLiteral("%1#%2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

QList<Violation> check(QWidget* root, const QString& screen, const Rules& rules)
{
    QList<Violation> out;
    const QWidget* window = root->window();
    const QRect screenRect = rules.screen.isValid() ? rules.screen : QRect(QPoint(0, 0), window->size());
    if (window->width() > screenRect.width() || window->height() > screenRect.height())
        add(out, screen, window, QStringLiteral("off-screen"),
            QStringLiteral("the window is %1x%2 on a %3x%4 screen")
                .arg(window->width())
                .arg(window->height())
                .arg(screenRect.width())
                .arg(screenRect.height()));
    bool titled = false;
    bool wayHome = false;
    QList<QPair<QWidget*, QRect>> drawn; // what a citizen reads or presses, where it is in the window
    const QImage picture = root->grab().toImage();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (w->width() <= 1 || w->height() <= 1) { // shown, but squeezed to nothing by the layout around it
            if (!shownText(w).trimmed().isEmpty())
                add(out, screen, w, QStringLiteral("clipped"),
                    QStringLiteral("squeezed to %1x%2").arg(w->width()).arg(w->height()));
            continue;
        }
        const QString name = w->objectName();
        const QString text = shownText(w);
        if (name == u"pageTitle" || name == u"promptTitle")
            titled = titled || !text.isEmpty();
        if ((name == u"backButton" || name == u"homeButton" || name == u"logoutButton" ||
             name == u"dismissButton" || w->property("wayHome").toBool()) &&
            w->isEnabled())
            wayHome = true;
        const QRect inRoot(w->mapTo(root, QPoint(0, 0)), w->size());
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());

        // Half hidden: sticking out of the container it is drawn in (scrolling content excepted).
        for (QWidget* up = w->parentWidget(); up && up != root->parentWidget(); up = up->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea*>(up->parentWidget()))
                break; // a scroll area's viewport shows part of its content on purpose
            const QRect inUp(w->mapTo(up, QPoint(0, 0)), w->size());
            if (!QRect(QPoint(0, 0), up->size()).adjusted(-1, -1, 1, 1).contains(inUp)) {
                if (!shownText(w).trimmed().isEmpty() || isTarget(w))
                    add(out, screen, w, QStringLiteral("clipped"),
                        QStringLiteral("sticks out of %1 (%2x%3)")
                            .arg(describe(up))
                            .arg(up->width())
                            .arg(up->height()));
                break;
            }
        }
        if (!shownText(w).trimmed().isEmpty() || isTarget(w)) {
            // Only the part a scroll area shows counts; the rest is out of sight, not under something.
            QRect seen = inWindow;
            for (QWidget* up = w->parentWidget(); up && up != window; up = up->parentWidget())
                if (qobject_cast<QAbstractScrollArea*>(up->parentWidget()))
                    seen &= QRect(up->mapTo(window, QPoint(0, 0)), up->size());
            if (!seen.isEmpty())
                drawn.append({w, seen});
        }

        // Nothing off-screen (what scrolls is judged by its scroll area) and no scroll area in another.
        if (!insideScrollArea(w, root) && !screenRect.contains(inWindow))
            add(out, screen, w, QStringLiteral("off-screen"),
                QStringLiteral("at %1,%2 %3x%4, outside the %5x%6 screen")
                    .arg(inWindow.x())
                    .arg(inWindow.y())
                    .arg(inWindow.width())
                    .arg(inWindow.height())
                    .arg(screenRect.width())
                    .arg(screenRect.height()));
        // Nothing cut at the side of a page that scrolls only up and down (a long English choice on a
        // portrait screen once widened the page past the screen's edge).
        if ((isTarget(w) || qobject_cast<const QLabel*>(w)) && cutSideways(w, root) > 1)
            add(out, screen, w, QStringLiteral("cut-sideways"),
                QStringLiteral("%1 px beyond the side of its page").arg(cutSideways(w, root)));
        // A receipt number is read aloud and copied whole: broken over two lines, a reader loses the end.
        if (name == u"receiptNumber" && w->height() >= w->fontMetrics().lineSpacing() * 3 / 2)
            add(out, screen, w, QStringLiteral("number-broken"),
                QStringLiteral("'%1' takes %2 px, lines are %3 px")
                    .arg(text)
                    .arg(w->height())
                    .arg(w->fontMetrics().lineSpacing()));
        // A table's own header is drawn as a scroll area in Qt, but scrolls with its table, never on its own.
        if (qobject_cast<QAbstractScrollArea*>(w) && !qobject_cast<QHeaderView*>(w) && !isTextField(w) &&
            insideScrollArea(w, root))
            add(out, screen, w, QStringLiteral("nested-scroll"),
                QStringLiteral("a scroll area inside another"));

        // Touch targets.
        if (isTarget(w) && w->isEnabled() &&
            (w->width() < rules.minTargetPx || w->height() < rules.minTargetPx))
            add(out, screen, w, QStringLiteral("target"),
                QStringLiteral("%1x%2, less than %3x%3")
                    .arg(w->width())
                    .arg(w->height())
                    .arg(rules.minTargetPx));

        if (text.trimmed().isEmpty())
            continue;
        // Type size.
        const int px = QFontInfo(w->font()).pixelSize();
        if (px < rules.minFontPx)
            add(out, screen, w, QStringLiteral("font"),
                QStringLiteral("%1 px, less than %2 px").arg(px).arg(rules.minFontPx));
        // Contrast of the text's colour against the colour most of the widget is drawn in.
        if (w->isEnabled() && !qobject_cast<QLineEdit*>(w)) {
            const QPalette::ColorRole role =
                qobject_cast<QAbstractButton*>(w) ? QPalette::ButtonText : QPalette::WindowText;
            // Only what the picture shows of it: a widget scrolled mostly out of its scroll area's room is
            // not drawn there (its pixels are the page's), and is judged in the pictures where it is in view.
            QRect seen = inRoot;
            for (QWidget* up = w->parentWidget(); up && up != root; up = up->parentWidget())
                if (qobject_cast<QAbstractScrollArea*>(up->parentWidget()))
                    seen = seen.intersected(QRect(up->mapTo(root, QPoint(0, 0)), up->size()));
            const bool mostlyInView =
                2 * qint64(seen.width()) * seen.height() >= qint64(inRoot.width()) * inRoot.height();
            const QRect area = seen.intersected(picture.rect());
            if (mostlyInView && !area.isEmpty()) {
                const QImage pixels = picture.copy(area);
                const QColor behind = dominantColour(pixels);
                // A chosen (checked) button is drawn in its :checked colours, which the palette does not
                // know: its words are then the drawn colour that stands out most from the fill.
                const auto* button = qobject_cast<QAbstractButton*>(w);
                const QColor ink = button && button->isChecked() ? mostDistinctColour(pixels, behind)
                                                                 : w->palette().color(role);
                const double ratio = ssc::design::contrastRatio(ink, behind);
                if (ratio < rules.minContrast)
                    add(out, screen, w, QStringLiteral("contrast"),
                        QStringLiteral("%1 on %2 is %3:1, less than %4:1")
                            .arg(ink.name(), behind.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(rules.minContrast));
            }
        }
        if (clipped(w, text))
            add(out, screen, w, QStringLiteral("clipped"),
                QStringLiteral("the text needs more room than its %1x%2").arg(w->width()).arg(w->height()));
        // Person data masked unless revealed on purpose.
        if (unmaskedNumber(text))
            add(out, screen, w, QStringLiteral("unmasked"), QStringLiteral("a full ID, card or bank number"));
    }
    // Drawn over one another: words or buttons that a squeezed layout piled up.
    for (qsizetype i = 0; i < drawn.size(); ++i)
        for (qsizetype j = i + 1; j < drawn.size(); ++j) {
            const auto& [a, ra] = drawn[i];
            const auto& [b, rb] = drawn[j];
            if (a->isAncestorOf(b) || b->isAncestorOf(a))
                continue;
            const QRect both = ra.intersected(rb);
            if (both.width() > 2 && both.height() > 2) {
                add(out, screen, b, QStringLiteral("overlap"),
                    QStringLiteral("drawn over %1 (%2x%3 px shared)")
                        .arg(describe(a))
                        .arg(both.width())
                        .arg(both.height()));
            }
        }
    if (rules.needsTitleAndHome && !titled)
        add(out, screen, root, QStringLiteral("title"),
            QStringLiteral("no page title says what this screen is"));
    if (rules.needsTitleAndHome && !wayHome)
        add(out, screen, root, QStringLiteral("home"), QStringLiteral("no Back, Home or log-out button"));
    return out;
}

} // namespace conformance
