#pragma once

#include <QWidget>

#include "printproblem.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ssc {

class DeviceCatalog;
class PlatformClient;
class UsbContext;
class CardSource;
class CameraService;
class PrintService;

// Staff only (counter and field): every USB device seen and what the terminal makes of it ("seen, not
// supported" instead of silence), the state of the card reader, the camera and the printer, the platform's
// reachability and latency, versions. The USB and platform facts are those of `ssc-ctl devices`.
class DiagnosticsScreen : public QWidget {
    Q_OBJECT
public:
    DiagnosticsScreen(UsbContext* usb, const DeviceCatalog& catalog, PlatformClient* platform,
                      QWidget* parent = nullptr);
    ~DiagnosticsScreen() override;

    void refresh();
    int deviceRows() const;
    QString deviceText(int row, int column) const;
    QString platformText() const;
    // The devices in use, when the terminal has them (any may be null).
    void setDevices(const CardSource* cards, const CameraService* camera, PrintService* printer);
    QString deviceStateText() const;
    // The support bundle (app/supportbundle.h): the logs it takes and where it writes; without a folder the
    // page offers none. Written on a worker thread; supportBundleText() says where, or why not.
    void setSupportBundle(const QString& logDirectory, const QString& folder);
    void exportSupportBundle();
    QString supportBundlePath() const { return m_bundlePath; }
    QString supportBundleText() const;

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString cameraState() const;

    UsbContext* m_usb;
    const DeviceCatalog& m_catalog;
    PlatformClient* m_platform;
    QLabel* m_title;
    QTableWidget* m_devices;
    QLabel* m_platformLine;
    QLabel* m_stateLine;
    std::optional<std::pair<PrintProblem, QString>> m_printerState; // the last check: problem and queue
    const CardSource* m_cards = nullptr;
    const CameraService* m_camera = nullptr;
    PrintService* m_printer = nullptr;
    QLabel* m_versions;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_bundleLine;
    QString m_logDirectory;
    QString m_bundleFolder;
    QString m_bundlePath;  // the last bundle written
    QString m_bundleError; // or why it was not
    bool m_exporting = false;
    QPushButton* m_close;
};

} // namespace ssc
