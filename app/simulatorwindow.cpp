#include "simulatorwindow.h"

#include "domain/cardstatus.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "simulator/democard.h"
#include "simulator/virtualcardreader.h"
#include "simulator/virtualpedestal.h"

#include <QDate>
#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

SimulatorWindow::SimulatorWindow(PlatformClient& platform, VirtualPedestal& pedestal, QWidget* parent)
    : QWidget(parent, Qt::Window), m_platform(platform), m_pedestal(pedestal), m_people(new QListWidget),
      m_status(new QLabel), m_show(new QPushButton), m_expired(new QPushButton), m_again(new QPushButton),
      m_garbage(new QPushButton), m_paymentCode(new QPushButton), m_confirmLogin(new QPushButton),
      m_insertCard(new QPushButton), m_removeCard(new QPushButton)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_show->setProperty("primary", true);
    m_show->setObjectName(QStringLiteral("showCode"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_people, 1);
    m_confirmLogin->setObjectName(QStringLiteral("confirmLogin"));
    for (QPushButton* b :
         {m_show, m_expired, m_again, m_garbage, m_paymentCode, m_confirmLogin, m_insertCard, m_removeCard})
        layout->addWidget(b);
    m_insertCard->setVisible(false); // until a card reader is given
    m_removeCard->setVisible(false);
    layout->addWidget(m_status);
    connect(m_show, &QPushButton::clicked, this, [this] { showCode(); });
    connect(m_expired, &QPushButton::clicked, this, [this] { showCode(70); });
    connect(m_again, &QPushButton::clicked, this, &SimulatorWindow::showLastCodeAgain);
    connect(m_garbage, &QPushButton::clicked, this, &SimulatorWindow::showGarbage);
    connect(m_paymentCode, &QPushButton::clicked, this, &SimulatorWindow::showPaymentCode);
    connect(m_confirmLogin, &QPushButton::clicked, this, &SimulatorWindow::confirmLoginCode);
    connect(m_insertCard, &QPushButton::clicked, this, &SimulatorWindow::insertCard);
    connect(m_removeCard, &QPushButton::clicked, this, &SimulatorWindow::removeCard);
    resize(420, 760);
    retranslate();
}

void SimulatorWindow::loadPeople()
{
    m_platform.get(
        QStringLiteral("/api/v1/demo/people"),
        [this](const PlatformResult& result) {
            m_people->clear();
            if (!result.ok()) {
                m_status->setText(result.message());
                return;
            }
            for (const QJsonValue& value : result.body.value(QStringLiteral("people")).toArray()) {
                const QJsonObject p = value.toObject();
                const auto status = cardStatusFromKey(p.value(QStringLiteral("cardStatus")).toString())
                                        .value_or(CardStatus::Normal);
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1 · %2 · %3")
                        .arg(ssc::mask(p.value(QStringLiteral("name")).toString(), MaskKind::Name),
                             p.value(QStringLiteral("region")).toString(),
                             CardStatusPolicy::displayName(status)));
                item->setData(Qt::UserRole, p.value(QStringLiteral("person")).toString());
                item->setData(Qt::UserRole + 1, p.value(QStringLiteral("ssn")).toString());
                item->setData(Qt::UserRole + 2, p);
                m_people->addItem(item);
            }
            if (m_people->count() > 0)
                m_people->setCurrentRow(0);
        },
        this);
}

bool SimulatorWindow::peopleLoaded() const
{
    return m_people->count() > 0;
}

void SimulatorWindow::showCode(int issuedSecondsAgo)
{
    const QListWidgetItem* item = m_people->currentItem();
    if (!item)
        return;
    // A person with cards in two regions appears twice; the number picks the person, the region the card.
    const QJsonObject body{{QStringLiteral("person"), item->data(Qt::UserRole + 1).toString()},
                           {QStringLiteral("issuedSecondsAgo"), issuedSecondsAgo}};
    m_platform.post(
        QStringLiteral("/api/v1/demo/ecard/mint"), body,
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                m_status->setText(result.message());
                return;
            }
            m_lastCode = result.body.value(QStringLiteral("code")).toString();
            m_status->setText(tr("Code shown to the pedestal."));
            m_pedestal.present(m_lastCode);
        },
        {}, this);
}

void SimulatorWindow::showLastCodeAgain()
{
    if (!m_lastCode.isEmpty())
        m_pedestal.present(m_lastCode);
}

void SimulatorWindow::showGarbage()
{
    m_pedestal.present(QStringLiteral("https://example.com/not-an-ecard"));
}

void SimulatorWindow::showPaymentCode()
{
    // The demo acquirer's form of a payment code (docs/payments.md): the payment screen takes it, 被扫.
    m_pedestal.present(QStringLiteral("281234567890123456"));
}

void SimulatorWindow::seeLoginCode(const QString& id)
{
    m_loginCodeId = id;
    m_confirmLogin->setEnabled(!id.isEmpty());
}

void SimulatorWindow::confirmLoginCode()
{
    const QListWidgetItem* item = m_people->currentItem();
    if (!item || m_loginCodeId.isEmpty())
        return;
    m_platform.post(
        QStringLiteral("/api/v1/demo/login-codes/%1/confirm").arg(m_loginCodeId),
        {{QStringLiteral("person"), item->data(Qt::UserRole + 1).toString()}},
        [this](const PlatformResult& result) {
            m_status->setText(result.ok() ? tr("Login confirmed in the app.") : result.message());
        },
        {}, this);
}

void SimulatorWindow::setCardReader(VirtualCardReader* reader)
{
    m_cards = reader;
    m_insertCard->setVisible(reader != nullptr);
    m_removeCard->setVisible(reader != nullptr);
}

void SimulatorWindow::insertCard()
{
    const QListWidgetItem* item = m_people->currentItem();
    if (!item || !m_cards)
        return;
    const QJsonObject p = item->data(Qt::UserRole + 2).toJsonObject();
    // The chip as the card office personalised it: every file, the PIN, and the card's own key. Generation 3
    // chips keep EF06 to themselves.
    const SimulatedCard::Personalisation card = demoCardPersonalisation(p);
    const int generation = card.files.generation();
    m_cards->insert(card);
    m_status->setText(tr("Card inserted (generation %1). Its PIN is 123456.").arg(generation));
}

void SimulatorWindow::removeCard()
{
    if (m_cards && m_cards->holdsCard()) {
        m_cards->remove();
        m_status->setText(tr("Card taken out."));
    }
}

void SimulatorWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulatorWindow::retranslate()
{
    setWindowTitle(tr("Demo: the citizen's phone"));
    m_show->setText(tr("Show this person's e-card code"));
    m_expired->setText(tr("Show an expired code"));
    m_again->setText(tr("Show the last code again"));
    m_garbage->setText(tr("Show a QR code that is not an e-card"));
    m_paymentCode->setText(tr("Show the e-card payment code (pays the order on screen)"));
    m_confirmLogin->setText(tr("Scan the terminal's login code and confirm"));
    m_insertCard->setText(tr("Insert this person's card"));
    m_removeCard->setText(tr("Take the card out"));
}

} // namespace ssc
