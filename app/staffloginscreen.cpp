#include "staffloginscreen.h"

#include "moduleapi/noticebanner.h"
#include "screenlayout.h"
#include "session/stafflogin.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

StaffLoginScreen::StaffLoginScreen(StaffLogin& login, QWidget* parent)
    : QWidget(parent), m_login(login), m_title(new QLabel), m_userLabel(new QLabel),
      m_passwordLabel(new QLabel), m_user(new QLineEdit), m_password(new QLineEdit),
      m_error(new NoticeBanner), m_submit(new QPushButton)
{
    QWidget* card = addCentredCard(this);
    // Its width is the theme's (elder: wide, so a refusal and its advice fit the height at 1280 x 800).
    card->setProperty("staffLogin", true);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_user->setObjectName(QStringLiteral("staffUser"));
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setAccessibleName(tr("Login refused"));
    m_error->hide();
    m_submit->setObjectName(QStringLiteral("staffSubmit"));
    m_submit->setProperty("primary", true);
    auto* form = new QFormLayout;
    form->setSpacing(16);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_submit, 0, Qt::AlignHCenter);
    connect(m_submit, &QPushButton::clicked, this, &StaffLoginScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffLoginScreen::submit);
    connect(&m_login, &StaffLogin::changed, this, &StaffLoginScreen::follow);
    retranslate();
}

QString StaffLoginScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->headline();
}

QString StaffLoginScreen::adviceText() const
{
    return m_error->isHidden() ? QString() : m_error->detail();
}

void StaffLoginScreen::showRefusal()
{
    // A refusal looks like one (the error's icon, colour and headline), with the platform's reason and what
    // to do under it; nothing while there is none.
    const QString reason = m_login.lastError();
    // The reason is the headline; under it, after a wrong password, how many more the platform allows before
    // it pauses signing in, so the pause is never a surprise.
    m_error->setNotice(design::Tone::Error, reason, m_login.lastAdvice());
    m_error->setVisible(!reason.isEmpty());
}

void StaffLoginScreen::submit()
{
    m_login.login(m_user->text(), m_password->text());
}

void StaffLoginScreen::follow()
{
    showRefusal();
    m_submit->setEnabled(!m_login.busy());
    if (m_login.staff())
        m_password->clear(); // never kept once used
}

void StaffLoginScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffLoginScreen::retranslate()
{
    m_title->setText(tr("Staff login"));
    m_userLabel->setText(tr("User name"));
    m_passwordLabel->setText(tr("Password"));
    m_submit->setText(tr("Log in"));
    showRefusal();
}

} // namespace ssc
