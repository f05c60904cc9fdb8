#include "messagescreen.h"

#include "screenlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace ssc {

MessageScreen::MessageScreen(QWidget* parent)
    : QWidget(parent), m_icon(new QSvgWidget), m_title(new QLabel), m_message(new QLabel),
      m_advice(new QLabel), m_ok(new QPushButton)
{
    QWidget* card = addCentredCard(this);
    m_icon->setFixedSize(120, 120);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_message->setObjectName(QStringLiteral("promptDetail"));
    m_advice->setObjectName(QStringLiteral("advice"));
    m_ok->setObjectName(QStringLiteral("dismissButton"));
    m_ok->setProperty("primary", true);
    for (QLabel* l : {m_title, m_message, m_advice}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(64, 48, 64, 48);
    cardLayout->setSpacing(24);
    cardLayout->addWidget(m_icon, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_advice);
    cardLayout->addWidget(m_ok, 0, Qt::AlignHCenter);
    connect(m_ok, &QPushButton::clicked, this, &MessageScreen::dismissed);
    retranslate();
}

void MessageScreen::showProgress(const QString& title)
{
    m_icon->load(QStringLiteral(":/icons/ecard-qr.svg"));
    m_title->setText(title);
    m_message->clear();
    m_advice->hide();
    m_message->hide();
    m_ok->hide();
}

void MessageScreen::showRefusal(const QString& title, const QString& message, const QString& advice)
{
    m_icon->load(QStringLiteral(":/icons/notice.svg"));
    m_title->setText(title);
    m_message->setText(message);
    m_advice->setText(advice);
    m_message->setVisible(!message.isEmpty());
    m_advice->setVisible(!advice.isEmpty());
    m_ok->show();
}

QString MessageScreen::title() const
{
    return m_title->text();
}

QString MessageScreen::message() const
{
    return m_message->text();
}

QString MessageScreen::advice() const
{
    return m_advice->text();
}

void MessageScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessageScreen::retranslate()
{
    m_ok->setText(tr("OK, back to the start"));
}

} // namespace ssc
