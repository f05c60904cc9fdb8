#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

// The blue bar on top of every screen: product name, and the two switches the elder-friendly design rules
// ask for on the first screen (language, elder interface).
class HeaderBar : public QWidget {
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);

    void setElderInterface(bool on);

signals:
    void languageToggleRequested();
    void elderToggleRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QPushButton* m_language;
    QPushButton* m_elder;
    bool m_elderOn = false;
};

} // namespace ssc
