#pragma once

#include <QString>

namespace ssc {

// What a person refused at login can do next (EXPERIENCE.md question 2: a failure says what to do now, with
// the button to do it). Decided from the refusal's stable code alone, without widgets: the screens only
// draw it.
struct RefusalSteps {
    // The same way once more may well work: a code misread, used or out of date (the app shows a fresh one),
    // the card not answering, the network. The start screen takes a code or a card again.
    bool tryAgain = false;
    // Only people can mend it: the card's status (lost, cancelled, not yet collected), a blocked PIN, a
    // person or card the platform does not know, a terminal that cannot talk safely to the platform.
    bool askStaff = false;
};

RefusalSteps refusalSteps(const QString& code);

} // namespace ssc
