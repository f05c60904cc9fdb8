#include "idkind.h"

#include <QCoreApplication>

namespace ssc {

QString idKindKey(IdKind kind)
{
    switch (kind) {
    case IdKind::ResidentId:
        return QStringLiteral("resident-id");
    case IdKind::FirstGenerationResidentId:
        return QStringLiteral("first-generation-resident-id");
    case IdKind::HongKongResident:
        return QStringLiteral("hong-kong-resident");
    case IdKind::MacauResident:
        return QStringLiteral("macau-resident");
    case IdKind::TaiwanResident:
        return QStringLiteral("taiwan-resident");
    case IdKind::ForeignPermanentResident:
        return QStringLiteral("foreign-permanent-resident");
    case IdKind::ForeignPermanentResidentOld:
        return QStringLiteral("foreign-permanent-resident-old");
    case IdKind::NationalRule:
        return QStringLiteral("national-rule");
    case IdKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString idKindDisplayName(IdKind kind)
{
    switch (kind) {
    case IdKind::ResidentId:
        return QCoreApplication::translate("IdKind", "resident ID number");
    case IdKind::FirstGenerationResidentId:
        return QCoreApplication::translate("IdKind", "first-generation resident ID (15 digits, upgraded)");
    case IdKind::HongKongResident:
        return QCoreApplication::translate("IdKind", "Hong Kong resident's residence permit");
    case IdKind::MacauResident:
        return QCoreApplication::translate("IdKind", "Macau resident's residence permit");
    case IdKind::TaiwanResident:
        return QCoreApplication::translate("IdKind", "Taiwan resident's residence permit");
    case IdKind::ForeignPermanentResident:
        return QCoreApplication::translate("IdKind", "foreigner's permanent residence ID");
    case IdKind::ForeignPermanentResidentOld:
        return QCoreApplication::translate("IdKind", "foreigner's permanent residence ID (old format)");
    case IdKind::NationalRule:
        return QCoreApplication::translate("IdKind", "number coded by national unified rules");
    case IdKind::Unknown:
        break;
    }
    return QCoreApplication::translate("IdKind", "unknown kind");
}

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString sexDisplayName(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QCoreApplication::translate("Sex", "male");
    case Sex::Female:
        return QCoreApplication::translate("Sex", "female");
    case Sex::Unknown:
        break;
    }
    return QCoreApplication::translate("Sex", "unknown");
}

} // namespace ssc
