#include "transitionalpension.h"

namespace ssc {

double BeijingTransitionalFormula::monthlyYuan(const TransitionalBasis& basis) const
{
    return basis.averageWage * basis.deemedYears * 0.01 +
           basis.averageWage * basis.index * basis.yearsPaid1992To98 * 0.01;
}

TranslatableText BeijingTransitionalFormula::source() const
{
    return {"PensionEstimate", QT_TRANSLATE_NOOP("PensionEstimate", "Beijing's formula"), {}};
}

bool hasOwnTransitionalFormula(const QString& provinceCode)
{
    return provinceCode == u"110000";
}

std::unique_ptr<TransitionalFormula> transitionalFormulaFor(const QString&)
{
    return std::make_unique<BeijingTransitionalFormula>(); // the only one built in so far
                                                           // (docs/pension-estimate.md)
}

} // namespace ssc
