#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace demoterminal {

// Saves a picture of `widget` into $SSC_SCREENSHOT_DIR (ctest sets it to build/<preset>/screenshots).
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let queued shows and layout requests of freshly built widgets run before the picture is taken.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    widget.grab().save(dir + u'/' + name);
}

} // namespace demoterminal
