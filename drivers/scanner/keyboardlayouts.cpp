#include "keyboardlayouts.h"

#include <QString>

#include <array>

namespace ssc {
namespace {

using Row = std::array<char, 0x39>; // HID usages 0x00..0x38

// US layout.
constexpr Row usPlain{0,   0,   0,   0,   'a',  'b', 'c', 'd',  'e', 'f', 'g', 'h', 'i', 'j',  'k',
                      'l', 'm', 'n', 'o', 'p',  'q', 'r', 's',  't', 'u', 'v', 'w', 'x', 'y',  'z',
                      '1', '2', '3', '4', '5',  '6', '7', '8',  '9', '0', 0,   0,   0,   '\t', ' ',
                      '-', '=', '[', ']', '\\', '#', ';', '\'', '`', ',', '.', '/'};
constexpr Row usShifted{0,   0,   0,   0,   'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',  'K',
                        'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y',  'Z',
                        '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', 0,   0,   0,   '\t', ' ',
                        '_', '+', '{', '}', '|', '~', ':', '"', '~', '<', '>', '?'};

// German (QWERTZ, DIN 2137 T1): y and z swapped; '-' and '_' on the US '/' key, ':' is Shift+'.', '/' is
// Shift+7; ß, ü, ö, ä, ´, ^ and § type no ASCII.
constexpr Row dePlain{0,   0,   0,   0,   'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j',  'k',
                      'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'z',  'y',
                      '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 0,   0,   0,   '\t', ' ',
                      0,   0,   0,   '+', '#', '#', 0,   0,   0,   ',', '.', '-'};
constexpr Row deShifted{0,   0,   0,   0,   'A',  'B',  'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',  'K',
                        'L', 'M', 'N', 'O', 'P',  'Q',  'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Z',  'Y',
                        '!', '"', 0,   '$', '%',  '&',  '/', '(', ')', '=', 0,   0,   0,   '\t', ' ',
                        '?', 0,   0,   '*', '\'', '\'', 0,   0,   0,   ';', ':', '_'};

// French (AZERTY): a/q and z/w swapped, m on the US ';' key, ',' on the US 'm' key; the digit row types
// & é " ' ( - è _ ç à and the digits only with Shift; '.' is Shift+';' (US ','), ':' is the US '.' key and
// '/' Shift+':'.
constexpr Row frPlain{0,   0,   0,   0,    'q', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j',  'k',
                      'l', ',', 'n', 'o',  'p', 'a', 'r', 's', 't', 'u', 'v', 'z', 'x', 'y',  'w',
                      '&', 0,   '"', '\'', '(', '-', 0,   '_', 0,   0,   0,   0,   0,   '\t', ' ',
                      ')', '=', 0,   '$',  '*', '*', 'm', 0,   0,   ';', ':', '!'};
constexpr Row frShifted{0,   0,   0,   0,   'Q', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',  'K',
                        'L', '?', 'N', 'O', 'P', 'A', 'R', 'S', 'T', 'U', 'V', 'Z', 'X', 'Y',  'W',
                        '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 0,   0,   0,   '\t', ' ',
                        0,   '+', 0,   0,   0,   0,   'M', '%', 0,   '.', '/', 0};

} // namespace

char keyboardCharacter(KeyboardLayout layout, quint8 usage, bool shift)
{
    if (usage >= usPlain.size())
        return 0;
    switch (layout) {
    case KeyboardLayout::German:
        return shift ? deShifted[usage] : dePlain[usage];
    case KeyboardLayout::French:
        return shift ? frShifted[usage] : frPlain[usage];
    case KeyboardLayout::Us:
        break;
    }
    return shift ? usShifted[usage] : usPlain[usage];
}

KeyboardLayout keyboardLayoutFromKey(const QString& key)
{
    if (key == u"de")
        return KeyboardLayout::German;
    if (key == u"fr")
        return KeyboardLayout::French;
    return KeyboardLayout::Us;
}

} // namespace ssc
