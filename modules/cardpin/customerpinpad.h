#pragma once

#include "domain/terminalmode.h"
#include "moduleapi/designsystem.h"

#include <QWidget>

#include <functional>

class QLabel;
class QStackedLayout;

namespace ssc {

class NoticeBanner;
class PinPadScreen;

// The counter's customer-facing display (docs/card-services.md, "Unlock and reset the PIN"): a window of its
// own on the second screen, turned to the citizen, where they type their new PIN on the shuffled pad; the
// clerk's screen never shows a digit. Without a second screen it opens beside the clerk's window, as on a
// counter whose customer display is part of the same desktop. Between PINs it says what is happening, in the
// citizen's words.
class CustomerPinPad : public QWidget {
    Q_OBJECT
public:
    CustomerPinPad();
    ~CustomerPinPad() override;

    PinPadScreen* pad() const { return m_pad; }
    NoticeBanner* notice() const { return m_notice; }
    // Asks for a PIN: the title and the line under the dots, in the language of the moment.
    void askForPin(std::function<QString()> title, std::function<QString()> detail);
    // The line under the dots when a new PIN is chosen, and when it is typed again.
    static QString choosePinAdvice();
    static QString repeatPinAdvice();
    // Shows a message instead of the pad.
    void tell(design::Tone tone, const QString& headline, const QString& detail);
    // Puts the window on the second screen when there is one, full screen there; else beside the clerk's.
    void showToCitizen();

signals:
    void pinEntered(const QString& pin);

private:
    QStackedLayout* m_pages;
    QWidget* m_messagePage;
    NoticeBanner* m_notice;
    PinPadScreen* m_pad;
};

} // namespace ssc
