#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace ssc {

// What a social security card's files EF05 (issuer data) and EF06 (cardholder data) hold (rules.md §2), and
// the decoding of their tag-length-value records: BCD dates, ASCII, GBK names. Pure functions (fuzzed).
struct CardFiles {
    // EF05: public, readable on every card
    QString cardIdentifier; // 32 hex digits: region, D156000005, serial
    int cardType = 0;
    QString specVersion; // "2.00", "3.00": the first digit is the generation
    QDate issued;
    QDate expires;
    QString cardNumber;
    // EF06: generation 2 cards hand it over without a PIN; generation 3 cards without a PSAM leave it empty
    QString ssn;
    QString name;
    QString sex; // male | female | empty
    QDate birthDate;

    int generation() const { return specVersion.isEmpty() ? 0 : specVersion.front().digitValue(); }
    bool hasHolderData() const { return !ssn.isEmpty(); }
};

// One record as READ RECORD returns it: tag, length, value. Empty optional when the bytes are not a record
// with that tag, or the length does not match.
std::optional<QByteArray> recordValue(const QByteArray& record, quint8 tag);

// Field decoders; each answers an empty value for bytes that are not what the field must hold.
QDate bcdDate(const QByteArray& value);      // 4 bytes YYYYMMDD
QString asciiField(const QByteArray& value); // printable ASCII, trailing zeros and spaces dropped
QString gbkName(const QByteArray& value);    // GBK, zero padded
QString hexField(const QByteArray& value);   // upper-case hex digits

// Fills the field of `files` that `tag` names from its value. False when the value is malformed for it.
bool decodeCardField(CardFiles& files, quint8 tag, const QByteArray& value);

} // namespace ssc
