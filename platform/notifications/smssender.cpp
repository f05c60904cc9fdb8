#include "smssender.h"

#include "logging/logging.h"
#include "privacy/masking.h"
#include "storage/database.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QUrlQuery>

#include <chrono>
#include <vector>

namespace ssc::platform {
namespace {

constexpr qint64 hourMs = 3600 * 1000;
// A claimed text whose answer never came (the platform stopped mid-send) is sent again after this long.
constexpr qint64 claimMs = 60 * 1000;
constexpr int batch = 20;
// A text goes to a person (a decision's) or to staff (a manager's alert); the number is read when the text is
// sent, never copied into the outbox. The hour's limit counts a number's texts of both kinds together.
const QLatin1String recipients("LEFT JOIN people p ON p.id = n.person_id LEFT JOIN staff s ON s.id = "
                               "n.staff_id");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Kannel's own delivery-report codes (dlr-mask): 1 delivered to the phone, 2 not delivered, 8 accepted by
// the SMS centre, 16 refused by it. 31 would add 4 (buffered), which changes nothing here.
constexpr int deliveryReportMask = 1 | 2 | 8 | 16;

} // namespace

SmsSender::SmsSender(Database& db, SmsOptions options, QUrl deliveryReports, QObject* parent)
    : QObject(parent), m_db(db), m_options(std::move(options)), m_deliveryReports(std::move(deliveryReports))
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &SmsSender::sendDue);
    if (m_options.configured()) {
        m_poll.start();
        wake();
    }
}

void SmsSender::wake()
{
    if (!m_options.configured() || m_woken)
        return;
    m_woken = true;
    QTimer::singleShot(0, this, [this] {
        m_woken = false;
        sendDue();
    });
}

void SmsSender::sendDue()
{
    const qint64 now = nowMs();
    // Claims of a platform that stopped before its answer came: due again.
    m_db.run(QStringLiteral("UPDATE sms_notifications SET state = 'pending', sent_at = NULL WHERE state = "
                            "'sending' AND claimed_until < ?"),
             {now});
    auto q =
        m_db.run(QStringLiteral("SELECT n.id, n.body, n.token, n.attempts, COALESCE(p.phone, s.phone) FROM "
                                "sms_notifications n %1 WHERE n.state = 'pending' AND n.next_attempt_at <= ? "
                                "ORDER BY n.next_attempt_at, n.id LIMIT %2")
                     .arg(recipients)
                     .arg(batch),
                 {now});
    if (!q) {
        qCWarning(lcCore) << "text messages: the outbox could not be read:" << m_db.lastError();
        return;
    }
    std::vector<Due> due;
    while (q->next())
        due.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toInt(), q->value(4).toString()});
    q->finish();
    for (const Due& text : due) {
        if (text.phone.isEmpty()) {
            m_db.run(QStringLiteral("UPDATE sms_notifications SET state = 'failed', last_error = 'no_phone' "
                                    "WHERE id = ?"),
                     {text.id});
            continue;
        }
        if (!withinRate(text, now))
            continue;
        // Claimed first: another instance polling the same outbox now finds it taken. sent_at counts the
        // text against the number's hour from now on, answered or not.
        auto claim =
            m_db.run(QStringLiteral("UPDATE sms_notifications SET state = 'sending', claimed_until = "
                                    "?, sent_at = ? WHERE id = ? AND state = 'pending'"),
                     {now + claimMs, now, text.id});
        if (claim && claim->numRowsAffected() == 1)
            send(text);
    }
    m_db.releaseQueries();
}

bool SmsSender::withinRate(const Due& text, qint64 now)
{
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*), MIN(n.sent_at) FROM sms_notifications n %1 WHERE "
                                     "COALESCE(p.phone, s.phone) = ? AND n.sent_at > ?")
                          .arg(recipients),
                      {text.phone, now - hourMs});
    if (!q || !q->next())
        return false;
    const int sentInHour = q->value(0).toInt();
    const qint64 oldest = q->value(1).toLongLong();
    q->finish();
    if (sentInHour < m_options.perNumberPerHour)
        return true;
    qCInfo(lcCore).noquote() << "text message" << text.id << "to" << mask(text.phone, MaskKind::Phone)
                             << "waits: the number had" << sentInHour << "texts in the last hour";
    m_db.run(QStringLiteral("UPDATE sms_notifications SET next_attempt_at = ?, last_error = 'rate_limited' "
                            "WHERE id = ?"),
             {oldest + hourMs, text.id});
    return false;
}

