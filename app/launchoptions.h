#pragma once

#include "domain/terminalmode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ssc {

// How the terminal was started. Command-line values override the user's settings but never a value the
// system settings lock (Settings::isLocked): a kiosk's mode cannot be changed by whoever starts it.
struct LaunchOptions {
    bool demo = false; // against the embedded demo platform and simulated devices
    std::optional<TerminalMode> mode;
    QString language;       // empty: from settings, else the system
    QString theme;          // empty: from settings
    QString screenshotPath; // save a picture of the first screen there, then quit
    QString cameraVideo;    // play this video file as the camera (demo, diagnosis)
    QString error;          // non-empty when the command line was wrong

    static LaunchOptions parse(const QStringList& arguments);
};

} // namespace ssc
