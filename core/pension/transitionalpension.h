#pragma once

#include "i18n/translatabletext.h"

#include <QString>

#include <memory>

namespace ssc {

// 过渡性养老金: what a "中人" (working before the pension reform of the 1990s) receives on top of the basic
// and account pensions, by a provincial formula (rules.md §5). Pluggable: one class a formula.
struct TransitionalBasis {
    double averageWage = 0;       // C: the local monthly average wage at retirement, yuan
    double index = 0;             // Z实: the average contribution index
    double deemedYears = 0;       // N同: deemed years (working before contributions began, to 1992-10)
    double yearsPaid1992To98 = 0; // N实98: contribution years from 1992-10 to 1998-06
};

class TransitionalFormula {
public:
    virtual ~TransitionalFormula() = default;
    virtual double monthlyYuan(const TransitionalBasis& basis) const = 0;
    // Whose formula it is, for the estimate to say ("Beijing's formula").
    virtual TranslatableText source() const = 0;
};

// Beijing: C·N同·1% + C·Z实·N实98·1%.
class BeijingTransitionalFormula : public TransitionalFormula {
public:
    double monthlyYuan(const TransitionalBasis& basis) const override;
    TranslatableText source() const override;
};

// The formula of a province (code "110000"), or Beijing's as the reference where the province's own is
// not built in yet (the estimate then says whose formula it used).
std::unique_ptr<TransitionalFormula> transitionalFormulaFor(const QString& provinceCode);
bool hasOwnTransitionalFormula(const QString& provinceCode);

} // namespace ssc
