#pragma once

#include "platform/platformclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace ssc::ctl {

// The demo platform's address for the commands that play the citizen's app or the back office: --platform URL
// and --pin SHA256, defaulting to the terminal's settings (platform/url, platform/certificatePin).
struct DemoPlatformOptions {
    QCommandLineOption platform{QStringLiteral("platform"), QStringLiteral("platform URL"),
                                QStringLiteral("url")};
    QCommandLineOption pin{QStringLiteral("pin"), QStringLiteral("certificate SHA-256"),
                           QStringLiteral("hex")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({platform, pin}); }
    // Empty when no address is given or configured.
    std::optional<PlatformConfig> config(const QCommandLineParser& parser) const;
};

// Posts and waits for the answer.
PlatformResult postAndWait(PlatformClient& client, const QString& path, const QJsonObject& body);

} // namespace ssc::ctl
