#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The kinds of submission the fault harness files, each for one demo person on the demo kiosk, and what each
// submission looks like. The harness writes each body to a file once, which its terminal process reads, so
// that a submission made again after a crash is the same submission: the same body under the same key.
namespace faults {

// The terminal's secret, from which the outbox's key is derived: the harness reads the outbox with it.
inline const QByteArray terminalSecret("fault-terminal-secret");

struct SubmissionKind {
    QString name;   // on the command line and in keys: registration, benefit, dispute, transfer, evidence
    QString person; // the demo person who files it
    QString path;   // the platform API path
    QString table; // where the platform files it, one row per submission's receipt ("": evidence, by content)
    // The platform files a new one only once the last one is reviewed (a person is registered as unemployed
    // once at a time): the harness returns the standing one before the next.
    bool oneAtATime = false;
};

const QList<SubmissionKind>& submissionKinds();
const SubmissionKind* kindNamed(const QString& name);

// "fault-<seed>-<kind>-<index>": unique per run, and says which kind (and so whose session) it is.
QByteArray keyOf(quint64 seed, const QString& kind, int index);
QString kindOfKey(const QByteArray& key);
int indexOfKey(const QByteArray& key);

// The body of an application or evidence upload (a certification attempt's needs the platform's challenge:
// certificationattempt.h).
QJsonObject bodyOf(const QString& kind, int index);
// The evidence file of that index: a small PNG whose pixels spell the index, so each one is a new file.
QByteArray evidenceFile(int index);

} // namespace faults
