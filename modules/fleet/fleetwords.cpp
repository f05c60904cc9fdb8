#include "fleetwords.h"

#include <QDateTime>

namespace ssc {

QString FleetWords::problem(const QJsonObject& problem)
{
    const QString code = problem.value(QStringLiteral("code")).toString();
    const QString subject = problem.value(QStringLiteral("subject")).toString();
    if (code == u"silent")
        return tr("Not heard from: switched off, frozen or without network.");
    if (code == u"scanner_gone")
        return tr("The code scanner %1 stopped working or was unplugged.").arg(subject);
    if (code == u"card_reader_gone")
        return tr("The card reader %1 stopped working or was unplugged.").arg(subject);
    if (code == u"printer_out_of_paper")
        return tr("The printer %1 is out of paper.").arg(subject);
    if (code == u"printer_out_of_toner")
        return tr("The printer %1 is out of toner.").arg(subject);
    if (code == u"printer_toner_low")
        return tr("The printer %1 is low on toner.").arg(subject);
    if (code == u"printer_jammed")
        return tr("The printer %1 has a paper jam or an open cover.").arg(subject);
    if (code == u"printer_unreachable")
        return tr("The print service does not answer.");
    if (code == u"disk_low")
        return tr("The disk is almost full.");
    if (code == u"outbox_waiting")
        return tr("Home-visit records are waiting to be sent.");
    if (code == u"needs_update")
        return tr("Needs an update: it has stopped serving.");
    return tr("Problem: %1").arg(code);
}

QString FleetWords::mode(const QString& key)
{
    if (key == u"kiosk")
        return tr("self-service kiosk");
    if (key == u"counter")
        return tr("counter");
    if (key == u"field")
        return tr("home-visit laptop");
    return key;
}

QString FleetWords::lastSeen(qint64 lastSeenAt, qint64 now)
{
    // The time alone today; with its day, year included, before today.
    const QDateTime seen = QDateTime::fromMSecsSinceEpoch(lastSeenAt);
    const QString at = seen.toString(seen.date() == QDateTime::fromMSecsSinceEpoch(now).date()
                                         ? QStringLiteral("HH:mm:ss")
                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const qint64 seconds = std::max<qint64>(0, now - lastSeenAt) / 1000;
    const qint64 minutes = seconds / 60;
    if (minutes == 0)
        return tr("last heard %1, %n s ago", "", int(seconds)).arg(at);
    return tr("last heard %1, %n min ago", "", int(std::min<qint64>(minutes, 1000000))).arg(at);
}

QString FleetWords::flaps(int count)
{
    if (count <= 0)
        return {};
    return tr("(came back %n time(s) soon after it was put right)", "", count);
}

} // namespace ssc
