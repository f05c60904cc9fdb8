#include "yearmonth.h"

#include <QRegularExpression>

namespace ssc {

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const YearMonth value{match.captured(1).toInt(), match.captured(2).toInt()};
    if (value.month < 1 || value.month > 12 || value.year < 1900 || value.year > 2200)
        return std::nullopt;
    return value;
}

} // namespace ssc
