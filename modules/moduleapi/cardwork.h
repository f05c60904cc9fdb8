#pragma once

namespace ssc {

// A service screen that works on the card in the reader itself (unlocking and resetting its PIN at a
// counter): while it says so, a card inserted is that screen's, not a login's or a confirmation's, and the
// shell does not ask for its PIN (app/cardlogin.cpp).
class CardWork {
public:
    virtual ~CardWork() = default;
    virtual bool worksOnCard() const = 0;
};

} // namespace ssc
