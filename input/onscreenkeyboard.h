#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedLayout;

namespace ssc {

class PinyinDecoder;

// The kiosk's keyboard for free text (an address, what happened): big keys that never take the focus from the
// field being typed into, pinyin turned into Chinese characters (candidates in the digits' row while pinyin
// is composed, the best phrase first; Space takes it), a switch to plain letters, digits and punctuation.
// Text reaches the focused field the way an input method delivers it (a commit), so every Qt text field takes
// it as typed.
class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit OnScreenKeyboard(QWidget* parent = nullptr);
    ~OnScreenKeyboard() override;

    // A key as a finger presses it: a letter or digit, or "space", "backspace", "switch", "candidate:N".
    void press(const QString& key);
    QString composing() const; // the pinyin typed and not yet turned into characters
    QStringList candidates() const;
    bool typesChinese() const { return m_chinese; }
    bool pinyinAvailable() const;
    // A field of numbers (a phone, years, an amount): a phone's number pad (digits and delete, large, and a
    // decimal point for amounts) instead of the letters; the letters, pinyin and punctuation come back for
    // text. An ID number's pad has X where the point is (the check character) and a key to the letters, for
    // the older permanent residence cards that begin with three.
    enum class Numbers { No, Whole, WithDecimals, IdNumber };
    void setNumbers(Numbers numbers);
    Numbers numbers() const { return m_numbers; }
    // A tall screen (a portrait kiosk): the elder theme's keys grow to its 80 px target there; at 1280x800
    // they would leave no room above them for the field being typed into (docs/design-system.md).
    void setRoomy(bool roomy);

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* key(const QString& name, const QString& label, int stretch = 1);
    QPushButton* padKey(const QString& name, const QString& label);
    QWidget* lettersPanel(); // pinyin and letters, digits on top, marks and space below
    QWidget* numberPanel();  // digits only, as a phone's pad
    void commit(const QString& text);
    // Pinyin typed and not yet chosen goes in as its best phrase (the letters when there is none).
    void commitPendingPinyin();
    void sendKey(int key);
    void showComposition();
    void retranslate();

    std::shared_ptr<PinyinDecoder> m_decoder; // one engine per process: libgooglepinyin's decoder is global
    bool m_chinese = true;
    QLabel* m_composing;
    QHBoxLayout* m_candidateRow;
    QWidget* m_candidateBar = nullptr;
    QStackedLayout* m_topRow = nullptr; // the digits, or the candidates while pinyin is composed
    QList<QPushButton*> m_candidateButtons;
    QPushButton* m_switch = nullptr;
    QPushButton* m_space = nullptr;
    QPushButton* m_point = nullptr;     // amounts only
    QPushButton* m_x = nullptr;         // ID numbers only, in the point's place
    QPushButton* m_letterKey = nullptr; // ID numbers only: to the letters
    QWidget* m_letters = nullptr;
    QWidget* m_numberPad = nullptr;
    Numbers m_numbers = Numbers::No;
};

} // namespace ssc
