#include "payoutstops.h"

#include <QtGlobal>

namespace ssc::payouts {
namespace {

struct Stop {
    const char* code;
    const char* words;
    bool recorded; // the office records it; otherwise the platform finds it in its data
};

constexpr Stop stops[] = {
    {"employment_registered", QT_TRANSLATE_NOOP("PayoutStop", "employment has been registered"), true},
    {"employed_and_insured", QT_TRANSLATE_NOOP("PayoutStop", "re-employed and insured again"), false},
    {"pension_started", QT_TRANSLATE_NOOP("PayoutStop", "the basic pension has started"), false},
    {"registration_ended", QT_TRANSLATE_NOOP("PayoutStop", "the unemployment registration has ended"), false},
    {"military_service", QT_TRANSLATE_NOOP("PayoutStop", "enlisted for military service"), true},
    {"emigrated", QT_TRANSLATE_NOOP("PayoutStop", "settled abroad"), true},
    {"imprisoned", QT_TRANSLATE_NOOP("PayoutStop", "serving a prison sentence"), true},
    {"died", QT_TRANSLATE_NOOP("PayoutStop", "the person has died"), true},
    {"refused_work",
     QT_TRANSLATE_NOOP("PayoutStop", "suitable work or training offered was refused without good reason"),
     true},
};

} // namespace

const QStringList& recordedStopEvents()
{
    static const QStringList codes = [] {
        QStringList all;
        for (const Stop& s : stops)
            if (s.recorded)
                all.append(QString::fromLatin1(s.code));
        return all;
    }();
    return codes;
}

bool knownStopCode(const QString& code)
{
    return !stopReasonText(code).isEmpty();
}

TranslatableText stopReasonText(const QString& code)
{
    for (const Stop& s : stops)
        if (code == QLatin1String(s.code))
            return {"PayoutStop", s.words, {}};
    return {};
}

} // namespace ssc::payouts
