#pragma once
// A throwaway PostgreSQL primary and its synchronous standby (postgres-pair.sh, SSC_PG_PAIR_SCRIPT), failed
// over and restored by the tests of a province's database (tst_failover, tst_provincefailover).
#include <QDebug>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariantList>

class PostgresPair {
public:
    ~PostgresPair() { run(QStringLiteral("stop")); }

    // "start", "failover", "restore", "stop" (postgres-pair.sh), waited for.
    bool run(const QString& action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral("bash"), {script(), action, m_state.path()});
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    // The failover (the primary stopped as a crash would, the standby promoted) in the background, while
    // the test goes on sending requests.
    void startFailover()
    {
        m_failover.start(QStringLiteral("bash"), {script(), QStringLiteral("failover"), m_state.path()});
    }
    bool failingOver() const { return m_failover.state() != QProcess::NotRunning; }
    bool failoverSucceeded()
    {
        // waitForFinished is false for a process already finished
        return (m_failover.state() == QProcess::NotRunning || m_failover.waitForFinished(30000)) &&
               m_failover.exitStatus() == QProcess::NormalExit && m_failover.exitCode() == 0;
    }

    // The multi-host URL (primary, standby; target_session_attrs=read-write) the instances are given.
    QString url() const { return stateFile(QStringLiteral("url")); }
    int primaryPort() const { return stateFile(QStringLiteral("ports")).section(u' ', 0, 0).toInt(); }
    int standbyPort() const { return stateFile(QStringLiteral("ports")).section(u' ', 1, 1).toInt(); }
    int restoredPort() const { return stateFile(QStringLiteral("restored-port")).toInt(); }

    // The first column of the first row of a query on the cluster at this port (the new primary, the
    // restored copy); -1 when it fails.
    static qint64 rows(int port, const QString& sql)
    {
        const QList<QVariantList> result = select(port, sql);
        return result.isEmpty() ? -1 : result.first().value(0).toLongLong();
    }

    // Each row's first column with its second ("SELECT key, COUNT(*) … GROUP BY key").
    static QHash<QString, qint64> counted(int port, const QString& sql)
    {
        QHash<QString, qint64> counts;
        for (const QVariantList& row : select(port, sql))
            counts.insert(row.value(0).toString(), row.value(1).toLongLong());
        return counts;
    }

    // Every row of a query on the cluster at this port, as the postgres user; none when it fails (warned).
    static QList<QVariantList> select(int port, const QString& sql)
    {
        const QString name = QStringLiteral("pair-check-%1").arg(port);
        QList<QVariantList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            QSqlQuery q(db);
            if (db.open() && q.exec(sql)) {
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i);
                    rows << row;
                }
            } else {
                qWarning() << "query failed:" << db.lastError().text() << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private:
    static QString script() { return QStringLiteral(SSC_PG_PAIR_SCRIPT); }

    QString stateFile(const QString& name) const
    {
        QFile file(m_state.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

    QTemporaryDir m_state;
    QProcess m_failover;
};
