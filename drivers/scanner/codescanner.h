#pragma once

#include <QObject>
#include <QString>

namespace ssc {

// Anything that reads codes for the terminal: a HID POS pedestal, a keyboard wedge, a CDC scanner, the
// camera, or the demo's virtual pedestal. Screens and flows see only this.
class CodeScanner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CodeScanner() override = default;

    virtual QString displayName() const = 0;
    virtual bool isReady() const = 0;

signals:
    void codeScanned(const QString& text);
    // Something was read but is not a code (garbage, oversized, half a code): reason for the screen.
    void unreadable(const QString& reason);
    void readyChanged(bool ready);
};

} // namespace ssc
