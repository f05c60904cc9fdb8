#include "startscreen.h"

#include "screenlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace ssc {

StartScreen::StartScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_detail(new QLabel), m_visitor(new QPushButton)
{
    QWidget* card = addCentredCard(this);
    card->setMaximumWidth(960);

    auto* picture = new QSvgWidget(QStringLiteral(":/icons/ecard-qr.svg"), card);
    picture->setFixedSize(240, 240);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_detail->setObjectName(QStringLiteral("promptDetail"));
    for (QLabel* label : {m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(64, 48, 64, 56);
    cardLayout->setSpacing(28);
    cardLayout->addWidget(picture, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_detail);
    // Visitors (no code, no card) may use the public services.
    m_visitor->setObjectName(QStringLiteral("visitorButton"));
    cardLayout->addWidget(m_visitor, 0, Qt::AlignHCenter);
    connect(m_visitor, &QPushButton::clicked, this, &StartScreen::visitorRequested);

    retranslate();
}

QString StartScreen::promptTitle() const
{
    return m_title->text();
}

void StartScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartScreen::retranslate()
{
    m_title->setText(tr("Please show your electronic social security card QR code"));
    m_detail->setText(tr("Open the e-card in your phone app and hold its QR code over the scanner below."));
    m_visitor->setText(tr("Visitor entry: public services without logging in"));
}

} // namespace ssc
