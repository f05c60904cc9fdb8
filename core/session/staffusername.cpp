#include "staffusername.h"

namespace ssc {

std::variant<QString, StaffUsernameProblem> normalizeStaffUsername(const QString& typed)
{
    if (typed.isEmpty())
        return StaffUsernameProblem::Empty;
    const QString normal = typed.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // After NFKC, so an ideographic space (U+3000) at either end counts as the space it is.
    if (normal.front().isSpace() || normal.back().isSpace())
        return StaffUsernameProblem::SurroundingSpace;
    if (normal.size() > 64)
        return StaffUsernameProblem::TooLong;
    for (const QChar c : normal)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return StaffUsernameProblem::ControlCharacter;
    return normal;
}

} // namespace ssc
