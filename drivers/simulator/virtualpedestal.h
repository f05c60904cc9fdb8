#pragma once

#include "scanner/codescanner.h"

namespace ssc {

// The demo's scanning pedestal: what the simulator window "shows" to it arrives as a scan, through the same
// interface as a real pedestal (AusweisApp ships its simulator in release builds for the same reason).
class VirtualPedestal : public CodeScanner {
    Q_OBJECT
public:
    using CodeScanner::CodeScanner;

    QString displayName() const override { return tr("Virtual scanning pedestal (demo)"); }
    bool isReady() const override { return true; }

    void present(const QString& text) { emit codeScanned(text); }
    void presentUnreadable(const QString& reason) { emit unreadable(reason); }
};

} // namespace ssc
