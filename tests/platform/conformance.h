#pragma once

#include <QList>
#include <QRect>
#include <QString>

class QWidget;

// The conformance rules of shared/EXPERIENCE.md, checked on a live widget tree (issue 17, item 7): what a
// reviewer would see on the screenshot, measured. A violation names the screen, the widget and the rule.
namespace conformance {

struct Rules {
    int minFontPx = 24;       // body text: 18 pt standard, 24 pt (32 px) elder
    int minTargetPx = 60;     // touch targets: 60 kiosk, 80 elder kiosk, 44 counter
    double minContrast = 4.5; // text against what is drawn behind it: 4.5 standard, 7 elder
    QRect screen;             // the screen the window must fit (in the window's coordinates)
    bool needsTitleAndHome = true;
};

struct Violation {
    QString screen; // what the test calls the screen, with its language, theme and size
    QString widget; // class, object name and text of the widget at fault
    QString rule; // "font", "target", "contrast", "clipped", "off-screen", "nested-scroll", "title", "home",
                  // "unmasked"
    QString detail;
    QString toString() const;
};

// Every rule on every visible widget under `root` (a window or a screen shown at its real size).
QList<Violation> check(QWidget* root, const QString& screenName, const Rules& rules);

// The pieces, for the tests that prove each rule fails when broken.
QString describe(const QWidget* widget);

} // namespace conformance
