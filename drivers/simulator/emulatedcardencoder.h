#pragma once

#include "cardservices/cardencoder.h"
#include "simulatedcard.h"

#include <functional>
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
    // Where each card goes once written, instead of waiting in the printer's tray: the demo puts it into its
    // virtual reader, as a clerk would move it from the printer to the reader; the tests into an emulated USB
    // reader.
    void setOutput(std::function<void(const SimulatedCard::Personalisation&)> output)
    {
        m_output = std::move(output);
    }
    int blanksLeft() const { return m_blanks; }

private:
    int m_blanks;
    std::optional<SimulatedCard> m_out;
    std::function<void(const SimulatedCard::Personalisation&)> m_output;
};

} // namespace ssc
