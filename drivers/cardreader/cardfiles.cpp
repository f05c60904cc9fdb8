#include "cardfiles.h"

#include <QStringDecoder>

namespace ssc {
namespace {

int bcdByte(quint8 b)
{
    const int high = b >> 4;
    const int low = b & 0x0F;
    return high > 9 || low > 9 ? -1 : high * 10 + low;
}

} // namespace

std::optional<QByteArray> recordValue(const QByteArray& record, quint8 tag)
{
    if (record.size() < 2 || quint8(record[0]) != tag)
        return std::nullopt;
    const int length = quint8(record[1]);
    if (record.size() != 2 + length)
        return std::nullopt;
    return record.mid(2);
}

QDate bcdDate(const QByteArray& value)
{
    if (value.size() != 4)
        return {};
    int parts[4];
    for (int i = 0; i < 4; ++i)
        if ((parts[i] = bcdByte(quint8(value[i]))) < 0)
            return {};
    return QDate(parts[0] * 100 + parts[1], parts[2], parts[3]); // invalid for 2025-13-45
}

QString asciiField(const QByteArray& value)
{
    QByteArray trimmed = value;
    while (!trimmed.isEmpty() && (trimmed.back() == '\0' || trimmed.back() == ' '))
        trimmed.chop(1);
    for (const char c : trimmed)
        if (c < 0x20 || c > 0x7E)
            return {};
    return QString::fromLatin1(trimmed);
}

QString gbkName(const QByteArray& value)
{
    QByteArray trimmed = value;
    while (!trimmed.isEmpty() && (trimmed.back() == '\0' || trimmed.back() == ' '))
        trimmed.chop(1);
    QStringDecoder decoder("GBK");
    const QString name = decoder.decode(trimmed);
    return decoder.hasError() || name.contains(QChar::ReplacementCharacter) ? QString() : name.trimmed();
}

QString hexField(const QByteArray& value)
{
    return QString::fromLatin1(value.toHex()).toUpper();
}

bool decodeCardField(CardFiles& files, quint8 tag, const QByteArray& value)
{
    switch (tag) {
    case 0x01:
        files.cardIdentifier = value.size() == 16 ? hexField(value) : QString();
        return !files.cardIdentifier.isEmpty();
    case 0x02:
        files.cardType = value.size() == 1 ? quint8(value[0]) : 0;
        return value.size() == 1;
    case 0x03:
        files.specVersion = asciiField(value);
        return files.generation() >= 1;
    case 0x05:
        files.issued = bcdDate(value);
        return files.issued.isValid();
    case 0x06:
        files.expires = bcdDate(value);
        return files.expires.isValid();
    case 0x07:
        files.cardNumber = asciiField(value);
        return !files.cardNumber.isEmpty() || value.count('\0') == value.size();
    case 0x08:
        files.ssn = asciiField(value);
        return files.ssn.isEmpty() ? value.count('\0') == value.size() : files.ssn.size() == 18;
    case 0x09:
        files.name = gbkName(value);
        return !files.name.isEmpty() || value.count('\0') == value.size();
    case 0x0A:
        files.sex = value == "1"   ? QStringLiteral("male")
                    : value == "2" ? QStringLiteral("female")
                                   : QString();
        return !files.sex.isEmpty() || value.count('\0') == value.size();
    case 0x0D:
        files.birthDate = bcdDate(value);
        return files.birthDate.isValid() || value.count('\0') == value.size();
    default:
        return true; // fields the terminal does not use are read past
    }
}

} // namespace ssc
