#include "startscreen.h"

#include "camera/qrimage.h"
#include "screenlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace ssc {

StartScreen::StartScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_detail(new QLabel), m_visitor(new QPushButton),
      m_loginQr(new QLabel), m_loginHint(new QLabel)
{
    QWidget* card = addCentredCard(this);
    card->setMaximumWidth(960);

    auto* picture = new QSvgWidget(QStringLiteral(":/icons/ecard-qr.svg"), card);
    picture->setFixedSize(180, 180);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_detail->setObjectName(QStringLiteral("promptDetail"));
    for (QLabel* label : {m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    // Or the other way round, beside the picture: the citizen's app scans the terminal's login code
    // (扫码登录).
    m_loginQr->setObjectName(QStringLiteral("loginQr"));
    m_loginHint->setObjectName(QStringLiteral("promptDetail"));
    m_loginHint->setAlignment(Qt::AlignCenter);
    m_loginHint->setWordWrap(true);
    m_loginHint->setFixedWidth(440);
    auto* loginColumn = new QVBoxLayout;
    loginColumn->setSpacing(12);
    loginColumn->addWidget(m_loginQr, 0, Qt::AlignHCenter);
    loginColumn->addWidget(m_loginHint);
    auto* ways = new QHBoxLayout;
    ways->setSpacing(48);
    ways->addStretch(1);
    ways->addWidget(picture);
    ways->addLayout(loginColumn);
    ways->addStretch(1);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(64, 28, 64, 28);
    cardLayout->setSpacing(24);
    cardLayout->addLayout(ways);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_detail);
    showLoginCode({});
    // Visitors (no code, no card) may use the public services.
    m_visitor->setObjectName(QStringLiteral("visitorButton"));
    cardLayout->addWidget(m_visitor, 0, Qt::AlignHCenter);
    connect(m_visitor, &QPushButton::clicked, this, &StartScreen::visitorRequested);

    retranslate();
}

void StartScreen::showLoginCode(const QString& qrText)
{
    m_loginCode = qrText;
    m_loginQr->setVisible(!qrText.isEmpty());
    m_loginHint->setVisible(!qrText.isEmpty());
    if (!qrText.isEmpty()) {
        const QPixmap code = QPixmap::fromImage(renderQrCode(qrText, 4));
        m_loginQr->setPixmap(code);
        m_loginQr->setFixedSize(code.size()); // a squeezed code would not scan
    }
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
    m_detail->setText(
        tr("Open the e-card in your phone app and hold its QR code over the scanner below, or insert "
           "your social security card, chip first."));
    m_visitor->setText(tr("Visitor entry: public services without logging in"));
    m_loginHint->setText(tr("Or scan this code in your e-card app to log in."));
}

} // namespace ssc
