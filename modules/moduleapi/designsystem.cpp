#include "designsystem.h"

#include <QCoreApplication>

#include <cmath>

namespace ssc::design {
namespace {

class DesignText {
    Q_DECLARE_TR_FUNCTIONS(DesignSystem)
public:
    static QString word(Tone tone)
    {
        switch (tone) {
        case Tone::Info:
            return tr("Note");
        case Tone::Success:
            return tr("Done");
        case Tone::Warning:
            return tr("Take care");
        case Tone::Error:
            return tr("Did not work");
        }
        return {};
    }
};

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QString toneKey(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Success:
        return QStringLiteral("success");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString toneIcon(Tone tone)
{
    return QStringLiteral(":/icons/status-%1.svg").arg(toneKey(tone));
}

QString toneWord(Tone tone)
{
    return DesignText::word(tone);
}

QColor toneInk(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return {0x0b, 0x4a, 0x8b};
    case Tone::Success:
        return {0x15, 0x5a, 0x2b};
    case Tone::Warning:
        return {0x73, 0x3a, 0x00};
    case Tone::Error:
        return {0x8c, 0x1d, 0x17};
    }
    return ink;
}

QColor toneBackground(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return {0xe8, 0xf0, 0xfa};
    case Tone::Success:
        return {0xe3, 0xf4, 0xe8};
    case Tone::Warning:
        return {0xff, 0xf4, 0xe5};
    case Tone::Error:
        return {0xfd, 0xec, 0xea};
    }
    return surface;
}

QString toneStyleSheet()
{
    QString sheet;
    for (Tone tone : {Tone::Info, Tone::Success, Tone::Warning, Tone::Error}) {
        const QString key = toneKey(tone);
        const QString inkName = toneInk(tone).name();
        sheet += QStringLiteral("#noticeBanner[tone=\"%1\"] { background: %2; border: 2px solid %3; "
                                "border-radius: 16px; }\n"
                                "#noticeBanner[tone=\"%1\"] QLabel { color: %3; }\n"
                                "#resultPage[tone=\"%1\"] #resultHeadline { color: %3; }\n"
                                "QLabel[tone=\"%1\"] { color: %3; }\n"
                                "#statusRow[tone=\"%1\"] { border-left: 6px solid %3; }\n")
                     .arg(key, toneBackground(tone).name(), inkName);
    }
    sheet += QStringLiteral("#noticeHeadline { font-weight: bold; }\n");
    // Status words and advice everywhere: a good status, a warning, what to do, what is wrong in a field.
    sheet += QStringLiteral("#statusGood { background: %1; color: %2; }\n"
                            "#statusBad { background: %3; color: %4; }\n"
                            "#advice { color: %4; }\n"
                            // A field's problem: the error's words on its tint with a bar at the left,
                            // so it reads as a problem, not as more of the question, without its colour.
                            "QLabel#fieldProblem { color: %5; background: %6; border-left: 6px solid %5; "
                            "padding: 6px 12px; }\n")
                 .arg(toneBackground(Tone::Success).name(), toneInk(Tone::Success).name(),
                      toneBackground(Tone::Warning).name(), toneInk(Tone::Warning).name(),
                      toneInk(Tone::Error).name(), toneBackground(Tone::Error).name());
    return sheet;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString unbroken(const QString& text)
{
    QString joined;
    joined.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && !text.at(i).isLowSurrogate())
            joined += QChar(0x2060); // word joiner: no break here
        joined += text.at(i) == u' ' ? QChar(0x00A0) : text.at(i);
    }
    return joined;
}

QString hyphenatedWordsWhole(const QString& text)
{
    QString joined;
    joined.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        joined += text.at(i);
        if (text.at(i) == u'-' && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetter() &&
            text.at(i + 1).isLetter())
            joined += QChar(0x2060);
    }
    return joined;
}

QString groupForReading(const QString& receiptNumber)
{
    QString compact;
    for (const QChar c : receiptNumber)
        if (c.isLetterOrNumber())
            compact += c.toUpper();
    QString grouped;
    // The leading letter stays with the year (R2026), as the number is read aloud.
    const qsizetype head = compact.size() > 0 && compact.at(0).isLetter() ? 5 : 4;
    grouped = compact.left(head);
    for (qsizetype i = head; i < compact.size(); i += 4)
        grouped += u' ' + compact.mid(i, 4);
    return grouped;
}

QString groupInFours(const QString& number)
{
    QStringList groups;
    for (qsizetype i = 0; i < number.size(); i += 4)
        groups << number.mid(i, 4);
    return unbroken(groups.join(u' '));
}

QString numberedSteps(const QStringList& steps, int current)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i).toHtmlEscaped());
        lines << (i == current ? QStringLiteral("<b>▶ %1</b>").arg(line)
                               : QStringLiteral("&nbsp;&nbsp;&nbsp;") + line);
    }
    return lines.join(QStringLiteral("<br><br>"));
}

} // namespace ssc::design
