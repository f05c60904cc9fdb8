#include "reviewcommand.h"

#include "applications/applicationkinds.h"
#include "demoplatform.h"

#include <QCoreApplication>

namespace ssc::ctl {
namespace {

class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(ReviewText)
public:
    static QString usage()
    {
        return tr("usage: ssc-ctl review "
                  "approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT | "
                  "ssc-ctl review return RECEIPT REASON");
    }
    static QString noPlatform() { return tr("no platform address: give --platform URL or set platform/url"); }
    static QString done(const QString& receipt, const QString& status)
    {
        return tr("%1 is now %2").arg(receipt, status);
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
    const QString decision = args.value(0);
    // Registrations and benefit claims: approve or return; disputes: accept (or return), mediate, then settle
    // or arbitrate; pension transfers: agree (or return), transfer, complete; employment services asked for:
    // contact (or return). The platform says when a
    // decision does not fit the application as it stands.
    static const QStringList withoutReason{
        QStringLiteral("approve"),  QStringLiteral("accept"),    QStringLiteral("mediate"),
        QStringLiteral("settle"),   QStringLiteral("arbitrate"), QStringLiteral("agree"),
        QStringLiteral("transfer"), QStringLiteral("complete"),  QStringLiteral("contact")};
    if (!(withoutReason.contains(decision) && args.size() == 2) &&
        !(decision == u"return" && args.size() == 3))
        return context.usageError(ReviewText::usage());
    const auto config = demo.config(parser);
    if (!config)
        return context.usageError(ReviewText::noPlatform());
    PlatformClient client(*config);
    QJsonObject body{{QStringLiteral("decision"), decision}};
    if (args.size() == 3)
        body.insert(QStringLiteral("reason"), args[2]);
    const PlatformResult result =
        postAndWait(client, QStringLiteral("/api/v1/demo/applications/%1/review").arg(args[1]), body);
    if (!result.ok()) {
        context.printError(result.message());
        return Negative;
    }
    context.json()
        ? context.printJson(result.body)
        : context.print(ReviewText::done(
              args[1],
              applicationStatusLabel(result.body.value(QStringLiteral("status")).toString()).translated()));
    return Ok;
}

} // namespace ssc::ctl
