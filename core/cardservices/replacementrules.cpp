#include "replacementrules.h"

#include <QCoreApplication>

namespace ssc {
namespace {

struct ReasonRow {
    ReplacementReason reason;
    const char* key;
    int feeFen;
    CardStatus required;
    const char* text;
};

// The demo fee table (replacementrules.h): one row per reason.
const ReasonRow reasons[] = {
    {ReplacementReason::Lost, "lost", 2000, CardStatus::Lost,
     QT_TRANSLATE_NOOP("ReplacementRules", "The card is lost")},
    {ReplacementReason::Damaged, "damaged", 2000, CardStatus::Normal,
     QT_TRANSLATE_NOOP("ReplacementRules", "The card is damaged")},
    {ReplacementReason::Expired, "expired", 0, CardStatus::Normal,
     QT_TRANSLATE_NOOP("ReplacementRules", "The card has expired or will expire soon")},
    {ReplacementReason::InformationChange, "information-change", 0, CardStatus::Normal,
     QT_TRANSLATE_NOOP("ReplacementRules", "My name or number on the card changed")},
};

const ReasonRow& row(ReplacementReason reason)
{
    for (const ReasonRow& r : reasons)
        if (r.reason == reason)
            return r;
    return reasons[0];
}

} // namespace

QString replacementReasonKey(ReplacementReason reason)
{
    return QString::fromLatin1(row(reason).key);
}

std::optional<ReplacementReason> replacementReasonFromKey(QStringView key)
{
    for (const ReasonRow& r : reasons)
        if (key == QLatin1String(r.key))
            return r.reason;
    return std::nullopt;
}

int ReplacementRules::feeFen(ReplacementReason reason)
{
    return row(reason).feeFen;
}

QString ReplacementRules::feeText(int fen)
{
    if (fen == 0)
        return QCoreApplication::translate("ReplacementRules", "Free");
    return QCoreApplication::translate("ReplacementRules", "¥%1").arg(QString::number(fen / 100.0, 'f', 2));
}

CardStatus ReplacementRules::requiredStatus(ReplacementReason reason)
{
    return row(reason).required;
}

TranslatableText ReplacementRules::reasonText(ReplacementReason reason)
{
    return {"ReplacementRules", row(reason).text, {}};
}

} // namespace ssc
