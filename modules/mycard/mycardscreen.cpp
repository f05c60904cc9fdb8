#include "mycardscreen.h"

#include "logging/logging.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ssc {
namespace {

QLabel* label(const QString& text, const char* objectName = nullptr)
{
    auto* l = new QLabel(text);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    return l;
}

} // namespace

MyCardScreen::MyCardScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_cards(new QVBoxLayout), m_eye(new QPushButton),
      m_back(new QPushButton), m_title(new QLabel)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_eye->setObjectName(QStringLiteral("eyeButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_title, 1); // where am I: the title beside Back, as on every service screen
    buttons->addWidget(m_eye);
    auto* cardsHolder = new QWidget;
    cardsHolder->setLayout(m_cards);
    m_cards->setSpacing(20);
    auto* scroll = new QScrollArea;
    scroll->setWidget(cardsHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    connect(m_eye, &QPushButton::clicked, this, &MyCardScreen::toggleReveal);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    rebuild();
}

void MyCardScreen::toggleReveal()
{
    if (m_revealed || m_context.mode != TerminalMode::Counter || !m_context.platform) {
        setRevealed(!m_revealed);
        return;
    }
    // At a counter, showing a citizen's numbers whole is written to the audit log first.
    m_context.platform->post(
        QStringLiteral("/api/v1/audit/events"),
        {{QStringLiteral("action"), QStringLiteral("reveal_card_numbers")}},
        [this](const PlatformResult& result) {
            if (result.ok())
                setRevealed(true);
            else
                qCWarning(lcApp) << "reveal not audited, stays masked:" << result.errorCode;
        },
        {}, this);
}

void MyCardScreen::setRevealed(bool revealed)
{
    m_revealed = revealed;
    rebuild();
}

void MyCardScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void MyCardScreen::rebuild()
{
    m_eye->setText(m_revealed ? tr("Hide numbers") : tr("Show numbers"));
    m_back->setText(tr("Back"));
    m_title->setText(tr("My social security card"));
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_context.session)
        return;
    const Person& person = m_context.session->person;
    const auto show = [this](const QString& value, MaskKind kind) {
        return m_revealed ? value : ssc::mask(value, kind);
    };
    m_cards->addWidget(label(
        tr("%1 · social security number %2")
            .arg(show(person.name, MaskKind::Name), show(person.socialSecurityNumber, MaskKind::IdNumber)),
        "promptDetail"));
    for (const Card& card : person.cards) {
        auto* box = new QWidget;
        box->setObjectName(QStringLiteral("card"));
        box->setAttribute(Qt::WA_StyledBackground);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(32, 24, 32, 24);
        grid->setHorizontalSpacing(32);
        grid->setVerticalSpacing(12);
        auto* title = label(tr("Social security card · %1").arg(card.shownRegionName()), "sectionTitle");
        grid->addWidget(title, 0, 0, 1, 2);
        auto* status = label(CardStatusPolicy::displayName(card.status),
                             card.givesUsableECard() ? "statusGood" : "statusBad");
        grid->addWidget(status, 0, 2, Qt::AlignRight);
        QList<std::pair<QString, QString>> rows{
            {tr("Card number"), show(card.cardNumber, MaskKind::CardNumber)},
            {tr("Issued in"), card.shownRegionName()},
            {tr("Valid"),
             tr("%1 to %2").arg(card.issued.toString(Qt::ISODate), card.expires.toString(Qt::ISODate))},
            {tr("Bank account"), show(card.bankAccount, MaskKind::BankAccount)},
            {tr("Status"), CardStatusPolicy::meaning(card.status)},
        };
        QStringList claims;
        for (const ECardClaim& claim : card.eCardClaims)
            claims << tr("%1, %2").arg(claim.channel, claim.claimedOn.toString(Qt::ISODate));
        rows << std::pair{tr("Electronic card claimed"),
                          claims.isEmpty() ? tr("not yet") : claims.join(u'\n')};
        int row = 1;
        for (const auto& [name, value] : rows) {
            grid->addWidget(label(name, "fieldName"), row, 0);
            grid->addWidget(label(value), row, 1, 1, 2);
            ++row;
        }
        if (!card.givesUsableECard())
            grid->addWidget(label(CardStatusPolicy::advice(card.status), "advice"), row, 0, 1, 3);
        m_cards->addWidget(box);
    }
    m_cards->addStretch(1);
}

} // namespace ssc
