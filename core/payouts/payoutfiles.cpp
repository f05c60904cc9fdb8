#include "payoutfiles.h"

#include "payoutreasons.h"

#include <QRegularExpression>
#include <QSet>

namespace ssc::payouts {
namespace {

// A whole number of fen, positive, at most 15 digits (a trillion yuan): never signs, spaces or decimals.
std::optional<qint64> fenField(const QString& field)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,14}$"));
    if (!digits.match(field).hasMatch())
        return std::nullopt;
    return field.toLongLong();
}

// A name as one field: never a separator or a line break, which would shift every field after it.
QString fieldText(QString text)
{
    return text.remove(u'|').remove(u'\r').remove(u'\n');
}

QString at(int line, const QString& problem)
{
    return QStringLiteral("line %1: %2").arg(line).arg(problem);
}

// One line of the return file after the header; problems are appended to `problems`.
std::optional<ReturnLine> returnLine(const QStringList& fields, int number, QStringList& problems)
{
    const qsizetype before = problems.size();
    if (fields.size() != 3 && fields.size() != 4) {
        problems.append(at(number, QStringLiteral("expected REFERENCE|AMOUNT-FEN|PAID or "
                                                  "REFERENCE|AMOUNT-FEN|RETURNED|REASON-CODE")));
        return std::nullopt;
    }
    ReturnLine line;
    line.lineNumber = number;
    line.reference = fields[0];
    if (!validToken(line.reference))
        problems.append(at(number, QStringLiteral("the reference is letters, digits and '-'")));
    const auto fen = fenField(fields[1]);
    if (!fen)
        problems.append(at(number, QStringLiteral("the amount is whole fen, digits only, more than 0")));
    line.amountFen = fen.value_or(0);
    line.paid = fields[2] == u"PAID";
    if (line.paid && fields.size() != 3)
        problems.append(at(number, QStringLiteral("a paid line has no reason code")));
    else if (fields[2] == u"RETURNED") {
        line.reasonCode = fields.value(3);
        if (!knownReturnReason(line.reasonCode))
            problems.append(at(
                number, QStringLiteral("unknown reason code '%1' (known: %2)")
                            .arg(line.reasonCode.left(10), returnReasonCodes().join(QStringLiteral(", ")))));
    } else if (!line.paid)
        problems.append(at(number, QStringLiteral("the result is PAID or RETURNED")));
    if (problems.size() != before)
        return std::nullopt;
    return line;
}

} // namespace

bool validToken(const QString& token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{1,40}$"));
    return shape.match(token).hasMatch();
}

QByteArray bankFile(const QString& batch, const QString& valueDate, const QList<BankLine>& lines)
{
    qint64 total = 0;
    QByteArray body;
    int seq = 0;
    for (const BankLine& line : lines) {
        total += line.amountFen;
        body += QStringLiteral("%1|%2|%3|%4|%5\n")
                    .arg(++seq)
                    .arg(line.reference, line.account, fieldText(line.name))
                    .arg(line.amountFen)
                    .toUtf8();
    }
    return QStringLiteral("SSCPAY|1|%1|%2|%3|%4\n")
               .arg(batch, valueDate)
               .arg(lines.size())
               .arg(total)
               .toUtf8() +
           body;
}

std::variant<ReturnFile, QStringList> parseReturnFile(const QByteArray& bytes)
{
    QStringList problems;
    if (bytes.isEmpty())
        return QStringList{QStringLiteral("the file is empty")};
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) || text.contains(QChar(0)))
        return QStringList{QStringLiteral("the file is not UTF-8 text")};
    QStringList rows = text.split(u'\n');
    if (rows.last().isEmpty())
        rows.removeLast(); // the newline ending the last line
    ReturnFile file;
    int declared = -1;
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const int number = i + 1;
        QString row = rows[i];
        if (row.endsWith(u'\r'))
            row.chop(1);
        const QStringList fields = row.split(u'|');
        if (i == 0) {
            bool ok = false;
            declared = fields.value(3).toInt(&ok);
            if (fields.size() != 4 || fields[0] != u"SSCRET" || fields[1] != u"1" || !validToken(fields[2]) ||
                !ok || declared < 0 || fields[3] != QString::number(declared)) {
                problems.append(at(number, QStringLiteral("expected the header SSCRET|1|BATCH|COUNT")));
                declared = -1;
            }
            file.batch = fields.value(2);
            continue;
        }
        if (row.isEmpty()) {
            problems.append(at(number, QStringLiteral("empty line")));
            continue;
        }
        if (auto line = returnLine(fields, number, problems)) {
            if (seen.contains(line->reference))
                problems.append(
                    at(number, QStringLiteral("reference %1 appears twice").arg(line->reference)));
            seen.insert(line->reference);
            file.lines.append(*line);
        }
    }
    if (problems.isEmpty() && declared != rows.size() - 1)
        problems.append(at(1, QStringLiteral("the header counts %1 lines, the file has %2")
                                  .arg(declared)
                                  .arg(rows.size() - 1)));
    if (!problems.isEmpty())
        return problems;
    return file;
}

} // namespace ssc::payouts
