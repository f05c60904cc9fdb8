#include "diagnosticsscreen.h"

#include "platform/platformclient.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssc {

DiagnosticsScreen::DiagnosticsScreen(UsbContext* usb, const DeviceCatalog& catalog, PlatformClient* platform,
                                     QWidget* parent)
    : QWidget(parent), m_usb(usb), m_catalog(catalog), m_platform(platform), m_title(new QLabel),
      m_devices(new QTableWidget(0, 4)), m_platformLine(new QLabel), m_versions(new QLabel),
      m_refresh(new QPushButton), m_close(new QPushButton)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_close->setObjectName(QStringLiteral("backButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_close);
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(20);
    layout->addLayout(top);
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_platformLine);
    layout->addWidget(m_versions);
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsScreen::refresh);
    connect(m_close, &QPushButton::clicked, this, &DiagnosticsScreen::closeRequested);
    if (m_usb) {
        connect(m_usb, &UsbContext::deviceArrived, this, &DiagnosticsScreen::refresh);
        connect(m_usb, &UsbContext::deviceLeft, this, &DiagnosticsScreen::refresh);
    }
    retranslate();
    refresh();
}

DiagnosticsScreen::~DiagnosticsScreen() = default;

void DiagnosticsScreen::refresh()
{
    m_devices->setRowCount(0);
    const QList<UsbDeviceInfo> devices = m_usb ? m_usb->devices() : QList<UsbDeviceInfo>{};
    for (const UsbDeviceInfo& device : devices) {
        const DeviceMatch match = m_catalog.match(device);
        const int row = m_devices->rowCount();
        m_devices->insertRow(row);
        const QStringList cells{device.vidPid(), device.key(), match.describe(), match.name};
        for (int c = 0; c < cells.size(); ++c)
            m_devices->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_devices->resizeColumnsToContents();
    m_devices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (!m_usb)
        m_platformLine->setText(tr("USB is not available on this terminal."));
    if (!m_platform) {
        m_platformLine->setText(tr("Platform: no address configured."));
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_platform->get(
        QStringLiteral("/api/v1/health"),
        [this, timer](const PlatformResult& result) {
            m_platformLine->setText(result.ok()
                                        ? tr("Platform reachable in %1 ms; database %2, schema %3.")
                                              .arg(timer->elapsed())
                                              .arg(result.body.value(QStringLiteral("database")).toString())
                                              .arg(result.body.value(QStringLiteral("schemaVersion")).toInt())
                                        : tr("Platform not reachable: %1").arg(result.message()));
        },
        this);
}

int DiagnosticsScreen::deviceRows() const
{
    return m_devices->rowCount();
}

QString DiagnosticsScreen::deviceText(int row, int column) const
{
    const QTableWidgetItem* item = m_devices->item(row, column);
    return item ? item->text() : QString();
}

QString DiagnosticsScreen::platformText() const
{
    return m_platformLine->text();
}

void DiagnosticsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DiagnosticsScreen::retranslate()
{
    m_title->setText(tr("Diagnostics"));
    m_refresh->setText(tr("Refresh"));
    m_close->setText(tr("Back"));
    m_devices->setHorizontalHeaderLabels({tr("USB id"), tr("Bus-address"), tr("What it is"), tr("Name")});
    m_versions->setText(tr("ssc-terminal %1 · Qt %2")
                            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace ssc
