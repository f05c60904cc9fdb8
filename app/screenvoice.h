#pragma once

#include <QString>

class QWidget;

namespace ssc {

// Who says a screen aloud for "read this screen to me" (长辈版). An interface, so tests hear what would be
// said (a fake that writes it down) and the kiosk says it (SystemVoice).
class ScreenVoice {
public:
    virtual ~ScreenVoice() = default;
    // Says `text` in `language` ("zh_CN" or "en"), stopping whatever it was saying.
    virtual void say(const QString& text, const QString& language) = 0;
    virtual void stop() = 0;
};

// What a screen says when read aloud: its title, then its visible words in reading order (top to bottom, left
// to right), as a citizen would read them: labels and the words on its buttons are left out, so are hidden
// and empty ones. Numbers are read as they are shown, so masked numbers stay masked.
QString screenText(const QWidget* screen);

} // namespace ssc
