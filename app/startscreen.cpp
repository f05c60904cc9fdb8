#include "startscreen.h"

#include "camera/qrimage.h"
#include "moduleapi/designsystem.h"
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
      m_faceLogin(new QPushButton), m_loginQr(new QLabel), m_loginHint(new QLabel),
      m_ways(new QBoxLayout(QBoxLayout::TopToBottom)), m_card(new QBoxLayout(QBoxLayout::TopToBottom))
{
    QWidget* card = addCentredCard(this);
    card->setMaximumWidth(1180); // wide enough for the elder interface's English in two lines a sentence

    auto* picture = new QSvgWidget(QStringLiteral(":/icons/ecard-qr.svg"), card);
    picture->setFixedSize(150, 150);
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
    m_ways->setSpacing(32);
    m_ways->addWidget(picture, 0, Qt::AlignHCenter);
    m_ways->addLayout(loginColumn);

    auto* words = new QVBoxLayout;
    words->setSpacing(24);
    words->addWidget(m_title);
    words->addWidget(m_detail);
    showLoginCode({});
    // Visitors (no code, no card) may use the public services.
    m_visitor->setObjectName(QStringLiteral("visitorButton"));
    m_faceLogin->setObjectName(QStringLiteral("faceLoginButton"));
    m_faceLogin->hide();
    // Under the picture and the words, across the whole card: side by side where both fit (the elder
    // interface's English has the width there, not the height for two rows), else one above the other.
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->setSpacing(16);
    m_buttons->addWidget(m_faceLogin, 0, Qt::AlignHCenter);
    m_buttons->addWidget(m_visitor, 0, Qt::AlignHCenter);

    // Landscape: the ways to log in beside the words; portrait (a standing hall kiosk): above them.
    m_card->setSpacing(40);
    m_card->addLayout(m_ways);
    m_card->addLayout(words, 1);
    auto* whole = new QVBoxLayout(card);
    whole->setContentsMargins(48, 28, 48, 28);
    whole->setSpacing(24);
    whole->addLayout(m_card, 1);
    whole->addLayout(m_buttons);
    connect(m_visitor, &QPushButton::clicked, this, &StartScreen::visitorRequested);
    connect(m_faceLogin, &QPushButton::clicked, this, &StartScreen::faceLoginRequested);

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

void StartScreen::offerFaceLogin(bool offered)
{
    m_faceLogin->setVisible(offered);
    arrangeButtons();
}

QString StartScreen::promptTitle() const
{
    return QString(m_title->text()).remove(QChar(0x2060)); // as it reads
}

void StartScreen::setAtCounter(bool atCounter)
{
    m_atCounter = atCounter;
    retranslate();
}

void StartScreen::offerCardInsertion(bool offered)
{
    m_cardInsertion = offered;
    retranslate();
}

QString StartScreen::promptDetail() const
{
    return m_detail->text();
}

void StartScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool landscape = width() > height();
    m_card->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_ways->setDirection(landscape ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    arrangeButtons();
}

void StartScreen::arrangeButtons()
{
    const int both = m_faceLogin->sizeHint().width() + m_buttons->spacing() + m_visitor->sizeHint().width();
    const bool fit =
        m_faceLogin->isHidden() || both <= m_visitor->parentWidget()->contentsRect().width() - 96;
    m_buttons->setDirection(fit ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void StartScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange)
        arrangeButtons(); // the words' widths change with the language and the theme
}

void StartScreen::retranslate()
{
    if (m_atCounter) {
        // Large type in a narrow window breaks lines often: "e-card" stays whole.
        m_title->setText(design::hyphenatedWordsWhole(
            m_cardInsertion ? tr("Ask for the applicant's e-card QR code or card")
                            : tr("Ask for the applicant's e-card QR code")));
        m_detail->setText(
            m_cardInsertion ? tr("The applicant holds the QR code of the e-card in their phone app over the "
                                 "scanner, or inserts their social security card face up, chip end first.")
                            : tr("The applicant holds the QR code of the e-card in their phone app over the "
                                 "scanner."));
    } else {
        m_title->setText(tr("Please show your e-card QR code"));
        m_detail->setText(m_cardInsertion
                              ? tr("Open the e-card in your phone app and hold its QR code over the scanner "
                                   "below, or insert your social security card face up, chip end first.")
                              : tr("Open the e-card in your phone app and hold its QR code over the scanner "
                                   "below."));
    }
    // At a counter the clerk reads it: the public services without an applicant, not a visitor's way in.
    m_visitor->setText(m_atCounter ? tr("Public services: no applicant needed")
                                   : tr("Visitor entry: public services without logging in"));
    m_loginHint->setText(tr("Or scan this code in your e-card app to log in."));
    m_faceLogin->setText(tr("Sign in by face", "no card or phone with them"));
}

} // namespace ssc
