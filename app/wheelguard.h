#pragma once

#include <QObject>

namespace ssc {

// No value changes without an intended touch or keystroke: a mouse wheel (or a touchpad) passing over a
// date, number, list or slider that the user is not working in scrolls the page instead of changing it.
// Installed on the application once by the main window.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ssc
