#include "refundsscreen.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "payments/money.h"
#include "platform/platformclient.h"
#include "platform/platformresult.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {
namespace {

// Rows that fit a counter's 1280x800 screen below the notice and its buttons; the rest follow once these are
// refunded.
constexpr int shownRows = 4;

} // namespace

RefundsScreen::RefundsScreen(const ModuleContext& context, QWidget* parent) : StaffListPage(context, parent)
{
    retranslate();
    reload();
}

void RefundsScreen::reload()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/payments/refunds"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            if (result.ok()) {
                m_orders = result.body.value(QStringLiteral("orders")).toArray();
                m_problem.clear();
            } else {
                m_problem = result.messageAndAdvice();
            }
            rebuildRows();
            retranslate();
        },
        this);
}

// One row an order, its own widget: a reload drops the old rows whole.
void RefundsScreen::rebuildRows()
{
    clearRows();
    m_rowLabels.clear();
    m_rowButtons.clear();
    for (int i = 0; i < std::min(int(m_orders.size()), shownRows); ++i) {
        const Row row = addRow();
        row.button->setObjectName(QStringLiteral("refundRow"));
        connect(row.button, &QPushButton::clicked, this, [this, i] { ask(i); });
        m_rowLabels.append(row.label);
        m_rowButtons.append(row.button);
    }
}

void RefundsScreen::ask(int index)
{
    if (index < 0 || index >= m_orders.size() || m_busy)
        return;
    m_confirming = m_orders[index].toObject();
    retranslate();
}

void RefundsScreen::refund(QJsonObject order)
{
    if (m_busy || !m_context.platform)
        return;
    m_busy = true;
    m_confirming = {};
    retranslate();
    m_context.platform->post(
        QStringLiteral("/api/v1/staff/payments/orders/%1/refund")
            .arg(order.value(QStringLiteral("orderNo")).toString()),
        {{QStringLiteral("reason"), QStringLiteral("paid-twice")}},
        [this, order](const PlatformResult& result) {
            m_busy = false;
            if (result.ok()) {
                m_refunded = order;
                m_refundNo = result.body.value(QStringLiteral("refundNo")).toString();
                m_problem.clear();
            } else {
                m_refunded = {};
                m_problem = result.messageAndAdvice();
            }
            reload();
        },
        {}, this);
}

QString RefundsScreen::amountOf(const QJsonObject& order)
{
    return payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger());
}

QString RefundsScreen::describe(const QJsonObject& order) const
{
    const QString paidAt = QDateTime::fromMSecsSinceEpoch(order.value(QStringLiteral("paidAt")).toInteger())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 · %2 %3 · %4")
               .arg(order.value(QStringLiteral("payer")).toString(),
                    inCurrentLanguage(order.value(QStringLiteral("name")).toObject()))
               .arg(order.value(QStringLiteral("year")).toInt())
               .arg(amountOf(order)) +
           QLatin1Char('\n') +
           tr("Paid %1 at %2 · order %3")
               .arg(paidAt, order.value(QStringLiteral("terminal")).toString(),
                    design::groupForReading(order.value(QStringLiteral("orderNo")).toString()));
}

QString RefundsScreen::rowText(int index) const
{
    return m_rowLabels.value(index) ? m_rowLabels[index]->text() : QString();
}

void RefundsScreen::retranslate()
{
    m_title->setText(tr("Refunds to make"));
    m_back->setText(tr("Back"));
    for (int i = 0; i < m_rowLabels.size(); ++i) {
        m_rowLabels[i]->setText(describe(m_orders[i].toObject()));
        m_rowButtons[i]->setText(tr("Refund %1").arg(amountOf(m_orders[i].toObject())));
        m_rowButtons[i]->setEnabled(!m_busy && m_confirming.isEmpty());
    }
    m_notice->clearActions();
    if (!m_confirming.isEmpty()) {
        const QString amount = amountOf(m_confirming);
        m_notice->setNotice(
            design::Tone::Warning,
            tr("Refund %1 to %2? This cannot be undone.")
                .arg(amount, m_confirming.value(QStringLiteral("payer")).toString()),
            tr("Order %1. The money goes back to the account it was paid from; the year stays paid by the "
               "citizen's other payment.")
                .arg(design::groupForReading(m_confirming.value(QStringLiteral("orderNo")).toString())));
        auto* confirm = m_notice->addAction(QStringLiteral("refundConfirm"));
        confirm->setText(tr("Yes, refund %1").arg(amount));
        // Queued: both answers rebuild the notice, and with it the button being clicked.
        connect(
            confirm, &QPushButton::clicked, this, [this] { refund(m_confirming); }, Qt::QueuedConnection);
        auto* cancel = m_notice->addAction(QStringLiteral("refundCancel"), NoticeBanner::Emphasis::Secondary);
        cancel->setText(tr("Do not refund"));
        connect(
            cancel, &QPushButton::clicked, this,
            [this] {
                m_confirming = {};
                retranslate();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_loaded)
        return m_notice->setNotice(design::Tone::Info, tr("Looking up payments to refund…"));
    if (m_busy)
        return m_notice->setNotice(design::Tone::Info, tr("Refunding…"));
    if (!m_problem.isEmpty())
        return m_notice->setNotice(design::Tone::Error, m_problem);
    if (!m_refunded.isEmpty()) {
        // The number on its own line, grouped for reading out to the citizen; then what is left to do.
        QStringList detail{tr("Refund number: %1").arg(design::groupForReading(m_refundNo)),
                           tr("The citizen quotes it to their bank if the money has not arrived in a few "
                              "working days.")};
        detail.append(m_orders.isEmpty()
                          ? tr("No other payment in this hall waits for a refund.")
                          : tr("%n more payment(s) paid twice wait for a refund.", "", int(m_orders.size())));
        return m_notice->setNotice(
            design::Tone::Success,
            tr("Refunded %1 to %2")
                .arg(amountOf(m_refunded), m_refunded.value(QStringLiteral("payer")).toString()),
            detail.join(u'\n'));
    }
    if (m_orders.isEmpty())
        return m_notice->setNotice(design::Tone::Success, tr("No payment in this hall waits for a refund."));
    m_notice->setNotice(
        design::Tone::Warning,
        tr("%n payment(s) made in this hall paid a year already paid, newest first.", "",
           int(m_orders.size())),
        (m_orders.size() > shownRows
             ? tr("The newest %1 are shown; the others follow once these are refunded.").arg(shownRows) +
                   QLatin1Char(' ')
             : QString()) +
            tr("Refund each to the account it came from; the citizen need not be here."));
}

void RefundsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
