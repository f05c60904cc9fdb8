#include "headerbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>

namespace ssc {

HeaderBar::HeaderBar(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_timeLeft(new QLabel(this)),
      m_readAloud(new QPushButton(this)), m_language(new QPushButton(this)), m_elder(new QPushButton(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setWordWrap(true); // a long English name takes two lines rather than being cut
    m_language->setObjectName(QStringLiteral("languageButton"));
    m_elder->setObjectName(QStringLiteral("elderButton"));
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->hide();
    m_readAloud->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloud->setIcon(QIcon(QStringLiteral(":/icons/read-aloud.svg")));
    m_readAloud->setIconSize({28, 28});
    m_readAloud->hide();
    m_language->setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    m_elder->setIcon(QIcon(QStringLiteral(":/icons/elder.svg")));
    m_language->setIconSize({28, 28});
    m_elder->setIconSize({28, 28});

    auto* logo = new QSvgWidget(QStringLiteral(":/icons/card.svg"), this);
    logo->setFixedSize(56, 56);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 12, 32, 12);
    layout->setSpacing(20);
    layout->addWidget(logo);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_readAloud);
    layout->addWidget(m_elder);
    layout->addWidget(m_language);

    connect(m_language, &QPushButton::clicked, this, &HeaderBar::languageToggleRequested);
    connect(m_elder, &QPushButton::clicked, this, &HeaderBar::elderToggleRequested);
    connect(m_readAloud, &QPushButton::clicked, this, &HeaderBar::readAloudRequested);
    retranslate();
}

void HeaderBar::setElderInterface(bool on)
{
    m_elderOn = on;
    updateReadAloud();
    retranslate();
}

void HeaderBar::setReadAloudAvailable(bool available)
{
    m_readAloudAvailable = available;
    updateReadAloud();
}

void HeaderBar::updateReadAloud()
{
    // Only in the elder interface. Its larger type leaves no room for the product's name beside four
    // controls (English, portrait): the card logo stays, the name goes while the button is there.
    const bool readAloud = m_elderOn && m_readAloudAvailable;
    m_readAloud->setVisible(readAloud);
    m_title->setVisible(!readAloud);
}

void HeaderBar::showTimeLeft(int seconds)
{
    m_secondsLeft = std::max(0, seconds);
    m_timeLeft->setVisible(m_secondsLeft > 0);
    retranslate();
}

QString HeaderBar::timeLeftText() const
{
    return m_timeLeft->isVisibleTo(this) ? m_timeLeft->text() : QString();
}

void HeaderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HeaderBar::retranslate()
{
    m_title->setText(tr("E-card services"));
    // The language button names the other language in that language, so a reader of it can find it.
    m_language->setText(tr("English", "the language to switch to"));
    m_elder->setText(m_elderOn ? tr("Standard view") : tr("Large text (elder view)"));
    m_readAloud->setText(tr("Read aloud", "read this screen to me"));
    // Minutes and seconds, as a clock shows them, in few words: "剩余 1:25".
    m_timeLeft->setText(tr("%1:%2 left", "time before the session ends")
                            .arg(m_secondsLeft / 60)
                            .arg(m_secondsLeft % 60, 2, 10, QChar(u'0')));
}

} // namespace ssc
