#pragma once

#include "droppingproxy.h"
#include "faultplan.h"
#include "platformfixture.h"
#include "smalldisk.h"
#include "terminalprocess.h"

#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace faults {

struct RunOptions {
    quint64 seed = 0;
    QMap<QString, int> counts;  // submissions of each kind (submissionkinds.h)
    int faultsPerThousand = 12; // of each kind of fault
    int terminalTimeoutMs = 1500;
    int diskMegabytes = 96;
};

// One run of the harness: the real platform on a small disk of its own behind the misbehaving proxy, the
// terminal process filing through its outbox, and the submissions made one after another, each with the
// fault the plan draws for it; the terminal waits for each to leave its outbox before the next (the person
// at the kiosk sees "filed" or "kept, will be sent").
class FaultRun {
public:
    explicit FaultRun(RunOptions options);

    bool setUp();
    bool run();   // every submission, with its fault
    bool drain(); // no more faults: until the outbox is empty

    const QList<QByteArray>& keys() const { return m_keys; }
    const QHash<QByteArray, QByteArray>& reportedUnfiled() const { return m_reportedUnfiled; }
    QList<QByteArray> waitingInOutbox() const;
    const FaultCounts& faults() const { return m_faults; }
    int platformRestarts() const { return m_platformRestarts; }
    int terminalRestarts() const { return m_terminalRestarts; }
    PlatformFixture& platform() { return m_platform; }
    QString error() const { return m_error; }

private:
    bool submit(const QByteArray& key, PlannedFault planned);
    void arm(PlannedFault planned);
    // Reads what the terminal says until nothing waits in its outbox (and, with a key, that one was added),
    // putting right what the last fault broke whenever a try ends with something still waiting.
    bool settle(const std::optional<QByteArray>& key);
    bool recover();
    bool returnStanding(const QString& kindName);
    bool writeBody(const QByteArray& key); // once: a submission made again is the same
    bool fail(const QString& error);

    RunOptions m_options;
    FaultPlan m_plan;
    QTemporaryDir m_work;
    SmallDisk m_disk;         // the platform's
    SmallDisk m_terminalDisk; // the terminal's, for its outbox: never filled
    PlatformFixture m_platform;
    std::unique_ptr<DroppingProxy> m_proxy;
    std::unique_ptr<TerminalProcess> m_terminal;
    QObject m_timers;                   // the kills to come
    QHash<QString, QString> m_sessions; // kind -> its person's citizen session on the kiosk
    QList<QByteArray> m_keys;
    QHash<QByteArray, QByteArray> m_reportedUnfiled;
    FaultCounts m_faults{};
    int m_platformRestarts = 0;
    int m_terminalRestarts = 0;
    QString m_error;
};

} // namespace faults
