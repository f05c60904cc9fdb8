#include "kioskrig.h"

#include "demoterminal.h"

#include "../drivers/scannerreports.h"

#include "mainwindow.h"
#include "moduleapi/servicemodule.h"
#include "mycard/mycardmodule.h"
#include "outlets/outletsmodule.h"
#include "platform/platformclient.h"
#include "scanner/scannermanager.h"
#include "session/loginflow.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ssc;

KioskRig::KioskRig() = default;

KioskRig::~KioskRig()
{
    m_scanners.reset();
    m_context.reset();
    m_window.reset();
}

bool KioskRig::start(int idleTimeoutSeconds, int idleWarnSeconds)
{
    if (!m_platform.start()) {
        m_error = m_platform.error();
        return false;
    }
    const QByteArray report = UsbEmulator::hidPosReportDescriptor();
    m_pedestal = m_usb.add(
        {2, UsbEmulator::hidPosDescriptors(0x1eab, 0x1a03, static_cast<int>(report.size())), report});
    m_client = std::make_unique<PlatformClient>(demoterminal::config(m_platform.port()));
    m_flow = std::make_unique<LoginFlow>(*m_client);
    m_modules = std::make_unique<ModuleRegistry>();
    registerMyCardModule(*m_modules);
    registerOutletsModule(*m_modules);
    ShellServices services{m_flow.get(), m_modules.get(),    m_client.get(),
                           nullptr,      idleTimeoutSeconds, idleWarnSeconds};
    m_window = std::make_unique<MainWindow>(TerminalMode::Kiosk, false, Theme::Standard, services);
    m_window->resize(1280, 800);
    m_window->show();
    m_context = std::make_unique<UsbContext>();
    m_scanners = std::make_unique<ScannerManager>(*m_context, DeviceCatalog::standard());
    QObject::connect(m_scanners.get(), &CodeScanner::codeScanned, m_window.get(), &MainWindow::codeScanned);
    QObject::connect(m_scanners.get(), &CodeScanner::unreadable, m_flow.get(), &LoginFlow::unreadable);
    QElapsedTimer waited;
    waited.start();
    while (m_scanners->scannerCount() == 0 && waited.elapsed() < 5000)
        QTest::qWait(20);
    if (m_scanners->scannerCount() == 0) {
        m_error = QStringLiteral("the emulated pedestal was not picked up");
        return false;
    }
    return true;
}

void KioskRig::scan(const QString& code)
{
    for (const QByteArray& report : scannerreports::hidPos(code.toLatin1(), false))
        m_pedestal->queueIn(0x81, report);
}
