#pragma once

#include "cardservices/cardencoder.h"
#include "simulatedcard.h"

#include <optional>

namespace ssc {

// The instant-issue printer's encoder, emulated: it personalises a SimulatedCard from blanks in its hopper,
// as a real encoder would write the chip, and hands the card out to be put in a reader (the demo's virtual
// reader, the tests' emulated USB reader).
class EmulatedCardEncoder : public CardEncoder {
public:
    explicit EmulatedCardEncoder(int blanks = 10) : m_blanks(blanks) {}

    bool hasBlank() const override { return m_blanks > 0; }
    bool personalise(const Order& order, QString* error) override;

    // The card personalised last, taken out of the printer (empty once taken).
    std::optional<SimulatedCard> takeCard();
    int blanksLeft() const { return m_blanks; }

private:
    int m_blanks;
    std::optional<SimulatedCard> m_out;
};

} // namespace ssc
