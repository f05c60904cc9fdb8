#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include "i18n/translator.h"

#include <functional>

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

// Saves `widget` as <base>-zh_CN.png, switches to English, waits until `englishShown` (the screen has
// redrawn itself), saves <base>-en.png and switches back to Chinese. False when English never showed.
inline bool saveInBothLanguages(QWidget& widget, const QString& base,
                                const std::function<bool()>& englishShown)
{
    saveScreenshot(widget, base + QStringLiteral("-zh_CN.png"));
    if (!ssc::useLanguage(ssc::englishLanguage))
        return false;
    const bool shown = QTest::qWaitFor(englishShown, 5000);
    if (shown)
        saveScreenshot(widget, base + QStringLiteral("-en.png"));
    const bool back = ssc::useLanguage(ssc::chineseLanguage);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    return shown && back;
}

} // namespace demoterminal
