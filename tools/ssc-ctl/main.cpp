// ssc-ctl: command-line tool for operators and scripts. Verbs: docs/ssc-ctl.md.
#include "commandcontext.h"
#include "devicescommand.h"
#include "ecardcommand.h"
#include "fleetcommand.h"
#include "idcheckcommand.h"
#include "qrcommand.h"
#include "retirementcommand.h"
#include "reviewcommand.h"

#include "i18n/translator.h"

#include <QCoreApplication>

namespace {

class Usage {
    Q_DECLARE_TR_FUNCTIONS(SscCtl)
public:
    static QString text()
    {
        return tr(
            "usage: ssc-ctl [--lang zh_CN|en] [--json] VERB ...\n"
            "  id check [--no-resident-id] NUMBER...|-   check social security numbers\n"
            "  retirement --sex male|female [--group worker|cadre] --born YYYY-MM\n"
            "                                            statutory retirement age (2025 reform)\n"
            "  ecard mint PERSON | ecard qr PERSON OUT.png  a demo e-card code (platform in demo mode)\n"
            "  review approve|accept|mediate|settle|arbitrate|agree|transfer|complete|contact RECEIPT\n"
            "  review return RECEIPT REASON\n"
            "                                   the demo back office's decision\n"
            "  qr decode IMAGE...                          what the terminal's QR reader reads from images\n"
            "  devices                                     USB devices seen, what they are, platform "
            "reachability\n"
            "  fleet list|outdated --user MANAGER          the hall's terminals, those needing an update\n"
            "exit status: 0 all good, 1 a number is invalid or an image gave nothing, 2 usage error");
    }
    static QString unknownLanguage(const QString& code)
    {
        return tr("unknown language %1: use zh_CN or en").arg(code);
    }
    static QString unknownVerb(const QString& verb) { return tr("unknown verb “%1”").arg(verb); }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv); // QImage (QR images) needs no QGuiApplication for PNG files
    QCoreApplication::setApplicationName(QStringLiteral("ssc-ctl"));

    // Global options come before the verb: --lang CODE, --json, --help.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString language = ssc::languageFromSystem();
    bool json = false;
    while (!args.isEmpty() && args.front().startsWith(u"--")) {
        const QString option = args.takeFirst();
        if (option == u"--json") {
            json = true;
        } else if (option == u"--lang" && !args.isEmpty()) {
            language = args.takeFirst();
        } else if (option.startsWith(u"--lang=")) {
            language = option.mid(7);
        } else if (option == u"--help") {
            ssc::useLanguage(language);
            ssc::ctl::CommandContext(args, json).print(Usage::text());
            return ssc::ctl::Ok;
        } else {
            args.prepend(option);
            break;
        }
    }
    if (!ssc::useLanguage(language)) {
        ssc::useLanguage(ssc::englishLanguage);
        return ssc::ctl::CommandContext({}, json).usageError(Usage::unknownLanguage(language));
    }

    const QString verb = args.value(0);
    const QString object = args.value(1);
    if (verb == u"id" && object == u"check") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl id check")} + args.mid(2), json);
        return ssc::ctl::runIdCheck(context);
    }
    if (verb == u"review") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl review")} + args.mid(1), json);
        return ssc::ctl::runReview(context);
    }
    if (verb == u"ecard") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl ecard")} + args.mid(1), json);
        return ssc::ctl::runECard(context);
    }
    if (verb == u"devices") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl devices")} + args.mid(1), json);
        return ssc::ctl::runDevices(context);
    }
    if (verb == u"fleet") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl fleet")} + args.mid(1), json);
        return ssc::ctl::runFleet(context);
    }
    if (verb == u"qr") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl qr")} + args.mid(1), json);
        return ssc::ctl::runQr(context);
    }
    if (verb == u"retirement") {
        ssc::ctl::CommandContext context(QStringList{QStringLiteral("ssc-ctl retirement")} + args.mid(1),
                                         json);
        return ssc::ctl::runRetirement(context);
    }
    ssc::ctl::CommandContext context(args, json);
    if (!verb.isEmpty())
        context.usageError(Usage::unknownVerb(verb));
    return context.usageError(Usage::text());
}
