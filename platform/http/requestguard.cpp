#include "requestguard.h"

#include "api/messages.h"
#include "requesthead.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

namespace ssc::platform {
namespace {

// Bytes a refused client may still send before the connection is cut, and how long it is given.
constexpr qint64 drainBytes = 16 * 1024 * 1024;
constexpr int drainMs = 3000;

} // namespace

RequestGuard::RequestGuard(QTcpSocket* socket, const Router& router, const ServiceLimits& limits,
                           const CredentialCheck& credentials)
    : QObject(socket), m_socket(socket), m_router(router), m_limits(limits), m_credentials(credentials)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::timedOut);
    // Connected before Qt HttpServer's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
    // The answer is on its way: from now the connection is idle until the next request begins.
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_stage == Stage::AwaitingAnswer || m_stage == Stage::Idle)
            startStage(Stage::Idle);
    });
    startStage(Stage::Idle);
}

void RequestGuard::startStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Idle:
        return m_deadline.start(m_limits.idleTimeoutMs);
    case Stage::Header:
        return m_deadline.start(m_limits.headerTimeoutMs);
    case Stage::Body:
        return m_deadline.start(m_limits.bodyTimeoutMs);
    case Stage::AwaitingAnswer:
        return m_deadline.stop(); // the handler's time is not the client's fault
    }
}

void RequestGuard::timedOut()
{
    if (m_refused)
        return;
    if (m_stage == Stage::Idle) {
        m_socket->disconnectFromHost();
        return;
    }
    refuse(408, "Request Timeout", QStringLiteral("request_timeout"), messages::requestTimeout());
}

void RequestGuard::refuse(int status, const char* reason, const QString& code,
                          const TranslatableText& message)
{
    const QByteArray body =
        QJsonDocument(ApiResult::error(status, code, message).body).toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->flush();
    // Nothing more reaches the HTTP parser: its handler is disconnected, and the read transaction it keeps
    // open while a request is incomplete is ended, or every byte drained from now on would be kept for it.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    m_refused = true;
    m_deadline.stop();
    // A client that ran out of time is not waited for; one still sending gets its moment to read the answer.
    if (status == 408)
        m_socket->disconnectFromHost();
    else
        QTimer::singleShot(drainMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

void RequestGuard::drain()
{
    m_drained += m_socket->readAll().size();
    if (m_drained > drainBytes)
        m_socket->abort();
}

// Follows the byte stream as Qt will parse it: header bytes are collected until the blank line, then the
// declared body is counted off, then the next (pipelined or keep-alive) request starts.
void RequestGuard::inspect()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    while (!fresh.isEmpty()) {
        if (m_bodyRemaining > 0) {
            const qint64 counted = std::min<qint64>(m_bodyRemaining, fresh.size());
            m_bodyRemaining -= counted;
            fresh.remove(0, counted);
            if (m_bodyRemaining == 0)
                startStage(Stage::AwaitingAnswer);
            continue;
        }
        if (m_stage != Stage::Header)
            startStage(Stage::Header);
        m_header += fresh;
        fresh.clear();
        const qsizetype end = m_header.indexOf("\r\n\r\n");
        if ((end < 0 ? m_header.size() : end) > ServiceLimits::maxHeaderBytes)
            return refuse(431, "Request Header Fields Too Large", QStringLiteral("request_too_large"),
                          messages::requestTooLarge());
        if (end < 0)
            return;
        fresh = m_header.sliced(end + 4);
        const QByteArray block = m_header.first(end);
        m_header.clear();
        if (!admit(block))
            return;
        startStage(m_bodyRemaining > 0 ? Stage::Body : Stage::AwaitingAnswer);
    }
}

bool RequestGuard::admit(const QByteArray& block)
{
    const auto head = RequestHead::parse(block);
    if (!head) {
        refuse(400, "Bad Request", QStringLiteral("bad_request"), messages::badRequest());
        return false;
    }
    if (head->chunked()) {
        refuse(411, "Length Required", QStringLiteral("request_too_large"), messages::requestTooLarge());
        return false;
    }
    const std::optional<qint64> length = head->contentLength();
    const Router::Match route = m_router.match(head->method, QString::fromUtf8(head->path));
    // Unknown paths and methods get the standard allowance: only a route says it takes more.
    const qint64 allowance = route.handler ? route.maxBodyBytes : ServiceLimits::standardBodyBytes;
    if (!length || *length > allowance) {
        refuse(413, "Payload Too Large", QStringLiteral("request_too_large"), messages::requestTooLarge());
        return false;
    }
    if (*length > ServiceLimits::unauthenticatedBodyBytes &&
        !m_credentials(head->value("authorization"), head->value("x-ssc-terminal-mode"))) {
        refuse(401, "Unauthorized", QStringLiteral("terminal_unauthenticated"),
               messages::terminalUnauthenticated());
        return false;
    }
    m_bodyRemaining = *length;
    return true;
}

} // namespace ssc::platform
