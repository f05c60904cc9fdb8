#pragma once

#include <QWidget>

#include "bundledestinations.h"
#include "moduleapi/statuslines.h"
#include "printproblem.h"

#include <functional>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ssc {

class DeviceCatalog;
class PlatformClient;
class UsbContext;
class BundleFolderChooser;
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
    // The support bundle (app/supportbundle.h): the logs it takes and the default folder; without a folder
    // the page offers none. Its button asks where (the default or a USB drive, BundleFolderChooser) and
    // writes there on a worker thread; supportBundleText() says where, or why not.
    void setSupportBundle(const QString& logDirectory, const QString& folder);
    // The folder chosen last (the settings' support/bundleFolder) and how to remember a new choice.
    void setSupportFolderMemory(const QString& chosenLast, std::function<void(const QString&)> remember);
    // Where the mounted volumes come from, and under which folders removable media are mounted
    // (BundleDestinations; tests give a temporary folder).
    void setVolumeSource(std::function<QList<BundleDestinations::Volume>()> volumes, QStringList mediaRoots);
    void chooseSupportFolder(); // shows the choice
    BundleFolderChooser* supportFolderChooser() const { return m_chooser; }
    // Writes the bundle into the folder chosen last (or the default).
    void exportSupportBundle();
    QString supportBundlePath() const { return m_bundlePath; }
    QString supportBundleText() const;

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    StatusLines::Line cameraState() const;

    UsbContext* m_usb;
    const DeviceCatalog& m_catalog;
    PlatformClient* m_platform;
    QLabel* m_title;
    QTableWidget* m_devices;
    StatusLines* m_platformLine;
    StatusLines* m_stateLine;
    std::optional<std::pair<PrintProblem, QString>> m_printerState; // the last check: problem and queue
    const CardSource* m_cards = nullptr;
    const CameraService* m_camera = nullptr;
    PrintService* m_printer = nullptr;
    QLabel* m_versions;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_bundleLine;
    QString m_logDirectory;
    QString m_bundleFolder; // where the next bundle goes: the choice, else the default
    QString m_defaultFolder;
    std::function<void(const QString&)> m_rememberFolder;
    std::function<QList<BundleDestinations::Volume>()> m_volumes = &BundleDestinations::mountedVolumes;
    QStringList m_mediaRoots = BundleDestinations::standardMediaRoots();
    BundleFolderChooser* m_chooser;
    QString m_bundlePath;  // the last bundle written
    QString m_bundleError; // or why it was not
    bool m_exporting = false;
    QPushButton* m_close;
};

} // namespace ssc
