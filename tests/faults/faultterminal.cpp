// The terminal side of the fault harness: files through the real ssc::Outbox, OutboxSender and
// PlatformClient, as the terminal does, and is killed with SIGKILL at random moments by the harness (in the
// middle of an outbox write, of a send, of an answer).
//   fault_terminal <outbox-folder> <bodies-folder> <platform-port> <timeout-ms> <kind>=<citizen-session>...
// Commands on standard input, one a line:
//   add <key>            keeps that submission (submissionkinds.h; its body in <bodies-folder>/<key>.json) in
//                        the outbox (unless it waits there already), then sends
//   send                 sends what waits in the outbox
// Says on standard output, one a line:
//   added <key>                    once the outbox has it on the disk
//   answered <key> <status> <code> the platform's answer for good (filed, or refused: told to the person)
//   idle <waiting>                 a try has ended; that many submissions still wait in the outbox
#include "submissionkinds.h"

#include "outbox/outbox.h"
#include "outbox/outboxsender.h"
#include "platform/platformclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <unistd.h>

#include <cstdio>

namespace {

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

ssc::PlatformConfig kioskAt(quint16 port, int timeoutMs)
{
    ssc::PlatformConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.terminalId = QStringLiteral("demo-kiosk");
    config.terminalSecret = QStringLiteral("demo-kiosk-demo-secret");
    config.timeoutMs = timeoutMs;
    return config;
}

class FaultTerminal : public QObject {
public:
    FaultTerminal(const QString& folder, QString bodies, quint16 port, int timeoutMs,
                  QHash<QString, QString> sessions)
        : m_outbox(folder, faults::terminalSecret), m_bodies(std::move(bodies)),
          m_client(kioskAt(port, timeoutMs)), m_sender(m_outbox, m_client), m_sessions(std::move(sessions)),
          m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_sender, &ssc::OutboxSender::itemAnswered, this,
                [this](const QString& id, const ssc::PlatformResult& answer) {
                    say("answered " + m_keys.value(id) + ' ' + QByteArray::number(answer.status) + ' ' +
                        (answer.errorCode.isEmpty() ? QByteArray("-") : answer.errorCode.toLatin1()));
                });
        connect(&m_sender, &ssc::OutboxSender::changed, this, [this] {
            if (!m_sender.isSending())
                say("idle " + QByteArray::number(m_outbox.count()));
        });
        connect(&m_input, &QSocketNotifier::activated, this, &FaultTerminal::readCommands);
    }

private:
    void readCommands()
    {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            QCoreApplication::quit(); // the harness has gone
            return;
        }
        m_pending.append(chunk, n);
        for (qsizetype end; (end = m_pending.indexOf('\n')) >= 0;) {
            const QList<QByteArray> words = m_pending.left(end).split(' ');
            m_pending.remove(0, end + 1);
            if (words.value(0) == "add" && words.size() == 2)
                add(words[1]);
            send();
        }
    }

    void add(const QByteArray& key)
    {
        for (const ssc::OutboxItem& waiting : m_outbox.pending())
            if (waiting.idempotencyKey == key) {
                say("added " + key); // kept before this process was killed
                return;
            }
        const QString kind = faults::kindOfKey(key);
        const faults::SubmissionKind* what = faults::kindNamed(kind);
        QFile body(QDir(m_bodies).filePath(QString::fromLatin1(key) + QStringLiteral(".json")));
        if (!what || !body.open(QIODevice::ReadOnly))
            return;
        ssc::OutboxItem item{{}, what->path, QJsonDocument::fromJson(body.readAll()).object(), key, 0, kind,
                             {}, {}};
        if (m_outbox.add(item, nullptr))
            say("added " + key);
    }

    // One submission waits at a time (the harness sees to it), sent in its person's session.
    void send()
    {
        const QList<ssc::OutboxItem> waiting = m_outbox.pending();
        for (const ssc::OutboxItem& item : waiting)
            m_keys.insert(item.id, item.idempotencyKey);
        if (!waiting.isEmpty())
            m_client.setCitizenSession(m_sessions.value(faults::kindOfKey(waiting.first().idempotencyKey)));
        if (m_sender.isSending())
            return; // its end says "idle"
        m_sender.sendNow();
    }

    ssc::Outbox m_outbox;
    QString m_bodies;
    ssc::PlatformClient m_client;
    ssc::OutboxSender m_sender;
    QHash<QString, QString> m_sessions;
    QSocketNotifier m_input;
    QByteArray m_pending;
    QHash<QString, QByteArray> m_keys; // outbox item id -> idempotency key
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    QHash<QString, QString> sessions;
    for (const QString& pair : args.mid(5))
        sessions.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    FaultTerminal terminal(args[1], args[2], quint16(args[3].toUInt()), args[4].toInt(), sessions);
    return app.exec();
}
