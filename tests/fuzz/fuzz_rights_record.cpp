// Fuzz target: the platform's rights record answer (bytes off the network) through the JSON reader and the
// record's strict reader; a record that is accepted must also lay out as a document without trouble.
#include "records/rightsrecord.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!json.isObject())
        return 0;
    const ssc::RightsRecordParse parsed = ssc::parseRightsRecord(json.object());
    if (parsed.record.has_value() == !parsed.problem.isEmpty())
        std::abort(); // exactly one of: a record, or the reason there is none
    if (const auto& record = parsed.record) {
        // Sums stay inside what the reader allows: 12 months of the largest amount cannot overflow.
        for (const ssc::InsuranceContributions& c : record->contributions)
            if (c.personalTotal() < 0 || c.employerTotal() < 0)
                std::abort();
        for (const ssc::PersonalAccount& a : record->accounts)
            if (a.closingCents() < 0)
                std::abort();
        (void)record->shownAccounts();
        (void)ssc::formatYuan(record->year);
    }
    return 0;
}
