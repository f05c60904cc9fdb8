#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace ssc::payouts {

// The files of a payout run with the bank (批量代发, docs/operations.md "Paying benefits"). Both are UTF-8
// text, one record a line, fields separated by '|' (no field may hold one), lines ending in LF (a CR before
// it is tolerated). UTF-8 because the payee's name is the only non-ASCII field and the platform holds it in
// UTF-8; a bank that wants GBK converts the file at its gateway, and no character is lost on our side.
//
// Bank file, written by `ssc-platform payouts export`:
//   SSCPAY|1|BATCH|VALUE-DATE|COUNT|TOTAL-FEN
//   SEQ|REFERENCE|ACCOUNT|NAME|AMOUNT-FEN          one line per payout, SEQ from 1
// Return file, read by `ssc-platform payouts import-return`:
//   SSCRET|1|BATCH|COUNT
//   REFERENCE|AMOUNT-FEN|PAID                      paid to the account
//   REFERENCE|AMOUNT-FEN|RETURNED|REASON-CODE      not paid, with the bank's reason (payoutreasons.h)

struct BankLine {
    QString reference;
    QString account; // the whole account number: the bank needs it
    QString name;
    qint64 amountFen = 0;
};

// The bank file's bytes; the header's count and total are computed from the lines.
QByteArray bankFile(const QString& batch, const QString& valueDate, const QList<BankLine>& lines);

struct ReturnLine {
    int lineNumber = 0; // in the file, from 1 (the header is line 1)
    QString reference;
    qint64 amountFen = 0;
    bool paid = false;
    QString reasonCode; // when returned
};

struct ReturnFile {
    QString batch;
    QList<ReturnLine> lines;
};

// Parses a return file. Every problem found is listed, each as "line N: …" in English (the command's
// operator reads them); nothing is half-accepted: either the whole file parses or the list of problems.
std::variant<ReturnFile, QStringList> parseReturnFile(const QByteArray& bytes);

// A batch number or reference as the platform writes them: letters, digits and '-', 1 to 40 characters.
bool validToken(const QString& token);

} // namespace ssc::payouts
