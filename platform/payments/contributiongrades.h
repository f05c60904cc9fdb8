#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ssc::platform {

class Database;

// The contribution amounts as data (docs/payments.md, "What can be paid"): for each item the amounts in
// whole fen, lowest first (the pension's grades; the medical insurance's one amount), each set effective from
// a day. A platform serves a province: its table is the one under the region code "" (every city without its
// own), and a city that sets its own amounts (国发〔2014〕8号 lets provinces add grades) has its table under
// its code. An order keeps the amount and the region it was made with, so a change never touches an order
// already made nor the grade printed for a payment; the table an order was made under is the one in force on
// the day it was made. Set by `ssc-platform contribution-grades` (contributiongradescommand.cpp), seeded by
// the demo with the values of residentcontributions.h for the province.
class ContributionGrades {
public:
    explicit ContributionGrades(Database& db) : m_db(db) {}

    // The amounts in force for the item in that region on that day, lowest first: the region's own table once
    // it has one in force, otherwise the province's; empty when none are set (the item cannot be paid);
    // nullopt when storage failed.
    std::optional<QList<qint64>> on(const QString& item, const QString& region, QDate day);
    // Where a person pays resident contributions, and that region's amounts for the item on the day (as
    // on()). The region is that of the card they use (a card in use before a lost or cancelled one, the
    // newest first); "" when they hold none. One statement: it is asked on every order made.
    struct PayersGrades {
        QString region;
        QList<qint64> fen;
    };
    std::optional<PayersGrades> forPayer(const QString& item, qint64 personId, QDate day);
    // Which grade (1 = the lowest) an amount is among those, as the rights record names it; 0 when the item
    // has one amount only or the amount is not among them; nullopt when storage failed.
    std::optional<int> gradeOf(const QString& item, const QString& region, QDate day, qint64 fen);

    // What is wrong with a new table, in words for the administrator; empty when it may be set: a known
    // item, 1 to 30 amounts, each a whole positive number of fen below 1,000,000 yuan, strictly ascending,
    // from today or later (a change is never backdated).
    static QString invalid(const QString& item, const QList<qint64>& fen, QDate from, QDate today);
    // What is wrong with a region code, in words for the administrator: "" (the province) or the six digits
    // of a city or district of GB/T 2260 (core/domain/divisions.tsv), or of a municipality ("310000").
    static QString invalidRegion(const QString& region);
    // "10000,20000,..." (whole fen, comma separated) as a list; nullopt for anything else (decimals, signs,
    // blanks).
    static std::optional<QList<qint64>> parseFen(const QString& text);
    // Replaces the item's table in the region from that day, in one transaction (the caller has checked it
    // with invalid() and invalidRegion()).
    bool set(const QString& item, const QString& region, QDate from, const QList<qint64>& fen, qint64 nowMs);
    // Only the rows, in the caller's transaction (the demo's seed).
    bool insert(const QString& item, const QString& region, QDate from, const QList<qint64>& fen,
                qint64 nowMs);

private:
    // gradesInForce after `region`, a CTE naming the region (one value bound: `bound`).
    std::optional<PayersGrades> grades(const QString& region, const QVariant& bound, const QString& item,
                                       QDate day);
    Database& m_db;
};

} // namespace ssc::platform
