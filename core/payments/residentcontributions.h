#pragma once

#include "i18n/translatabletext.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ssc::payments {

// What a resident pays at a hall (docs/payments.md, "What can be paid"): the yearly contribution of the
// urban and rural residents' pension (城乡居民基本养老保险, a grade the payer chooses) and of the residents'
// medical insurance (城乡居民基本医疗保险, one amount a year). Decided by the platform; the terminal shows
// what the platform answers.
enum class ResidentItem { Pension, Medical };

class ResidentContributions {
public:
    static QString key(ResidentItem item); // "resident-pension" | "resident-medical"
    static std::optional<ResidentItem> fromKey(const QString& key);
    static TranslatableText name(ResidentItem item);

    // The year a payment made today counts for: the pension is paid for the current year; the medical
    // insurance is collected from September for the next year (before September: for the current one).
    static int yearPaidFor(ResidentItem item, QDate today);
    // The demo region's amounts today, in fen, lowest first, as the demo seeds them: the platform reads a
    // region's amounts from its database (platform/payments/contributiongrades.h), never from here. Pension:
    // the 12 grades of 国发〔2014〕8号 (100 to 2,000 yuan a year); medical: the individual contribution (400
    // yuan).
    static QList<qint64> demoGradesFen(ResidentItem item);

    struct Payer {
        QDate birthDate;
        bool employeePensionThisYear = false; // insured as an employee: not in the resident pension
        bool drawsPension = false;            // already receives a pension: pays no more
    };
    // Why this person may not pay this item now; nullopt when they may.
    static std::optional<TranslatableText> refusal(ResidentItem item, const Payer& payer, QDate today);
};

} // namespace ssc::payments
