#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace ssc {

// The first screen a citizen sees: how to be identified. Login paths arrive with the scanner (issue 4).
class StartScreen : public QWidget {
    Q_OBJECT
public:
    explicit StartScreen(QWidget* parent = nullptr);

    QString promptTitle() const;
    // Scan-to-log-in: the code the citizen's app scans (empty hides it).
    void showLoginCode(const QString& qrText);
    QString loginCodeShown() const { return m_loginCode; }
    // "没带卡和手机？刷脸登录": a kiosk with a camera offers signing in by face to someone with neither.
    void offerFaceLogin(bool offered);
    // At a counter the clerk reads this screen and asks the applicant for their code or card: worded for the
    // clerk, not as if the clerk were to show their own.
    void setAtCounter(bool atCounter);
    // Whether a card reader is there to insert a card into: without one, only the e-card code is asked for.
    void offerCardInsertion(bool offered);
    QString promptDetail() const;

signals:
    void visitorRequested();
    void faceLoginRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void arrangeButtons();

    QLabel* m_title;
    QLabel* m_detail;
    QPushButton* m_visitor;
    QPushButton* m_faceLogin;
    QLabel* m_loginQr;
    QLabel* m_loginHint;
    QString m_loginCode;
    bool m_cardInsertion = true;
    bool m_atCounter = false;
    QBoxLayout* m_ways;    // the picture and the login code
    QBoxLayout* m_buttons; // "sign in by face" and the visitor's entry
    QBoxLayout* m_card;    // the ways, then the words: side by side in landscape, stacked in portrait
};

} // namespace ssc
