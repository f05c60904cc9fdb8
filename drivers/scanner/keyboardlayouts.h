#pragma once

#include <QString>

namespace ssc {

// The keyboard layout a keyboard-mode pedestal is set to type in. The pedestal sends key positions (HID
// usages), not characters: set to German it sends the key where a German keyboard has 'z' (US 'y') for a
// 'z'. The terminal must read with the layout the pedestal was configured for (known-devices.json
// "keyboardLayout"); the hall's guide says to set US where the pedestal allows it.
enum class KeyboardLayout { Us, German, French };

// The ASCII character the key types on that layout, 0 for keys that type no ASCII (dead keys, é, ß, ...).
// Covers usages 0x04 (A) to 0x38 (US '/'): every key an e-card code (letters, digits, . - _ : /) needs on
// the three layouts.
char keyboardCharacter(KeyboardLayout layout, quint8 usage, bool shift);

KeyboardLayout keyboardLayoutFromKey(const QString& key); // "us" (or absent), "de", "fr"

} // namespace ssc
