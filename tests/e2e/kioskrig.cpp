#include "kioskrig.h"

#include "demoterminal.h"

#include "../drivers/scannerreports.h"

#include "cardlogin.h"
#include "cardpin/cardpinmodule.h"
#include "cardreader/cardreadermanager.h"
#include "mainwindow.h"
#include "moduleapi/servicemodule.h"
#include "mycard/mycardmodule.h"
#include "outlets/outletsmodule.h"
#include "platform/platformclient.h"
#include "scanner/scannermanager.h"
#include "session/loginflow.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTest>

using namespace ssc;

KioskRig::KioskRig() = default;

KioskRig::~KioskRig()
{
    m_cards.reset();
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
    m_cardReader = std::make_unique<EmulatedCardReader>(m_usb, 7);
    m_client = std::make_unique<PlatformClient>(demoterminal::config(m_platform.port()));
    m_flow = std::make_unique<LoginFlow>(*m_client);
    m_modules = std::make_unique<ModuleRegistry>();
    registerMyCardModule(*m_modules);
    registerCardPinModule(*m_modules);
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
    m_cards = std::make_unique<CardReaderManager>(*m_context);
    connectCardLogin(*m_cards, *m_flow, *m_window);
    m_window->setCardService(m_cards.get());
    QElapsedTimer waited;
    waited.start();
    while ((m_scanners->scannerCount() == 0 || m_cards->readerCount() == 0) && waited.elapsed() < 5000)
        QTest::qWait(20);
    if (m_cards->readerCount() == 0) {
        m_error = QStringLiteral("the emulated card reader was not picked up");
        return false;
    }
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

EmulatedCardReader& KioskRig::padReader()
{
    if (!m_padReader)
        m_padReader =
            std::make_unique<EmulatedCardReader>(m_usb, 8, EmulatedCardReader::acsApg8201b2Descriptors());
    return *m_padReader;
}

bool KioskRig::removeCardAndSettle()
{
    m_cardReader->remove();
    if (m_padReader)
        m_padReader->remove();
    const bool settled =
        QTest::qWaitFor([this] { return m_flow->state() == LoginFlow::State::Idle; }, 8000) ||
        m_flow->state() == LoginFlow::State::Refused;
    m_flow->dismissRefusal();
    return settled;
}

EmulatedCard KioskRig::cardOf(const QString& person)
{
    return cardFrom(m_platform.demoPerson(person));
}

EmulatedCard KioskRig::cardFrom(const QJsonObject& p)
{
    EmulatedCard card;
    card.identifier = p.value(QStringLiteral("cardIdentifier")).toString();
    card.cardNumber = p.value(QStringLiteral("cardNumber")).toString();
    card.ssn = p.value(QStringLiteral("ssn")).toString();
    card.name = p.value(QStringLiteral("name")).toString();
    card.sex =
        p.value(QStringLiteral("sex")).toString() == u"female" ? QStringLiteral("2") : QStringLiteral("1");
    card.birthDate = QDate::fromString(p.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    card.generation = p.value(QStringLiteral("generation")).toInt();
    card.cardKey = QByteArray::fromHex(p.value(QStringLiteral("cardKey")).toString().toLatin1());
    card.unblockKey = QByteArray::fromHex(p.value(QStringLiteral("unblockKey")).toString().toLatin1());
    return card;
}
