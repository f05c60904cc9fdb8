#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// After the run: where each submission ended up, from the platform's database and the terminal's outbox.
namespace faults {

struct FilingCounts {
    int submissions = 0;
    int filedOnce = 0;
    int duplicated = 0;        // filed more than once
    int lost = 0;              // not filed, not waiting in the outbox, never reported unfiled to the person
    int reportedUnfiled = 0;   // refused for good, and the terminal said so
    int waiting = 0;           // not filed, still in the outbox
    QStringList disagreements; // the outbox and the database telling different stories, one line each
    QList<QByteArray> lostKeys, duplicatedKeys; // which, to follow up
    bool allAccountedFor() const { return lost == 0 && duplicated == 0 && disagreements.isEmpty(); }
};

// `reportedUnfiled`: key -> the refusal's code, as the terminal process said it; `waiting`: the keys in the
// outbox. Every row the run filed (keys "fault-<seed>-…") must be one of `keys`.
FilingCounts checkFilings(QSqlDatabase db, quint64 seed, const QList<QByteArray>& keys,
                          const QHash<QByteArray, QByteArray>& reportedUnfiled,
                          const QList<QByteArray>& waiting);

} // namespace faults
