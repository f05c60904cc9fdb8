#include "recordwords.h"

namespace ssc {
namespace {

TranslatableText words(const char* source)
{
    return {"RecordTexts", source, {}};
}

} // namespace

TranslatableText insuranceWords(const QString& key, RecordVariant variant)
{
    const bool resident = variant == RecordVariant::Resident;
    if (key == u"pension")
        return resident ? words(QT_TRANSLATE_NOOP("RecordTexts", "Resident pension insurance"))
                        : words(QT_TRANSLATE_NOOP("RecordTexts", "Employee pension insurance"));
    if (key == u"medical")
        return resident ? words(QT_TRANSLATE_NOOP("RecordTexts", "Resident medical insurance"))
                        : words(QT_TRANSLATE_NOOP("RecordTexts", "Employee medical insurance"));
    if (key == u"unemployment")
        return words(QT_TRANSLATE_NOOP("RecordTexts", "Unemployment insurance"));
    if (key == u"injury")
        return words(QT_TRANSLATE_NOOP("RecordTexts", "Work injury insurance"));
    if (key == u"maternity")
        return words(QT_TRANSLATE_NOOP("RecordTexts", "Maternity insurance"));
    return {};
}

TranslatableText accountWords(const QString& key)
{
    return key == u"medical" ? words(QT_TRANSLATE_NOOP("RecordTexts", "Medical insurance personal account"))
                             : words(QT_TRANSLATE_NOOP("RecordTexts", "Pension insurance personal account"));
}

TranslatableText variantWords(RecordVariant variant)
{
    return variant == RecordVariant::Resident
               ? words(QT_TRANSLATE_NOOP("RecordTexts", "Urban and rural residents"))
               : words(QT_TRANSLATE_NOOP("RecordTexts", "Urban employees"));
}

} // namespace ssc
