// Fuzz target: any bytes (scanner, card, form field) through the social security number check.
#include "identity/socialsecuritynumber.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (bool noResidentId : {false, true}) {
        ssc::IdCheckOptions options;
        options.personHasNoResidentId = noResidentId;
        const ssc::IdCheck check = ssc::checkSocialSecurityNumber(text, options);
        // Invariants: a valid check has a canonical number and no reason; a refused one has a reason.
        if (check.valid && (check.normalized.isEmpty() || !check.reason().isEmpty()))
            std::abort();
        if (!check.valid && check.reason().isEmpty())
            std::abort();
        // The canonical form of a valid number is itself valid with the same kind (for 18-character kinds).
        if (check.valid && check.normalized.size() == 18) {
            const ssc::IdCheck again = ssc::checkSocialSecurityNumber(check.normalized, options);
            if (!again.valid || again.normalized != check.normalized)
                std::abort();
        }
    }
    return 0;
}
