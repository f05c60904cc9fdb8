#pragma once

#include "domain/terminalmode.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpacerItem;
class QVBoxLayout;

namespace ssc {

// The card PIN, entered on screen: six digits shown as dots, keys shuffled on kiosks (so a watcher cannot
// read the PIN from finger positions), never logged, wiped from memory once handed over. Says how many tries
// are left after a wrong PIN, in words.
class PinPadScreen : public QWidget {
    Q_OBJECT
public:
    explicit PinPadScreen(TerminalMode mode, QWidget* parent = nullptr);
    ~PinPadScreen() override;

    // A fresh entry (keys reshuffled on kiosks); triesLeft >= 0 after a wrong PIN.
    void start(int triesLeft = -1);
    // What the pad asks for, when not the login PIN (a PIN change asks three things): the title and the line
    // under the dots, asked again in the current language whenever it changes. Empty functions: the login's.
    void ask(std::function<QString()> title, std::function<QString()> detail);
    // "Forgot the PIN? Use your face" under the words: a kiosk with a camera offers the login's PIN pad a way
    // out for a citizen who does not remember it (docs/card-services.md, "Face instead of a forgotten PIN").
    void offerFaceInstead(bool offered);
    bool faceInsteadOffered() const { return m_faceOffered; }
    void tap(const QString& key); // "0"–"9", "delete", "clear", "confirm", "cancel"
    QString keyOrder() const;     // the digits as laid out, for tests
    int enteredCount() const { return int(m_pin.size()); }
    QString messageText() const;

signals:
    void pinEntered(const QString& pin);
    void cancelled();
    void faceInsteadRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layOutDigits();
    void showDots();
    void labelConfirm(); // "Confirm", or how many digits are still missing
    void wipe();
    void retranslate();

    TerminalMode m_mode;
    std::function<QString()> m_askedTitle;
    std::function<QString()> m_askedDetail;
    QString m_pin;
    int m_triesLeft = -1;
    QLabel* m_title;
    QLabel* m_dots;
    QLabel* m_message;
    QGridLayout* m_grid;
    QList<QPushButton*> m_digits;
    QWidget* m_pad = nullptr;
    QBoxLayout* m_shape = nullptr;
    QVBoxLayout* m_words = nullptr;
    QSpacerItem* m_belowWords = nullptr;          // grows beside the pad, not above it
    QSpacerItem* m_belowPad = nullptr;            // grows under the pad in portrait
    static constexpr int kPadWidth = 540;         // three elder keys with "Cancel" and "Delete" whole
    static constexpr int kPortraitPadWidth = 840; // three keys of a portrait kiosk's larger type
    QPushButton* m_delete;
    QPushButton* m_clear;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QPushButton* m_faceInstead;
    bool m_faceOffered = false;
};

} // namespace ssc
