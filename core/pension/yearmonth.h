#pragma once

#include <QString>

#include <optional>

namespace ssc {

// A calendar month ("1965-01"): the resolution of birth months, retirement months and contribution rows.
struct YearMonth {
    int year = 0;
    int month = 0; // 1..12

    int index() const { return year * 12 + (month - 1); }
    static YearMonth fromIndex(int index) { return {index / 12, index % 12 + 1}; }
    YearMonth plusMonths(int months) const { return fromIndex(index() + months); }
    QString toString() const; // "2025-02"
    // Accepts "YYYY-MM" with a month 01..12 and a year 1900..2200.
    static std::optional<YearMonth> parse(QStringView text);

    friend bool operator==(const YearMonth&, const YearMonth&) = default;
    friend auto operator<=>(const YearMonth& a, const YearMonth& b) { return a.index() <=> b.index(); }
};

} // namespace ssc