void SmsSender::send(const Due& text)
{
    QUrl report = m_deliveryReports;
    report.setPath(QStringLiteral("/api/v1/sms/delivery-reports"));
    // Kannel puts the report's code where %d stands; the rest comes back as given.
    report.setQuery(QStringLiteral("id=%1&token=%2&status=%d").arg(text.id).arg(text.token));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("username"), m_options.user);
    query.addQueryItem(QStringLiteral("password"), m_options.password);
    query.addQueryItem(QStringLiteral("from"), m_options.from);
    query.addQueryItem(QStringLiteral("to"), text.phone);
    query.addQueryItem(QStringLiteral("text"), text.body);
    query.addQueryItem(QStringLiteral("charset"), QStringLiteral("UTF-8"));
    query.addQueryItem(QStringLiteral("coding"), QStringLiteral("2")); // UCS-2: Chinese
    query.addQueryItem(QStringLiteral("dlr-mask"), QString::number(deliveryReportMask));
    query.addQueryItem(QStringLiteral("dlr-url"), report.toString(QUrl::FullyEncoded));
    QUrl url = m_options.gateway;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network.get(request);
    ++m_inFlight;
    const qint64 id = text.id;
    const int attempts = text.attempts + 1;
    const QString masked = mask(text.phone, MaskKind::Phone);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, attempts, masked] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll().trimmed();
        // 202 "0: Accepted for delivery" or "3: Queued for later delivery": the gateway has it.
        if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
            qCInfo(lcCore).noquote() << "text message" << id << "to" << masked << "handed to the gateway";
            sent(id, attempts);
            return;
        }
        // Never the reply's errorString: it may quote the URL, with the number and the gateway's password.
        const QString why = status > 0 ? QStringLiteral("http %1: %2")
                                             .arg(status)
                                             .arg(maskNumbersInText(QString::fromUtf8(answer.left(80))))
                                       : QStringLiteral("network error %1").arg(int(reply->error()));
        qCWarning(lcCore).noquote() << "text message" << id << "to" << masked << "not sent (attempt"
                                    << attempts << "):" << why;
        sendFailed(id, attempts, why);
    });
}

void SmsSender::sent(qint64 id, int attempts)
{
    // The gateway's delivery report can come in before its answer to the send (fakesmsc and a fast phone do
    // that): the row is then 'delivered' or 'undelivered' already and keeps that state, but the attempt is
    // still counted and the claim let go.
    m_db.run(QStringLiteral("UPDATE sms_notifications SET "
                            "state = CASE WHEN state = 'sending' THEN 'sent' ELSE state END, attempts = ?, "
                            "claimed_until = NULL, "
                            "last_error = CASE WHEN state = 'sending' THEN NULL ELSE last_error END "
                            "WHERE id = ? AND state IN ('sending', 'delivered', 'undelivered')"),
             {attempts, id});
    m_db.releaseQueries();
}

void SmsSender::sendFailed(qint64 id, int attempts, const QString& why)
{
    if (attempts >= m_options.attempts) {
        m_db.run(
            QStringLiteral("UPDATE sms_notifications SET state = 'failed', attempts = ?, claimed_until = "
                           "NULL, sent_at = NULL, last_error = ? WHERE id = ?"),
            {attempts, why, id});
    } else {
        const qint64 wait = qint64(m_options.firstRetryMs) << (attempts - 1);
        m_db.run(
            QStringLiteral("UPDATE sms_notifications SET state = 'pending', attempts = ?, claimed_until = "
                           "NULL, sent_at = NULL, next_attempt_at = ?, last_error = ? WHERE id = ?"),
            {attempts, nowMs() + wait, why, id});
    }
    m_db.releaseQueries();
}

} // namespace ssc::platform
