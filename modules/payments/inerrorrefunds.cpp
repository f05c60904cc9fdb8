#include "inerrorrefunds.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "payments/money.h"
#include "payments/paymentflow.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

InErrorRefunds::InErrorRefunds(PaymentFlow& flow, ItemName itemName, QWidget* parent)
    : QWidget(parent), m_flow(flow), m_itemName(std::move(itemName))
{
    setObjectName(QStringLiteral("paymentInErrorRefunds"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
}

QString InErrorRefunds::reasonText(const QString& reason)
{
    if (reason == u"wrong-grade")
        return tr("Wrong grade chosen");
    if (reason == u"wrong-item")
        return tr("Wrong item paid");
    if (reason == u"wrong-person")
        return tr("Paid for the wrong person");
    return tr("Paid twice for one year");
}

void InErrorRefunds::refresh(const QString& payer)
{
    m_payer = payer;
    // Later, not now: this runs inside the click of a button on one of these banners.
    for (NoticeBanner* old : findChildren<NoticeBanner*>(Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    const bool choosing = m_flow.state() == PaymentFlow::State::Choosing;
    for (const QJsonObject& order : m_flow.paidInError())
        addBanner(order, choosing);
    setVisible(!m_flow.paidInError().isEmpty());
}

void InErrorRefunds::addBanner(const QJsonObject& order, bool choosing)
{
    auto* banner = new NoticeBanner(this);
    const QString amount = payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger());
    const QString orderNo = order.value(QStringLiteral("orderNo")).toString();
    const QString grouped = design::groupForReading(orderNo);
    const auto again = [this] { refresh(m_payer); };
    if (orderNo == m_asking && !m_reason.isEmpty()) {
        banner->setNotice(design::Tone::Warning, tr("Refund %1 to %2?").arg(amount, m_payer),
                          tr("Reason: %1. Order %2, %3. The money goes back to the account it was paid "
                             "from and the contribution is taken off the record; a refund cannot be undone.")
                              .arg(reasonText(m_reason), grouped, m_itemName(order)));
        auto* confirm = banner->addAction(QStringLiteral("paymentErrorRefundConfirm"));
        confirm->setText(tr("Yes, refund %1").arg(amount));
        confirm->setEnabled(choosing);
        connect(confirm, &QPushButton::clicked, this, [this, orderNo] {
            const QString reason = m_reason;
            m_asking.clear();
            m_reason.clear();
            m_flow.refund(orderNo, reason);
        });
    } else if (orderNo == m_asking) {
        banner->setNotice(
            design::Tone::Info, tr("Why is %1 refunded?").arg(amount),
            tr("Order %1, %2. Ask the citizen and choose one.").arg(grouped, m_itemName(order)));
        for (const QString& reason :
             {QStringLiteral("wrong-grade"), QStringLiteral("wrong-item"), QStringLiteral("wrong-person")}) {
            auto* pick = banner->addAction(QStringLiteral("paymentErrorReason-") + reason,
                                           NoticeBanner::Emphasis::Secondary); // equal choices: none primary;
            pick->setText(reasonText(reason));
            connect(pick, &QPushButton::clicked, this, [this, reason, again] {
                m_reason = reason;
                again();
            });
        }
    } else {
        banner->setNotice(
            design::Tone::Info, tr("Paid %1 for %2").arg(amount, m_itemName(order)),
            tr("Order %1. Paid in error? It can be refunded while its year is open.").arg(grouped));
        auto* refund = banner->addAction(QStringLiteral("paymentErrorRefund"));
        refund->setText(tr("Refund (paid in error)"));
        refund->setEnabled(choosing);
        connect(refund, &QPushButton::clicked, this, [this, orderNo, again] {
            m_asking = orderNo;
            m_reason.clear();
            again();
        });
        return layout()->addWidget(banner);
    }
    emit asking(banner);
    auto* cancel =
        banner->addAction(QStringLiteral("paymentErrorRefundCancel"), NoticeBanner::Emphasis::Secondary);
    cancel->setText(tr("Do not refund"));
    connect(cancel, &QPushButton::clicked, this, [this, again] {
        m_asking.clear();
        m_reason.clear();
        again();
    });
    layout()->addWidget(banner);
}

} // namespace ssc
