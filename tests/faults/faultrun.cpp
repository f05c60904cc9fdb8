#include "faultrun.h"

#include "certificationattempt.h"
#include "submissionkinds.h"

#include "outbox/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

namespace faults {
namespace {

// How long the terminal may stay silent before the run calls it hung: longer than three tries at the
// terminal's timeout with their back-off, and than a recording's analysis on a loaded machine.
constexpr int silenceMs = 90000;

QString applicationKindOf(const QString& kindName)
{
    return bodyOf(kindName, 0).value(QStringLiteral("kind")).toString();
}

} // namespace

FaultRun::FaultRun(RunOptions options)
    : m_options(std::move(options)),
      m_plan(m_options.seed, m_options.faultsPerThousand, m_options.terminalTimeoutMs)
{
    // SSC_FAULTS_KEEP=1 keeps the bodies and the outbox (the database goes with its file system) to follow
    // up.
    m_work.setAutoRemove(!qEnvironmentVariableIsSet("SSC_FAULTS_KEEP"));
}

bool FaultRun::fail(const QString& error)
{
    m_error = error;
    return false;
}

bool FaultRun::setUp()
{
    const QString disk = m_work.filePath(QStringLiteral("disk"));
    if (!m_disk.mount(disk, m_options.diskMegabytes))
        return fail(m_disk.error());
    // The outbox on a disk of its own too, a fast one: its writes wait for fsync, which on a disk shared with
    // everything else the machine does made each submission wait tens of milliseconds. A process killed
    // after a write has that write in the page cache either way; power cuts are tst_outbox's concern.
    if (!m_terminalDisk.mount(m_work.filePath(QStringLiteral("terminal")), 64))
        return fail(m_terminalDisk.error());
    m_platform.setDatabaseFile(disk + QStringLiteral("/platform.db"));
    // A kiosk files far faster here than a person does: the per-terminal rate limit is not what is tested.
    m_platform.setExtraArguments({QStringLiteral("--terminal-rate"), QStringLiteral("10000,100000")});
    if (!m_platform.start())
        return fail(m_platform.error());
    // 陈杰 claims the benefit: he is registered as unemployed first (not part of the count).
    const auto registered = m_platform.asTerminal(
        QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
        bodyOf(QStringLiteral("registration"), 0),
        m_platform.citizenHeaders(QStringLiteral("chen-unemployed"), "fault-setup-registration"));
    if (registered.status != 201)
        return fail(QStringLiteral("陈杰's registration was refused: ") + QString::fromUtf8(registered.raw));
    QDir().mkpath(m_work.filePath(QStringLiteral("bodies")));
    m_proxy = std::make_unique<DroppingProxy>(m_platform.port());
    QStringList arguments{m_work.filePath(QStringLiteral("terminal/outbox")),
                          m_work.filePath(QStringLiteral("bodies")), QString::number(m_proxy->port()),
                          QString::number(m_options.terminalTimeoutMs)};
    for (const SubmissionKind& kind : submissionKinds()) {
        const QString session = m_platform.citizenSession(kind.person);
        if (session.isEmpty())
            return fail(QStringLiteral("%1 could not log in").arg(kind.person));
        m_sessions.insert(kind.name, session);
        arguments << kind.name + u'=' + session;
    }
    m_terminal = std::make_unique<TerminalProcess>(arguments);
    return m_terminal->start() || fail(QStringLiteral("the terminal process did not start"));
}

bool FaultRun::run()
{
    // The kinds in turn, as a hall's terminals would file them.
    int longest = 0;
    for (const int count : m_options.counts)
        longest = std::max(longest, count);
    for (int index = 0; index < longest; ++index)
        for (const SubmissionKind& kind : submissionKinds())
            if (index < m_options.counts.value(kind.name))
                if (!submit(keyOf(m_options.seed, kind.name, index), m_plan.next()))
                    return false;
    return true;
}

bool FaultRun::submit(const QByteArray& key, PlannedFault planned)
{
    m_keys.append(key);
    if (!recover())
        return false;
    const SubmissionKind* kind = kindNamed(kindOfKey(key));
    if ((kind->oneAtATime && !returnStanding(kind->name)) || !writeBody(key))
        return false;
    arm(planned);
    m_terminal->command("add " + key);
    const bool settled = settle(key);
    // A proxy fault counts once it has struck (each submission sends at least one request).
    const bool proxyFault = planned.fault == Fault::AnswerDropped || planned.fault == Fault::AnswerDelayed ||
                            planned.fault == Fault::RequestReset ||
                            planned.fault == Fault::PlatformKilledAtAnswer;
    if (proxyFault && !m_proxy->armed())
        ++m_faults[size_t(planned.fault)];
    m_proxy->disarm();
    return settled;
}

void FaultRun::arm(PlannedFault planned)
{
    switch (planned.fault) {
    case Fault::None:
        return;
    case Fault::PlatformKilled:
    case Fault::TerminalKilled:
        // At a random moment: the outbox writing, the request on its way, the platform filing, the answer…
        QTimer::singleShot(planned.delayMs, &m_timers, [this, fault = planned.fault] {
            // Counted only when it kills something: an earlier fault may have killed it already.
            if (fault == Fault::PlatformKilled && m_platform.processId() != 0)
                m_platform.kill();
            else if (fault == Fault::TerminalKilled && m_terminal->running())
                m_terminal->kill();
            else
                return;
            ++m_faults[size_t(fault)];
        });
        return;
    case Fault::PlatformKilledAtAnswer:
        m_proxy->dropNextAnswer([this] { m_platform.kill(); });
        return;
    case Fault::AnswerDropped:
        m_proxy->dropNextAnswer([] {});
        return;
    case Fault::AnswerDelayed:
        m_proxy->delayNextAnswer(planned.delayMs);
        return;
    case Fault::RequestReset:
        m_proxy->resetNextRequest();
        return;
    case Fault::DiskFull:
        m_disk.fill();
        ++m_faults[size_t(planned.fault)];
        return;
    }
}

bool FaultRun::settle(const std::optional<QByteArray>& key)
{
    bool added = !key.has_value();
    for (int tries = 0; tries < 1000; ++tries) {
        bool hung = false;
        const std::optional<QByteArray> line = m_terminal->nextLine(silenceMs, &hung);
        if (hung)
            return fail(QStringLiteral("the terminal said nothing for %1 s").arg(silenceMs / 1000));
        if (!line) { // killed: started again on the same outbox, and the person tries again
            ++m_terminalRestarts;
            if (!m_terminal->start() || !recover())
                return fail(QStringLiteral("the terminal did not start again"));
            m_terminal->command(added ? QByteArray("send") : "add " + *key);
            continue;
        }
        const QList<QByteArray> words = line->split(' ');
        if (words.value(0) == "added" && key && words.value(1) == *key)
            added = true;
        else if (words.value(0) == "answered" && words.value(2).toInt() >= 400)
            m_reportedUnfiled.insert(words.value(1), words.value(3));
        else if (words.value(0) == "idle" && words.value(1) == "0" && added)
            return true;
        else if (words.value(0) == "idle") {
            if (!recover())
                return false;
            m_terminal->command(added ? QByteArray("send") : "add " + *key);
        }
    }
    return fail(QStringLiteral("%1 did not leave the outbox in 1000 tries")
                    .arg(QString::fromLatin1(key.value_or("the drain"))));
}

bool FaultRun::recover()
{
    m_proxy->disarm();
    if (m_disk.isFull())
        m_disk.free();
    for (int tries = 0; m_platform.processId() == 0; ++tries) {
        if (tries == 3)
            return fail(QStringLiteral("the platform did not start again: ") + m_platform.error());
        ++m_platformRestarts;
        m_platform.restart();
    }
    return true;
}

// The back office returns the person's standing application of this kind (with a reason), so the next
// may be filed.
bool FaultRun::returnStanding(const QString& kindName)
{
    const QJsonObject decision{{QStringLiteral("decision"), QStringLiteral("return")},
                               {QStringLiteral("reason"), QStringLiteral("故障注入测试退回")}};
    for (int tries = 0; tries < 5; ++tries) {
        if (!recover())
            return false;
        QSqlQuery q(m_platform.database());
        q.prepare(QStringLiteral("SELECT a.receipt FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE p.demo_key = ? AND a.kind = ? AND a.status = 'submitted'"));
        q.addBindValue(kindNamed(kindName)->person);
        q.addBindValue(applicationKindOf(kindName));
        QStringList receipts;
        if (q.exec())
            while (q.next())
                receipts.append(q.value(0).toString());
        q.finish();
        bool returned = true;
        for (const QString& receipt : receipts)
            returned &=
                m_platform
                    .request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                             QJsonDocument(decision).toJson(QJsonDocument::Compact))
                    .status == 200;
        if (returned)
            return true;
    }
    return fail(QStringLiteral("the standing %1 could not be returned").arg(kindName));
}

