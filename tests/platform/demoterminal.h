#pragma once

#include "domain/terminalmode.h"
#include "platform/platformclient.h"

// Shared by the tests that drive the terminal against a demo platform.
namespace demoterminal {

// The client configuration of the demo terminal of that mode (demo-kiosk, demo-counter, demo-field).
inline ssc::PlatformConfig config(quint16 port, ssc::TerminalMode mode = ssc::TerminalMode::Kiosk)
{
    ssc::PlatformConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    c.terminalId = QStringLiteral("demo-") + ssc::terminalModeKey(mode);
    c.terminalSecret = c.terminalId + QStringLiteral("-demo-secret");
    c.mode = mode;
    return c;
}

} // namespace demoterminal
