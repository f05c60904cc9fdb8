#include "paymentscreen.h"

#include "inerrorrefunds.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/scrollpage.h"
#include "paymentqrpage.h"
#include "paymentreceipt.h"
#include "payments/money.h"
#include "payments/paymentflow.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace ssc {
namespace {

enum Page { Choose, Qr, Result };

} // namespace

PaymentScreen::PaymentScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_flow(new PaymentFlow(*context.platform, this)),
      m_title(new QLabel), m_back(new QPushButton), m_intro(new QLabel), m_itemsLabel(new QLabel),
      m_items(new ChoiceButtons(2)), m_amountsLabel(new QLabel), m_amounts(new ChoiceButtons(6)),
      m_notice(new NoticeBanner), m_refunds(new QWidget),
      m_inError(new InErrorRefunds(*m_flow, [this](const QJsonObject& order) { return itemName(order); })),
      m_pay(new QPushButton), m_qrPage(new PaymentQrPage(*m_flow)), m_result(new ResultPage),
      m_receipt(new DocumentActions(context)), m_pages(new QStackedLayout), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_intro->setObjectName(QStringLiteral("paymentIntro"));
    m_intro->setWordWrap(true);
    m_itemsLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_amountsLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_items->setObjectName(QStringLiteral("paymentItems"));
    m_amounts->setObjectName(QStringLiteral("paymentAmounts"));
    m_pay->setObjectName(QStringLiteral("paymentPay"));
    m_pay->setProperty("primary", true);
    m_result->actionsRow()->insertWidget(0, m_receipt);
    m_result->setReceiptQrOffered(context.mode != TerminalMode::Counter);

    auto* choose = new QWidget;
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->setSpacing(24);
    m_flow->setCounter(context.mode == TerminalMode::Counter);
    auto* refundsLayout = new QVBoxLayout(m_refunds);
    refundsLayout->setContentsMargins(0, 0, 0, 0);
    refundsLayout->setSpacing(16);
    for (QWidget* part : {static_cast<QWidget*>(m_intro), static_cast<QWidget*>(m_notice), m_refunds,
                          static_cast<QWidget*>(m_inError), static_cast<QWidget*>(m_itemsLabel),
                          static_cast<QWidget*>(m_items), static_cast<QWidget*>(m_amountsLabel),
                          static_cast<QWidget*>(m_amounts)})
        chooseLayout->addWidget(part);
    chooseLayout->addStretch(1);
    // The primary action stays in its place at the bottom whatever the words and the type size: the choices
    // scroll above it, it never goes below the fold.
    auto* choosePage = new QWidget;
    auto* choosePageLayout = new QVBoxLayout(choosePage);
    choosePageLayout->setContentsMargins(0, 0, 0, 0);
    choosePageLayout->setSpacing(16);
    m_chooseScroll = new ScrollPage(choose);
    choosePageLayout->addWidget(m_chooseScroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pay);
    choosePageLayout->addLayout(buttons);
    m_pages->addWidget(choosePage);
    m_pages->addWidget(new ScrollPage(m_qrPage));
    m_pages->addWidget(m_result); // it scrolls its words itself

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(header);
    layout->addLayout(m_pages, 1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    connect(m_items, &ChoiceButtons::chosen, this, [this](const QString& key) {
        chooseItem(key);
        revealAmounts();
    });
    connect(m_amounts, &ChoiceButtons::chosen, this, [this] { retranslate(); });
    connect(m_pay, &QPushButton::clicked, this, &PaymentScreen::pay);
    // With large type the reasons and the question open below the fold: brought into view once laid out
    // (the page's layout first, then the scroll range it gives, each a turn of the event loop).
    connect(m_inError, &InErrorRefunds::asking, this, [this](QWidget* banner) {
        QTimer::singleShot(0, this, [this, shown = QPointer<QWidget>(banner)] {
            m_inError->parentWidget()->layout()->activate();
            QTimer::singleShot(0, this, [this, shown] {
                if (shown && shown->isVisible())
                    m_chooseScroll->reveal(
                        QRect(shown->mapTo(m_inError->parentWidget(), QPoint(0, 0)), shown->size()));
            });
        });
    });
    connect(m_qrPage->cancelButton(), &QPushButton::clicked, m_flow, &PaymentFlow::startOver);
    connect(m_result, &ResultPage::homeRequested, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    connect(m_result, &ResultPage::nextServiceRequested, this, [this] {
        // Closed: the way on is where to pay instead (a kiosk's citizen is sent to a counter); after a
        // payment, another payment.
        if (m_closedShown) {
            if (m_context.openService)
                m_context.openService(QStringLiteral("outlets"));
        } else
            m_flow->startOver();
    });
    connect(m_flow, &PaymentFlow::changed, this, &PaymentScreen::follow);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, m_qrPage, &PaymentQrPage::refresh);
    retranslate();
    m_flow->load();
}

