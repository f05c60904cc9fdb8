#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace ssc {

// Digits entered with large on-screen keys (kiosks have no keyboard) or typed (counters): a field that
// accepts digits only, up to `maxDigits`, with keys 0-9, "delete one" and "clear".
class NumberPad : public QWidget {
    Q_OBJECT
public:
    explicit NumberPad(int maxDigits, QWidget* parent = nullptr);

    QString digits() const;
    void setDigits(const QString& digits);
    void clear();
    // Taps a key as a finger would: "0"–"9", "delete", "clear".
    void tap(const QString& key);
    QLineEdit* field() const { return m_field; }
    // The screen's action on the digits ("Look up") right of the keys, as tall as their four rows (a keypad's
    // Enter key): it costs the screen no height, so it is never below the fold of a 1280 x 800 kiosk.
    void placeAction(QPushButton* action);

signals:
    void changed(const QString& digits);
    void submitted(const QString& digits); // Enter in the field

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_field;
    QPushButton* m_delete;
    QPushButton* m_clear;
};

} // namespace ssc
