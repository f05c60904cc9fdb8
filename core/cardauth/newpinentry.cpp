#include "newpinentry.h"

#include "newpinrules.h"
#include "security/secretwipe.h"

namespace ssc {

NewPinEntry::Outcome NewPinEntry::enter(const QString& pin)
{
    if (!m_awaitingRepeat) {
        // There is no old PIN to differ from (forgotten, or a new card): the other rules apply.
        if (const auto refusal = NewPinRules::refusal(pin, {}, m_birthDate)) {
            m_weakReason = refusal->translated();
            return Outcome::Weak;
        }
        m_pin = pin;
        m_awaitingRepeat = true;
        return Outcome::Again;
    }
    m_awaitingRepeat = false;
    if (pin != m_pin) {
        wipe();
        return Outcome::Mismatch;
    }
    return Outcome::Chosen;
}

void NewPinEntry::wipe()
{
    wipeSecret(m_pin);
    m_awaitingRepeat = false;
}

} // namespace ssc