PaymentScreen::~PaymentScreen() = default;

void PaymentScreen::follow()
{
    using State = PaymentFlow::State;
    const State state = m_flow->state();
    m_clock->setInterval(1000);
    if (state == State::Awaiting) {
        m_qrPage->refresh();
        m_pages->setCurrentIndex(Qr);
        m_back->hide(); // leaving is "Do not pay now", which says what becomes of the order
        m_clock->start();
        return;
    }
    m_clock->stop();
    m_back->show();
    if (state == State::Paid || state == State::PaidTwice || state == State::Expired ||
        state == State::Refunded || (state == State::Failed && !m_flow->order().isEmpty()))
        return showResult();
    if (closedForGood())
        return showClosed();
    showChoices();
}

QString PaymentScreen::itemLabel(const QString& key) const
{
    for (const auto& item : m_flow->items())
        if (item.key == key) {
            QString label = tr("%1, %2").arg(inCurrentLanguage(item.name)).arg(item.year);
            if (item.gradesFen.size() == 1)
                label += QStringLiteral(" · ") + payments::moneyText(item.gradesFen.first());
            return label;
        }
    return key;
}

QString PaymentScreen::itemName(const QJsonObject& order) const
{
    for (const auto& item : m_flow->items())
        if (item.key == order.value(QStringLiteral("item")).toString())
            return tr("%1, %2")
                .arg(inCurrentLanguage(item.name))
                .arg(order.value(QStringLiteral("year")).toInt());
    return order.value(QStringLiteral("item")).toString();
}

void PaymentScreen::showChoices()
{
    using State = PaymentFlow::State;
    m_pages->setCurrentIndex(Choose);
    const State state = m_flow->state();
    QList<std::pair<QString, QString>> payable;
    QStringList settled; // paid already, or not for this person: said, not offered
    for (const auto& item : m_flow->items()) {
        if (item.paid)
            settled << tr("%1 is paid for %2.").arg(inCurrentLanguage(item.name)).arg(item.year);
        else if (!item.refusal.isEmpty())
            settled << inCurrentLanguage(item.refusal);
        else
            payable.append({item.key, itemLabel(item.key)});
    }
    const QString chosen = m_items->chosenKey();
    if (m_items->keys() != [&] {
            QStringList keys;
            for (const auto& p : payable)
                keys << p.first;
            return keys;
        }())
        m_items->setChoices(payable);
    else
        m_items->relabel([this](const QString& key) { return itemLabel(key); });
    if (payable.size() == 1 && m_items->chosenKey().isEmpty())
        m_items->setChosen(payable.first().first);
    else if (!chosen.isEmpty())
        m_items->setChosen(chosen);
    chooseItem(m_items->chosenKey());

    const bool nothing = state == State::Choosing && (payable.isEmpty() || !m_flow->open());
    m_notice->clearActions();
    m_notice->setVisible(state != State::Choosing || nothing || !settled.isEmpty());
    if (state == State::Loading)
        m_notice->setNotice(design::Tone::Info, tr("Finding out what you can pay…"));
    else if (state == State::Creating)
        m_notice->setNotice(design::Tone::Info, tr("Making your order…"),
                            tr("This takes a few seconds. Nothing is charged yet."));
    else if (state == State::Failed) {
        m_notice->setNotice(design::Tone::Error, m_flow->lastFailure().message(),
                            m_flow->lastFailure().advice());
        auto* retry = m_notice->addAction(QStringLiteral("paymentRetry"));
        retry->setText(tr("Try again"));
        connect(retry, &QPushButton::clicked, m_flow, &PaymentFlow::retry);
    } else if (!m_flow->open()) // closed with refunds still owed (closed alone is the result page)
        m_notice->setNotice(design::Tone::Warning, tr("Payments cannot be taken here at the moment"),
                            tr("The applicant can pay in the e-card app or at a bank."));
    else if (payable.isEmpty())
        m_notice->setNotice(design::Tone::Success, tr("There is nothing to pay now."), settled.join(u' '));
    else if (!settled.isEmpty())
        m_notice->setNotice(design::Tone::Info, settled.join(u' '));
    showRefunds();
    const bool choosing = state == State::Choosing && !nothing;
    m_itemsLabel->setVisible(choosing);
    m_items->setVisible(choosing);
    m_pay->setVisible(choosing);
    retranslate();
}

