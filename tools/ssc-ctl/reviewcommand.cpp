#include "reviewcommand.h"

#include "demoplatform.h"

#include <QCoreApplication>

namespace ssc::ctl {
namespace {

class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(ReviewText)
public:
    static QString usage()
    {
        return tr("usage: ssc-ctl review approve RECEIPT | ssc-ctl review return RECEIPT REASON");
    }
    static QString noPlatform() { return tr("no platform address: give --platform URL or set platform/url"); }
    static QString done(const QString& receipt, bool approved)
    {
        return approved ? tr("%1 approved").arg(receipt) : tr("%1 returned").arg(receipt);
    }
};

} // namespace

int runReview(CommandContext& context)
{
    QCommandLineParser parser;
    const DemoPlatformOptions demo;
    demo.addTo(parser);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const bool approve = args.value(0) == u"approve";
    if (!(approve && args.size() == 2) && !(args.value(0) == u"return" && args.size() == 3))
        return context.usageError(ReviewText::usage());
    const auto config = demo.config(parser);
    if (!config)
        return context.usageError(ReviewText::noPlatform());
    PlatformClient client(*config);
    QJsonObject body{
        {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("return")}};
    if (!approve)
        body.insert(QStringLiteral("reason"), args[2]);
    const PlatformResult result =
        postAndWait(client, QStringLiteral("/api/v1/demo/applications/%1/review").arg(args[1]), body);
    if (!result.ok()) {
        context.printError(result.message());
        return Negative;
    }
    context.json() ? context.printJson(result.body) : context.print(ReviewText::done(args[1], approve));
    return Ok;
}

} // namespace ssc::ctl
