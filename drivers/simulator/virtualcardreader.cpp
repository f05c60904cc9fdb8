#include "virtualcardreader.h"

#include "cardreader/ssseapplication.h"

#include <QTimer>

namespace ssc {

void VirtualCardReader::insert(const CardFiles& files, const QString& pin)
{
    if (m_present)
        remove();
    m_present = true;
    m_pin = pin;
    m_triesLeft = 3;
    emit cardInserted(files);
}

void VirtualCardReader::remove()
{
    if (!m_present)
        return;
    m_present = false;
    m_pin.fill(u'0');
    m_pin.clear();
    emit cardRemoved();
}

void VirtualCardReader::verifyPin(QString pin)
{
    using Outcome = SsseApplication::PinOutcome;
    Outcome outcome = Outcome::NoAnswer;
    if (m_present && m_triesLeft == 0)
        outcome = Outcome::Blocked;
    else if (m_present && pin == m_pin) {
        outcome = Outcome::Accepted;
        m_triesLeft = 3;
    } else if (m_present)
        outcome = --m_triesLeft == 0 ? Outcome::Blocked : Outcome::Wrong;
    pin.fill(u'0');
    // Like a real card, the answer comes a moment later, never from inside the caller.
    QTimer::singleShot(0, this,
                       [this, outcome, tries = m_triesLeft] { emit pinChecked(int(outcome), tries); });
}

} // namespace ssc