void PaymentScreen::showRefunds()
{
    // Later, not now: this runs inside the click of a button on one of these banners.
    for (NoticeBanner* old : m_refunds->findChildren<NoticeBanner*>(Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    const bool choosing = m_flow->state() == PaymentFlow::State::Choosing;
    const QString payer =
        m_context.session ? ssc::mask(m_context.session->person.name, MaskKind::Name) : QString();
    for (const QJsonObject& order : m_flow->paidTwice()) {
        auto* banner = new NoticeBanner(m_refunds);
        const QString amount = payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger());
        const QString orderNo = order.value(QStringLiteral("orderNo")).toString();
        // Money leaves only on a second, deliberate tap: the first asks, naming whose money and where it
        // goes.
        if (orderNo == m_confirmingRefund) {
            banner->setNotice(
                design::Tone::Warning, tr("Refund %1 to %2?").arg(amount, payer),
                tr("Order %1, %2. The money goes back to the account it was paid from; a refund "
                   "cannot be undone.")
                    .arg(design::groupForReading(orderNo), itemName(order)));
            auto* confirm = banner->addAction(QStringLiteral("paymentRefundConfirm"));
            confirm->setText(tr("Yes, refund %1").arg(amount));
            confirm->setEnabled(choosing);
            connect(confirm, &QPushButton::clicked, m_flow, [this, orderNo] {
                m_confirmingRefund.clear();
                m_flow->refund(orderNo);
            });
            auto* cancel =
                banner->addAction(QStringLiteral("paymentRefundCancel"), NoticeBanner::Emphasis::Secondary);
            cancel->setText(tr("Do not refund"));
            connect(cancel, &QPushButton::clicked, this, [this] {
                m_confirmingRefund.clear();
                showRefunds();
            });
        } else {
            banner->setNotice(
                design::Tone::Warning, tr("Paid twice: %1 for %2").arg(amount, itemName(order)),
                tr("Order %1. The year was already paid; refund this payment to the account it came from.")
                    .arg(design::groupForReading(orderNo)));
            auto* refund = banner->addAction(QStringLiteral("paymentRefund"));
            refund->setText(tr("Refund %1").arg(amount));
            refund->setEnabled(choosing);
            connect(refund, &QPushButton::clicked, this, [this, orderNo] {
                m_confirmingRefund = orderNo;
                showRefunds();
            });
        }
        m_refunds->layout()->addWidget(banner);
    }
    m_refunds->setVisible(!m_flow->paidTwice().isEmpty());
    m_inError->refresh(payer);
}

void PaymentScreen::chooseItem(const QString& key)
{
    QList<std::pair<QString, QString>> amounts;
    for (const auto& item : m_flow->items())
        if (item.key == key)
            for (qint64 fen : item.gradesFen)
                amounts.append({QString::number(fen), payments::moneyText(fen)});
    const QString before = m_amounts->chosenKey();
    m_amounts->setChoices(amounts);
    if (amounts.size() == 1)
        m_amounts->setChosen(amounts.first().first);
    else
        m_amounts->setChosen(before);
    // One amount needs no choosing: it is said on the item's tile.
    const bool choose = amounts.size() > 1 && m_flow->state() == PaymentFlow::State::Choosing;
    m_amountsLabel->setVisible(choose);
    m_amounts->setVisible(choose);
    retranslate();
}

// With large type (the elder interface at a 1280 x 800 counter) the amounts start below the fold: once the
// citizen has tapped an item, they are brought into view, after the layout has placed them.
void PaymentScreen::revealAmounts()
{
    QTimer::singleShot(0, this, [this] {
        if (m_amounts->isVisible())
            m_chooseScroll->reveal(m_amountsLabel->geometry().united(m_amounts->geometry()));
    });
}

qint64 PaymentScreen::chosenAmount() const
{
    return m_amounts->chosenKey().toLongLong();
}

void PaymentScreen::pay()
{
    if (m_items->chosenKey().isEmpty() || chosenAmount() <= 0)
        return;
    m_flow->pay(m_items->chosenKey(), chosenAmount());
}

bool PaymentScreen::closedForGood() const
{
    // Refunds still owed are a clerk's work on the choices page, closed or not.
    return m_flow->state() == PaymentFlow::State::Choosing && !m_flow->open() &&
           m_flow->paidTwice().isEmpty() && m_flow->paidInError().isEmpty();
}

// Closed is an end, not a form: the result page's warning, where to pay instead, and its ways on (Home; at a
// kiosk the service outlets, to find a counter), never a lone notice with only Back.
void PaymentScreen::showClosed()
{
    m_closedShown = true;
    m_receipt->clear();
    const bool counter = m_context.mode == TerminalMode::Counter;
    m_result->showResult(design::Tone::Warning, tr("Payments cannot be taken here at the moment"),
                         counter ? tr("The applicant can pay in the e-card app or at a bank.")
                                 : tr("Please pay in the e-card app or at a bank, or at a service counter."));
    m_result->offerNextService(counter ? QString() : tr("Find a service counter"));
    m_pages->setCurrentIndex(Result); // Back stays: nothing was ordered, so leaving breaks nothing
    retranslate();
}

void PaymentScreen::showResult()
{
    m_closedShown = false;
    using State = PaymentFlow::State;
    const QJsonObject& order = m_flow->order();
    const QString amount = payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger());
    const QString what = itemLabel(order.value(QStringLiteral("item")).toString());
    const QString orderNo = order.value(QStringLiteral("orderNo")).toString();
    m_receipt->clear();
    switch (m_flow->state()) {
    case State::Paid:
        m_result->showResult(
            design::Tone::Success, tr("Paid: %1 for %2").arg(amount, what),
            tr("It is recorded on your contributions. Keep the receipt: its verification code %1 "
               "proves the payment.")
                .arg(design::groupForReading(order.value(QStringLiteral("verificationCode")).toString())),
            orderNo);
        m_receipt->setDocument(paymentReceipt(order, what));
        break;
    case State::PaidTwice:
        m_result->showResult(
            design::Tone::Warning,
            tr("Paid, but %1 was already paid, so this payment will be refunded").arg(what),
            tr("Please show this receipt at a counter: a clerk refunds %1 to the account you "
               "paid from. Nothing else is needed.")
                .arg(amount),
            orderNo);
        m_receipt->setDocument(paymentReceipt(order, what));
        break;
    case State::Refunded:
        m_result->showResult(
            design::Tone::Success,
            tr("Refunded %1 to %2")
                .arg(amount, m_context.session ? ssc::mask(m_context.session->person.name, MaskKind::Name)
                                               : QString()),
            tr("%1 is taken off the contributions. The money goes back to the account it was paid from; "
               "the bank knows the refund by the number below.")
                .arg(itemName(order)),
            order.value(QStringLiteral("refundNo")).toString());
        break;
    case State::Expired:
        m_result->showResult(design::Tone::Warning, tr("The time to pay ran out. Nothing was charged."),
                             tr("You can start again whenever you are ready."), orderNo);
        break;
    default:
        m_result->showResult(design::Tone::Error, m_flow->lastFailure().message(),
                             m_flow->lastFailure().advice(), orderNo);
        break;
    }
    m_result->offerNextService(tr("Pay something else"));
    m_pages->setCurrentIndex(Result);
    m_back->hide(); // after a payment only forward: another payment, or Home
    retranslate();  // the receipt number's label: an order's, or a refund's
}

