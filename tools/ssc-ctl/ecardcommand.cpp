#include "ecardcommand.h"

#include "camera/qrimage.h"
#include "platform/platformclient.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace ssc::ctl {
namespace {

class ECardText {
    Q_DECLARE_TR_FUNCTIONS(ECardCommand)
public:
    static QString usage()
    {
        return tr("usage: ssc-ctl ecard mint PERSON | ssc-ctl ecard qr PERSON OUT.png");
    }
    static QString noPlatform() { return tr("no platform address: give --platform URL or set platform/url"); }
    static QString cannotWrite(const QString& path) { return tr("cannot write %1").arg(path); }
    static QString written(const QString& path, qint64 expiresAt)
    {
        return tr("QR code written to %1 (valid until %2)")
            .arg(path, QDateTime::fromSecsSinceEpoch(expiresAt).toString(QStringLiteral("HH:mm:ss")));
    }
};

} // namespace

int runECard(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("card region"),
                                    QStringLiteral("code"));
    const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("platform URL"),
                                      QStringLiteral("url"));
    const QCommandLineOption pin(QStringLiteral("pin"), QStringLiteral("certificate SHA-256"),
                                 QStringLiteral("hex"));
    parser.addOptions({region, platform, pin});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const bool qr = args.value(0) == u"qr";
    if ((args.value(0) != u"mint" && !qr) || args.size() != (qr ? 3 : 2))
        return context.usageError(ECardText::usage());

    const Settings settings = Settings::standard();
    PlatformConfig config;
    config.baseUrl =
        QUrl(parser.isSet(platform) ? parser.value(platform) : settings.value(keys::platformUrl).toString());
    config.pinnedCertificateSha256 =
        (parser.isSet(pin) ? parser.value(pin) : settings.value(keys::platformPin).toString()).toLatin1();
    config.timeoutMs = 5000;
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty())
        return context.usageError(ECardText::noPlatform());

    PlatformClient client(config);
    QJsonObject body{{QStringLiteral("person"), args[1]}};
    if (parser.isSet(region))
        body.insert(QStringLiteral("region"), parser.value(region));
    PlatformResult result;
    QEventLoop loop;
    client.post(QStringLiteral("/api/v1/demo/ecard/mint"), body, [&](const PlatformResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        context.printError(result.message());
        return Negative;
    }
    const QString code = result.body.value(QStringLiteral("code")).toString();
    if (!qr) {
        context.json() ? context.printJson(result.body) : context.print(code);
        return Ok;
    }
    if (!ssc::renderQrCode(code).save(args[2], "PNG")) {
        context.printError(ECardText::cannotWrite(args[2]));
        return Negative;
    }
    context.print(ECardText::written(args[2], result.body.value(QStringLiteral("expiresAt")).toInteger()));
    return Ok;
}

} // namespace ssc::ctl
