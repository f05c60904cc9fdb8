// MainWindow's part in updates (docs/operations.md, "Updates"): a terminal whose platform speaks an API
// version it does not, or wants a newer terminal, ends what was open and shows only the out-of-service screen
// until the platform says otherwise; scanned codes and cards log nobody in meanwhile.
#include "mainwindow.h"

#include "fleet/heartbeatclient.h"
#include "outofservicescreen.h"
#include "session/loginflow.h"
#include "startscreen.h"

#include <QStackedWidget>

namespace ssc {

void MainWindow::followCompatibility(const fleet::HeartbeatClient& heartbeat)
{
    if (heartbeat.compatibility() == fleet::Compatibility::Ok) {
        if (!m_outOfService)
            return;
        m_screens->removeWidget(m_outOfService);
        delete m_outOfService;
        m_outOfService = nullptr;
        if (m_services.flow)
            followFlow();
        else
            showScreen(m_start);
        return;
    }
    if (!m_outOfService) {
        m_outOfService = new OutOfServiceScreen;
        m_screens->addWidget(m_outOfService);
    }
    m_outOfService->show(heartbeat.compatibility(), heartbeat.platformApiVersion(),
                         heartbeat.minimumVersion(), heartbeat.version(), m_mode != TerminalMode::Kiosk);
    showScreen(m_outOfService);
    closeServiceScreen();
    if (m_services.flow)
        m_services.flow->logout(); // whoever was being served is logged out; their screens go with them
}

} // namespace ssc
