#pragma once

namespace ssc {

class CardSource;
class LoginFlow;
class MainWindow;

// Logging in with the physical card: a card in the reader asks for its PIN (MainWindow's PIN pad), the PIN
// goes to the card, the card's answer to the flow; a card taken out ends what it started
// (docs/architecture.md).
void connectCardLogin(CardSource& cards, LoginFlow& flow, MainWindow& window);

} // namespace ssc