bool PaymentScreen::takesPaymentCode(const QString& text) const
{
    return m_flow->state() == PaymentFlow::State::Awaiting && PaymentFlow::looksLikePaymentCode(text);
}

void PaymentScreen::takePaymentCode(const QString& text)
{
    m_flow->payWithCode(text.trimmed());
}

void PaymentScreen::retranslate()
{
    m_title->setText(tr("Pay contributions"));
    m_back->setText(tr("Back"));
    const QString payer = m_context.session ? m_context.session->person.name : QString();
    const QString intro = tr("Pay your residents' pension or medical insurance contribution with the e-card "
                             "app on your phone. The payment is recorded at once.");
    // Closed: no intro at all, only the notice saying so and where to pay instead.
    const bool open = m_flow->open();
    const QString invitation = open ? intro : QString();
    const QString paying = payer.isEmpty() || !open ? QString() : tr("Paying for: %1").arg(payer);
    m_intro->setText(paying.isEmpty() || invitation.isEmpty() ? paying + invitation
                                                              : paying + u'\n' + invitation);
    m_intro->setVisible(!m_intro->text().isEmpty());
    m_result->setReceiptLabel(m_flow->state() == PaymentFlow::State::Refunded
                                  ? tr("Refund number (for the bank, if the money is asked after)")
                                  : tr("Order number (keep it: a refund or a question needs it)"));
    m_itemsLabel->setText(tr("What do you want to pay?"));
    m_amountsLabel->setText(tr("How much a year? A higher amount gives a higher pension later."));
    const qint64 amount = chosenAmount();
    m_pay->setText(amount > 0 ? tr("Pay %1").arg(payments::moneyText(amount)) : tr("Pay"));
    m_pay->setEnabled(amount > 0 && !m_items->chosenKey().isEmpty());
}

void PaymentScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_pages->currentIndex() == Choose)
            showChoices();
        else if (m_pages->currentIndex() == Result)
            m_closedShown ? showClosed() : showResult();
    }
    QWidget::changeEvent(event);
}

} // namespace ssc
