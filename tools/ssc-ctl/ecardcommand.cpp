#include "ecardcommand.h"

#include "camera/qrimage.h"
#include "demoplatform.h"
#include "platform/platformclient.h"

#include <QCommandLineParser>

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
    const DemoPlatformOptions demo;
    parser.addOption(region);
    demo.addTo(parser);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const bool qr = args.value(0) == u"qr";
    if ((args.value(0) != u"mint" && !qr) || args.size() != (qr ? 3 : 2))
        return context.usageError(ECardText::usage());

    const auto config = demo.config(parser);
    if (!config)
        return context.usageError(ECardText::noPlatform());

    PlatformClient client(*config);
    QJsonObject body{{QStringLiteral("person"), args[1]}};
    if (parser.isSet(region))
        body.insert(QStringLiteral("region"), parser.value(region));
    const PlatformResult result = postAndWait(client, QStringLiteral("/api/v1/demo/ecard/mint"), body);
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
