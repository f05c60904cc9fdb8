#include "demoplatform.h"

#include "settings/settings.h"

#include <QEventLoop>

namespace ssc::ctl {

std::optional<PlatformConfig> DemoPlatformOptions::config(const QCommandLineParser& parser) const
{
    const Settings settings = Settings::standard();
    PlatformConfig config;
    config.baseUrl =
        QUrl(parser.isSet(platform) ? parser.value(platform) : settings.value(keys::platformUrl).toString());
    config.pinnedCertificateSha256 =
        (parser.isSet(pin) ? parser.value(pin) : settings.value(keys::platformPin).toString()).toLatin1();
    config.timeoutMs = 5000;
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty())
        return std::nullopt;
    return config;
}

PlatformResult postAndWait(PlatformClient& client, const QString& path, const QJsonObject& body)
{
    PlatformResult result;
    QEventLoop loop;
    client.post(path, body, [&](const PlatformResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace ssc::ctl
