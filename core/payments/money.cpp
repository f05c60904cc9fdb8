#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace ssc::payments {

QString yuanText(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString groupedYuanText(qint64 fen)
{
    QString text = yuanText(fen);
    const qsizetype point = text.indexOf(u'.');
    const qsizetype firstDigit = text.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = point - 3; i > firstDigit; i -= 3)
        text.insert(i, u',');
    return text;
}

QString moneyText(qint64 fen)
{
    return QCoreApplication::translate("Money", "¥%1").arg(groupedYuanText(fen));
}

std::optional<qint64> fenFromYuanText(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + cents.toLongLong();
}

} // namespace ssc::payments
