#pragma once

#include <QDate>
#include <QString>

namespace ssc {

// A new card PIN chosen by typing it twice (a PIN reset at a counter, a replacement card's first PIN): the
// first entry checked by NewPinRules, the second compared with it, so a slip of the finger never reaches the
// card. Holds the PIN until it is taken or wiped; wiped on a mismatch and with the object.
class NewPinEntry {
public:
    enum class Outcome {
        Weak,     // the first entry is refused: weakReason() says why; type a first entry again
        Again,    // the first entry is taken: type it again
        Mismatch, // the second differed: both forgotten, type a first entry again
        Chosen,   // the same twice: pin() is the new PIN
    };

    explicit NewPinEntry(QDate birthDate = {}) : m_birthDate(birthDate) {}
    ~NewPinEntry() { wipe(); }
    NewPinEntry(const NewPinEntry&) = delete;
    NewPinEntry& operator=(const NewPinEntry&) = delete;

    void setBirthDate(QDate birthDate) { m_birthDate = birthDate; } // invalid: unknown
    Outcome enter(const QString& pin);
    bool awaitingRepeat() const { return m_awaitingRepeat; }
    QString weakReason() const { return m_weakReason; }
    const QString& pin() const { return m_pin; } // the chosen PIN (or the first entry while awaiting repeat)
    void wipe();                                 // forgets the PIN; the next entry is a first one again

private:
    QDate m_birthDate;
    QString m_pin;
    QString m_weakReason;
    bool m_awaitingRepeat = false;
};

} // namespace ssc
