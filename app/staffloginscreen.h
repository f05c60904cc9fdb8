#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ssc {

class NoticeBanner;
class StaffLogin;

// Counter and field terminals: the clerk or visiting staff member logs in before serving anyone.
class StaffLoginScreen : public QWidget {
    Q_OBJECT
public:
    explicit StaffLoginScreen(StaffLogin& login, QWidget* parent = nullptr);

    QString errorText() const;
    QString adviceText() const; // under the refusal: what to do, how many tries are left

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showRefusal();
    void submit();
    void follow();

    StaffLogin& m_login;
    QLabel* m_title;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_user;
    QLineEdit* m_password;
    NoticeBanner* m_error; // the refusal, hidden while there is none
    QPushButton* m_submit;
};

} // namespace ssc
