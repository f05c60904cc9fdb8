#include "headerbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>

namespace ssc {

HeaderBar::HeaderBar(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_language(new QPushButton(this)),
      m_elder(new QPushButton(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setWordWrap(true); // a long English name takes two lines rather than being cut
    m_language->setObjectName(QStringLiteral("languageButton"));
    m_elder->setObjectName(QStringLiteral("elderButton"));
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
    layout->addWidget(m_elder);
    layout->addWidget(m_language);

    connect(m_language, &QPushButton::clicked, this, &HeaderBar::languageToggleRequested);
    connect(m_elder, &QPushButton::clicked, this, &HeaderBar::elderToggleRequested);
    retranslate();
}

void HeaderBar::setElderInterface(bool on)
{
    m_elderOn = on;
    retranslate();
}

void HeaderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HeaderBar::retranslate()
{
    m_title->setText(tr("Electronic Social Security Card Services"));
    // The language button names the other language in that language, so a reader of it can find it.
    m_language->setText(tr("English", "the language to switch to"));
    m_elder->setText(m_elderOn ? tr("Standard view") : tr("Large text (elder view)"));
}

} // namespace ssc
