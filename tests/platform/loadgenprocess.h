#pragma once
// ssc-loadgen (SSC_LOADGEN_PATH) sending its terminals through a balancer on loopback, and its JSON report
// (tst_scaleout, tst_provincefailover).
#include <QDebug>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// Terminals that log in, look up, print and file forms, without certifying by face (no recordings to make
// before the clock starts), for `seconds`; `more` adds options (docs/performance.md, "Load of terminals").
inline void startLoadgen(QProcess& loadgen, quint16 port, const QByteArray& pin, int terminals, int seconds,
                         const QString& report, const QStringList& more = {})
{
    loadgen.setProcessChannelMode(QProcess::MergedChannels);
    loadgen.start(
        QStringLiteral(SSC_LOADGEN_PATH),
        QStringList{QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(port),
                    QStringLiteral("--pin"), QString::fromLatin1(pin), QStringLiteral("--terminals"),
                    QString::number(terminals), QStringLiteral("--seconds"), QString::number(seconds),
                    QStringLiteral("--certify"), QStringLiteral("0"), QStringLiteral("--json"), report} +
            more);
}

// Waits for the run to end and prints its text report; its JSON report, or empty when the run failed or
// wrote none (`output` says why).
inline QJsonObject finishedLoadgen(QProcess& loadgen, const QString& report, QString* output)
{
    if (!loadgen.waitForFinished(120000))
        return {};
    *output = QString::fromUtf8(loadgen.readAll());
    qInfo().noquote() << *output;
    if (loadgen.exitStatus() != QProcess::NormalExit || loadgen.exitCode() != 0)
        return {};
    QFile file(report);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}
