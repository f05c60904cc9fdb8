#include "recordtexts.h"

#include "records/recordwords.h"

namespace ssc {

QString RecordTexts::insurance(const QString& key, RecordVariant variant)
{
    const TranslatableText words = insuranceWords(key, variant);
    return words.isEmpty() ? key : words.translated();
}

QString RecordTexts::account(const QString& key)
{
    return accountWords(key).translated();
}

QString RecordTexts::variant(RecordVariant variant)
{
    return variantWords(variant).translated();
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
