// MainWindow's part in the fleet (docs/operations.md, "Fleet"): while a hall manager is signed in at a
// counter, a new incident with one of the hall's terminals (a scanner gone, a printer out of paper or toner,
// a terminal silent) is told above whatever screen is open, once, in the error colour, with the terminal and
// the problem in words; the 终端状态 page has the rest.
#include "mainwindow.h"

#include "fleet/fleetwatch.h"
#include "fleet/fleetwords.h"
#include "session/stafflogin.h"
#include "sessionnotices.h"

namespace ssc {

void MainWindow::followFleet()
{
    const bool manager = m_mode == TerminalMode::Counter && m_services.platform && m_services.staff &&
                         staffRoles().contains(QStringLiteral("manager"));
    if (!manager) {
        delete m_fleetWatch; // signed out: nothing more to watch for them
        m_fleetWatch = nullptr;
        return;
    }
    if (m_fleetWatch)
        return;
    m_fleetWatch = new FleetWatch(*m_services.platform, this);
    connect(m_fleetWatch, &FleetWatch::newIncidents, this, [this](const QList<QJsonObject>& incidents) {
        m_notices->tell(
            design::Tone::Error,
            [count = int(incidents.size())] {
                return tr("%n new problem(s) with the hall's terminals: see Terminals.", "", count);
            },
            [incidents] {
                QStringList lines;
                for (const QJsonObject& incident : incidents)
                    lines << tr("%1: %2").arg(incident.value(QStringLiteral("name")).toString(),
                                              FleetWords::problem(incident));
                return lines.join(QLatin1Char('\n'));
            },
            60);
    });
    m_fleetWatch->lookNow();
}

} // namespace ssc
