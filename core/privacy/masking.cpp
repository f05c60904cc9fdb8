#include "masking.h"

#include <QRegularExpression>

namespace ssc {
namespace {

constexpr QChar star = u'*';

// Keeps `head` leading and `tail` trailing characters and stars the rest. Short values, where that would
// show most of the value, are starred except for their last character.
QString keepEnds(QStringView value, qsizetype head, qsizetype tail)
{
    const qsizetype n = value.size();
    if (n == 0)
        return {};
    if (n <= head + tail + 1) {
        if (n == 1)
            return QString(star);
        return QString(n - 1, star) + value.back();
    }
    return value.first(head).toString() + QString(n - head - tail, star) + value.last(tail).toString();
}

bool isLatinName(QStringView name)
{
    return std::ranges::all_of(name, [](QChar c) { return c.unicode() < 0x250 || c.isSpace(); });
}

QString maskLatinName(QStringView name)
{
    QStringList words;
    for (QStringView word : name.split(u' ', Qt::SkipEmptyParts))
        words << word.first(1).toString() + QString(word.size() - 1, star);
    return words.join(u' ');
}

QString maskChineseName(QStringView name)
{
    // 名字 with a middle dot (少数民族 / transliterated names) mask each part the same way.
    if (name.contains(u'·')) {
        QStringList parts;
        for (QStringView part : name.split(u'·'))
            parts << maskChineseName(part);
        return parts.join(u'·');
    }
    const qsizetype n = name.size();
    if (n <= 1)
        return QString(n, star);
    if (n == 2)
        return name.first(1).toString() + star;
    return name.first(1).toString() + QString(n - 2, star) + name.back();
}

QString maskPhone(QStringView phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit() || c == star) // a number masked already stays as it is
            digits += c;
    if (digits.size() == 11 && digits.startsWith(u'1'))
        return keepEnds(digits, 3, 4);
    return keepEnds(digits, 0, 4);
}

} // namespace

QString mask(QStringView value, MaskKind kind)
{
    const QStringView v = value.trimmed();
    switch (kind) {
    case MaskKind::Name:
        return isLatinName(v) ? maskLatinName(v) : maskChineseName(v);
    case MaskKind::IdNumber:
        return keepEnds(v, 2, 2);
    case MaskKind::CardNumber:
        return keepEnds(v, 1, 2);
    case MaskKind::BankAccount:
        return keepEnds(v.toString().remove(u' '), 4, 4);
    case MaskKind::Phone:
        return maskPhone(v);
    }
    return QString(v.size(), star);
}

QString maskNumbersInText(QStringView text)
{
    // Six or more digits of any script (optionally a trailing X, or a three-letter prefix as in old
    // foreigners' IDs), wherever they stand: "id:A12345678" and "x440306199003071232" are masked too.
    static const QRegularExpression number(QStringLiteral("([A-Za-z]{3})?\\d{6,}[Xx]?"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.sliced(last, match.capturedStart() - last);
        out += keepEnds(match.capturedView(), 2, 2);
        last = match.capturedEnd();
    }
    out += text.sliced(last);
    return out;
}

} // namespace ssc
