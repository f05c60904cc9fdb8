#include "fleetalerts.h"

#include "auth/staffroles.h"
#include "notifications/outbox.h"
#include "storage/database.h"

#include <QList>

namespace ssc::platform {
namespace {

// The words of FleetWords (the manager's page) for the incidents that alert, in the texts' one language.
const char* whatIsWrong(const QString& kind)
{
    if (kind == u"scanner_gone")
        return "扫码器停止工作或已拔出";
    if (kind == u"printer_out_of_paper")
        return "打印机缺纸";
    if (kind == u"printer_out_of_toner")
        return "打印机碳粉用尽";
    if (kind == u"silent")
        return "终端无法联系（可能已关机、死机或断网）";
    return nullptr;
}

} // namespace

std::optional<QString> fleetAlertText(const QString& kind, const QString& terminalName, const QString& hall)
{
    const char* wrong = whatIsWrong(kind);
    if (!wrong)
        return std::nullopt;
    // Names are the operators' (register-terminal), cut so the text stays one UCS-2 message (70
    // characters): a longer one arrives in parts, or not at all where the gateway does not join them.
    const QString where = hall.isEmpty() ? terminalName.left(16)
                                         : QStringLiteral("%1 %2").arg(hall.left(12), terminalName.left(16));
    return QStringLiteral("【终端告警】%1：%2。请到终端状态页查看。").arg(where, QString::fromUtf8(wrong));
}

bool alertHallManagers(Database& db, const QString& terminalId, const QString& kind, qint64 incidentId,
                       qint64 now)
{
    auto terminal =
        db.run(QStringLiteral("SELECT name, COALESCE(hall, '') FROM terminals WHERE id = ?"), {terminalId});
    if (!terminal)
        return false;
    if (!terminal->next()) {
        terminal->finish();
        return true;
    }
    const QString name = terminal->value(0).toString();
    const QString hall = terminal->value(1).toString();
    terminal->finish();
    const auto body = fleetAlertText(kind, name, hall);
    if (!body)
        return true;
    // The hall's managers: those whose hall is the terminal's (both empty: the hall of those without one).
    auto staff = db.run(QStringLiteral("SELECT id, role FROM staff WHERE COALESCE(hall, '') = ? AND phone IS "
                                       "NOT NULL AND phone <> '' ORDER BY id"),
                        {hall});
    if (!staff)
        return false;
    QList<qint64> managers;
    while (staff->next())
        if (StaffRoles::parse(staff->value(1).toString()).contains(u"manager"))
            managers.append(staff->value(0).toLongLong());
    staff->finish();
    const QString reference = QStringLiteral("fleet-incident:%1").arg(incidentId);
    for (const qint64 manager : managers)
        if (!queueStaffText(db, reference, manager, *body, now))
            return false;
    if (managers.isEmpty())
        return true;
    return db
        .run(QStringLiteral("UPDATE fleet_incidents SET alerted_at = ? WHERE id = ? AND alerted_at IS NULL"),
             {now, incidentId})
        .has_value();
}

} // namespace ssc::platform
