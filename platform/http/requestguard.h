#pragma once

#include "limits/servicelimits.h"
#include "router.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ssc::platform {

struct RequestHead;

// Watches one connection's bytes before Qt HttpServer reads them (it is connected to readyRead first, and
// only peeks), and refuses what must not be buffered:
// - the request line is routed against the router's table, so the body allowance is the matched route's
//   (unknown paths get the standard one): a larger declared body gets 413; chunked bodies 411; headers over
//   16 KiB 431;
// - a body over the unauthenticated allowance is let through only when the terminal's credentials in the
//   headers check out (401 otherwise), so nobody unregistered makes the service hold megabytes;
// - the header block and the body must each arrive within their timeout (408), and a connection with no
//   request under way is closed after the idle timeout.
// A refused connection is answered, drained for a moment (so the client reads the answer instead of a reset)
// and closed.
class RequestGuard : public QObject {
public:
    using CredentialCheck = std::function<bool(const QByteArray& authorization, const QByteArray& mode)>;

    RequestGuard(QTcpSocket* socket, const Router& router, const ServiceLimits& limits,
                 const CredentialCheck& credentials);

private:
    enum class Stage { Idle, Header, Body, AwaitingAnswer };

    void inspect();
    void startStage(Stage stage);
    void timedOut();
    // Routes and checks one complete header block; false when the request was refused.
    bool admit(const QByteArray& block);
    void refuse(int status, const char* reason, const QString& code, const TranslatableText& message);
    void drain();

    QTcpSocket* m_socket;
    const Router& m_router;
    const ServiceLimits& m_limits;
    const CredentialCheck& m_credentials;
    QTimer m_deadline;
    Stage m_stage = Stage::Idle;
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    bool m_refused = false;
    qint64 m_drained = 0;
};

} // namespace ssc::platform