bool FaultRun::writeBody(const QByteArray& key)
{
    QFile file(m_work.filePath(QStringLiteral("bodies/%1.json").arg(QString::fromLatin1(key))));
    if (file.exists())
        return true;
    const QString kind = kindOfKey(key);
    std::optional<QJsonObject> body;
    if (kind == u"attempt")
        for (int tries = 0; !body && tries < 3 && recover(); ++tries)
            body = certificationAttempt(m_platform, m_sessions.value(kind));
    else
        body = bodyOf(kind, indexOfKey(key));
    if (!body || !file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*body).toJson()) < 0)
        return fail(QStringLiteral("the body of %1 could not be made").arg(QString::fromLatin1(key)));
    return true;
}

bool FaultRun::drain()
{
    if (!recover())
        return false;
    if (!m_terminal->running() && !m_terminal->start())
        return fail(QStringLiteral("the terminal did not start again"));
    m_terminal->command("send");
    return settle(std::nullopt);
}

QList<QByteArray> FaultRun::waitingInOutbox() const
{
    QList<QByteArray> keys;
    const ssc::Outbox outbox(m_work.filePath(QStringLiteral("terminal/outbox")), terminalSecret);
    for (const ssc::OutboxItem& item : outbox.pending())
        keys.append(item.idempotencyKey);
    return keys;
}

} // namespace faults
