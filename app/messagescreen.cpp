#include "messagescreen.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/tonedwidgets.h"
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
      m_advice(new QLabel), m_ok(new QPushButton), m_action(new QPushButton)
{
    QWidget* card = addCentredCard(this);
    // The icon beside the words, not above them: the whole message fits a 1280x800 kiosk in the elder
    // interface and in English. The one action sits bottom right, where every result page has it.
    m_icon->setFixedSize(96, 96);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_message->setObjectName(QStringLiteral("promptDetail"));
    m_advice->setObjectName(QStringLiteral("advice"));
    m_ok->setObjectName(QStringLiteral("dismissButton"));
    m_ok->setProperty("primary", true);
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    m_action->setProperty("primary", true);
    m_action->hide();
    for (QLabel* l : {m_title, m_message, m_advice}) {
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        l->setWordWrap(true);
    }
    auto* words = new QVBoxLayout;
    words->setSpacing(16);
    words->addWidget(m_title);
    words->addWidget(m_message);
    words->addWidget(m_advice);
    words->addSpacing(8);
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->setSpacing(16);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_ok);
    m_buttons->addWidget(m_action); // when offered, the primary action takes the last place
    words->addLayout(m_buttons);
    auto* cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(48, 40, 48, 40);
    cardLayout->setSpacing(32);
    cardLayout->addWidget(m_icon, 0, Qt::AlignTop);
    cardLayout->addLayout(words, 1);
    connect(m_ok, &QPushButton::clicked, this, &MessageScreen::dismissed);
    connect(m_action, &QPushButton::clicked, this, &MessageScreen::actionChosen);
    retranslate();
}

void MessageScreen::showProgress(const QString& title)
{
    m_tone = design::Tone::Info;
    m_icon->load(design::toneIcon(design::Tone::Info));
    m_titleWords = m_messageWords = m_adviceWords = {};
    m_title->setText(title);
    m_message->clear();
    m_advice->hide();
    m_message->hide();
    m_ok->hide();
    offerTryAgain(false);
    offerAction({});
}

void MessageScreen::showRefusal(Words title, Words message, Words advice, design::Tone tone)
{
    showRefusal(title(), message(), advice(), tone);
    m_titleWords = std::move(title);
    m_messageWords = std::move(message);
    m_adviceWords = std::move(advice);
}

void MessageScreen::showRefusal(const QString& title, const QString& message, const QString& advice,
                                design::Tone tone)
{
    m_titleWords = m_messageWords = m_adviceWords = {};
    m_tone = tone;
    m_icon->load(design::toneIcon(tone)); // its own icon, colour and words
    m_title->setText(title);
    m_message->setText(message);
    m_advice->setText(advice);
    m_message->setVisible(!message.isEmpty());
    m_advice->setVisible(!advice.isEmpty());
    m_ok->show();
    offerTryAgain(false);
    offerAction({});
}

void MessageScreen::offerTryAgain(bool tryAgain)
{
    m_tryAgain = tryAgain;
    retranslate();
}

void MessageScreen::offerAction(const QString& label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
    arrangeButtons();
    // One primary action on a screen: "back to the start" steps back while another is offered.
    design::setStyleProperty(m_ok, "primary", label.isEmpty());
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
    if (event->type() == QEvent::StyleChange)
        arrangeButtons(); // the elder theme's type is larger
}

void MessageScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeButtons();
}

// Two actions in large English type do not fit beside each other in a portrait window's card: there they
// stand one above the other, the whole width of the words, the primary one last.
void MessageScreen::arrangeButtons()
{
    if (!m_buttons) // a style change while the screen is still being built
        return;
    const int both = m_ok->sizeHint().width() + m_buttons->spacing() + m_action->sizeHint().width();
    const bool fit = m_action->isHidden() || both <= m_title->width();
    m_buttons->setDirection(fit ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void MessageScreen::retranslate()
{
    m_ok->setText(m_tryAgain ? tr("Try again") : tr("OK, back to the start"));
    if (m_titleWords) {
        m_title->setText(m_titleWords());
        m_message->setText(m_messageWords());
        m_advice->setText(m_adviceWords());
    }
    arrangeButtons();
}

} // namespace ssc
