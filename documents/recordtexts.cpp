#include "recordtexts.h"

namespace ssc {

QString RecordTexts::insurance(const QString& key, RecordVariant variant)
{
    const bool resident = variant == RecordVariant::Resident;
    if (key == u"pension")
        return resident ? tr("Resident pension insurance") : tr("Employee pension insurance");
    if (key == u"medical")
        return resident ? tr("Resident medical insurance") : tr("Employee medical insurance");
    if (key == u"unemployment")
        return tr("Unemployment insurance");
    if (key == u"injury")
        return tr("Work injury insurance");
    if (key == u"maternity")
        return tr("Maternity insurance");
    return key;
}

QString RecordTexts::account(const QString& key)
{
    return key == u"medical" ? tr("Medical insurance personal account")
                             : tr("Pension insurance personal account");
}

QString RecordTexts::variant(RecordVariant variant)
{
    return variant == RecordVariant::Resident ? tr("Urban and rural residents") : tr("Urban employees");
}

QString RecordTexts::sex(const QString& key)
{
    return key == u"female" ? tr("Female") : key == u"male" ? tr("Male") : QString();
}

QString RecordTexts::markSymbol(MonthMark mark)
{
    switch (mark) {
    case MonthMark::Paid:
        return QStringLiteral("●");
    case MonthMark::Arrears:
        return QStringLiteral("△");
    case MonthMark::TransferredIn:
        return QStringLiteral("○");
    case MonthMark::NotDue:
        break;
    }
    return QStringLiteral("–");
}

QString RecordTexts::legend()
{
    return tr("● paid   △ in arrears   ○ transferred in   – not due");
}

} // namespace ssc
