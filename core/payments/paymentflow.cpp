#include "paymentflow.h"

#include "logging/logging.h"
#include "platform/platformclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace ssc {

PaymentFlow::PaymentFlow(PlatformClient& platform, QObject* parent) : QObject(parent), m_platform(platform)
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &PaymentFlow::checkNow);
}

void PaymentFlow::setState(State state)
{
    m_state = state;
    if (state == State::Awaiting)
        m_poll.start();
    else
        m_poll.stop();
    emit changed();
}

void PaymentFlow::load()
{
    setState(State::Loading);
    m_platform.get(
        QStringLiteral("/api/v1/me/payments/items"),
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                m_failure = result;
                return setState(State::Failed);
            }
            m_open = result.body.value(QStringLiteral("open")).toBool();
            m_items.clear();
            for (const QJsonValue& v : result.body.value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = v.toObject();
                Item item;
                item.key = o.value(QStringLiteral("item")).toString();
                item.name = o.value(QStringLiteral("name")).toObject();
                item.year = o.value(QStringLiteral("year")).toInt();
                for (const QJsonValue& fen : o.value(QStringLiteral("gradesFen")).toArray())
                    item.gradesFen.append(fen.toInteger());
                item.paid = o.value(QStringLiteral("paid")).toBool();
                item.paidOrder = o.value(QStringLiteral("paidOrder")).toObject();
                item.refusal = o.value(QStringLiteral("refusal")).toObject();
                m_items.append(item);
            }
            if (m_counter)
                return loadRefundable();
            setState(State::Choosing);
        },
        this);
}

void PaymentFlow::loadRefundable()
{
    m_platform.get(
        QStringLiteral("/api/v1/me/payments"),
        [this](const PlatformResult& result) {
            m_paidTwice.clear();
            m_paidInError.clear();
            for (const QJsonValue& v : result.body.value(QStringLiteral("orders")).toArray()) {
                const QJsonObject order = v.toObject();
                const QString status = order.value(QStringLiteral("status")).toString();
                if (status == u"paid-twice")
                    m_paidTwice.append(order);
                else if (status == u"paid" && order.value(QStringLiteral("refundable")).toBool())
                    m_paidInError.append(order); // the platform's rules: the year still open
            }
            setState(State::Choosing); // a list that did not load shows none; the items are what matter
        },
        this);
}

void PaymentFlow::refund(const QString& orderNo, const QString& reason)
{
    setState(State::Loading);
    m_platform.post(
        QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(orderNo),
        {{QStringLiteral("reason"), reason}},
        [this, reason](const PlatformResult& result) {
            if (!result.ok()) {
                m_failure = result;
                m_key.clear(); // "Try again" loads the items again
                return setState(State::Failed);
            }
            if (reason == u"paid-twice")
                return load();
            m_order = result.body; // the refund number, for the citizen's bank
            setState(State::Refunded);
        },
        QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(), this);
}

void PaymentFlow::pay(const QString& item, qint64 amountFen)
{
    if (m_state != State::Choosing && m_state != State::Failed)
        return;
    if (m_state == State::Choosing || item != m_item || amountFen != m_amountFen)
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    m_item = item;
    m_amountFen = amountFen;
    sendOrder();
}

void PaymentFlow::retry()
{
    if (m_state == State::Failed && !m_key.isEmpty())
        sendOrder();
    else if (m_state == State::Failed)
        load();
}

void PaymentFlow::sendOrder()
{
    m_order = {};
    m_codeProblem = {};
    setState(State::Creating);
    m_platform.post(
        QStringLiteral("/api/v1/me/payments/orders"),
        {{QStringLiteral("item"), m_item}, {QStringLiteral("amountFen"), m_amountFen}},
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                qCInfo(lcApp) << "payment order not made:" << result.errorCode;
                m_failure = result;
                return setState(State::Failed);
            }
            applyOrder(result.body);
        },
        m_key, this);
}

void PaymentFlow::applyOrder(const QJsonObject& order)
{
    m_order = order;
    const QString status = order.value(QStringLiteral("status")).toString();
    if (status == u"paid" || status == u"refunded")
        setState(State::Paid);
    else if (status == u"paid-twice")
        setState(State::PaidTwice);
    else if (status == u"expired")
        setState(State::Expired);
    else if (m_state != State::Awaiting)
        setState(State::Awaiting);
    else
        emit changed(); // still waiting: the time left moves on
}

void PaymentFlow::checkNow()
{
    const QString orderNo = m_order.value(QStringLiteral("orderNo")).toString();
    if (m_state != State::Awaiting || orderNo.isEmpty() || m_polling)
        return;
    m_polling = true;
    m_platform.get(
        QStringLiteral("/api/v1/me/payments/orders/") + orderNo,
        [this, orderNo](const PlatformResult& result) {
            m_polling = false;
            // A poll that did not get through changes nothing: the order is the platform's, the next asks
            // again.
            if (result.ok() && m_state == State::Awaiting &&
                result.body.value(QStringLiteral("orderNo")).toString() == orderNo)
                applyOrder(result.body);
        },
        this);
}

void PaymentFlow::payWithCode(const QString& paymentCode)
{
    const QString orderNo = m_order.value(QStringLiteral("orderNo")).toString();
    if (m_state != State::Awaiting || orderNo.isEmpty())
        return;
    m_codeProblem = {};
    m_platform.post(
        QStringLiteral("/api/v1/me/payments/orders/%1/payment-code").arg(orderNo),
        {{QStringLiteral("authCode"), paymentCode}},
        [this, orderNo](const PlatformResult& result) {
            if (m_state != State::Awaiting || m_order.value(QStringLiteral("orderNo")).toString() != orderNo)
                return;
            if (!result.ok()) {
                m_codeProblem = result; // the QR still waits; the citizen may scan or pay another way
                emit changed();
                return;
            }
            applyOrder(result.body);
        },
        {}, this);
}

void PaymentFlow::startOver()
{
    m_order = {};
    m_key.clear();
    m_codeProblem = {};
    load();
}

qint64 PaymentFlow::secondsLeft(qint64 nowMs) const
{
    const qint64 expires = m_order.value(QStringLiteral("expiresAt")).toInteger();
    return std::max<qint64>(0, (expires - nowMs) / 1000);
}

bool PaymentFlow::looksLikePaymentCode(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{16,24}$"));
    return digits.match(text.trimmed()).hasMatch();
}

} // namespace ssc
