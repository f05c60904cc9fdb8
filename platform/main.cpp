// ssc-platform: the terminal-facing platform service (docs/api.md, docs/operations.md).
//   ssc-platform [--db URL] [--data-dir DIR] [--listen ADDRESS] [--port N] [--demo] [limit options]
//                [SMS options: notifications/smsoptions.h]
//   ssc-platform register-terminal ID kiosk|counter|field NAME [HALL] [--name-en "ENGLISH NAME"] [--db URL]
//                                                                               prints the new secret once
//   ssc-platform add-staff USERNAME "DISPLAY NAME" clerk|visitor [--db URL] password on standard input
//   ssc-platform keys list|rotate|import-issuer-key FILE [--db URL] [--key-store SPEC]   keys/keyscommand.h
//   ssc-platform purge [YYYY-MM-DD] [--db URL]   retention now, or as of that day (retention/retention.h)
//   ssc-platform manager-alerts USERNAME MOBILE|off [HALL] [--db URL]   a hall manager's alert texts
//   ssc-platform contribution-grades list|set ITEM YYYY-MM-DD FEN,… [--db URL]
//                                                 the region's amounts (payments/contributiongradescommand.h)
//   ssc-platform payouts export --out FILE [--date D] | payouts import-return FILE | payouts monthly
//   [YYYY-MM]
//                | payouts stop-event SSN EVENT YYYY-MM-DD [--db URL]
//                                                 the benefits' bank run (payouts/payoutscommand.h)
//   ssc-platform partitions list | ensure [YYYY-MM] | detach YYYY-MM [--db URL]
//                                                 PostgreSQL's monthly partitions (storage/partitions.h)
#include "auth/staffaccounts.h"
#include "auth/staffroles.h"
#include "auth/terminalauth.h"
#include "fleet/fleetoptions.h"
#include "keys/keyscommand.h"
#include "keys/keystore.h"
#include "keys/privatefiles.h"
#include "limits/limitoptions.h"
#include "logging/logging.h"
#include "notifications/smsoptions.h"
#include "payments/contributiongradescommand.h"
#include "payments/paymentoptions.h"
#include "payouts/payoutscommand.h"
#include "platformapp.h"
#include "retention/retention.h"
#include "storage/database.h"
#include "storage/partitions.h"
#include "terminationsignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

#include <sys/stat.h>

namespace {

using namespace ssc::platform;

int fail(const QString& message, int status = 1)
{
    std::fprintf(stderr, "ssc-platform: %s\n", qUtf8Printable(message));
    return status;
}

QString defaultDatabase(const QString& dataDir)
{
    makePrivateFolder(dataDir);
    return QDir(dataDir).filePath(QStringLiteral("platform.db"));
}

int administerKeys(const QStringList& args, Database& db, const PlatformOptions& options)
{
    QString error;
    const auto store = openKeyStore(options.keyStore, options.issuerKeyFile, &error);
    if (!store)
        return fail(error);
    QString report;
    const int status = runKeysCommand(args, db, *store, &report, &error);
    if (status != 0)
        return fail(error, status);
    std::printf("%s", qUtf8Printable(report));
    return 0;
}

// The number a hall manager's alert texts go to and the hall they are about (docs/operations.md, "Fleet");
// "off" clears the number.
int setManagerAlerts(Database& db, const QString& username, const QString& phone, const QString& hall)
{
    const bool off = phone == u"off";
    if (!off && !QRegularExpression(QStringLiteral("^1[3-9]\\d{9}$")).match(phone).hasMatch())
        return fail(QStringLiteral("the number is a mainland mobile number (11 digits, starting with 1), or "
                                   "off"),
                    2);
    auto q = db.run(QStringLiteral("UPDATE staff SET phone = ?, hall = ? WHERE username = ?"),
                    {off ? QVariant(QMetaType::fromType<QString>()) : QVariant(phone),
                     hall.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hall), username});
    if (!q)
        return fail(db.lastError());
    if (q->numRowsAffected() != 1)
        return fail(QStringLiteral("no staff account %1").arg(username));
    return 0;
}

// The options only some commands take: register-terminal's --name-en, payouts export's --out and --date.
struct CommandOptions {
    QString nameEn; // a terminal's English name, shown on English screens
    QString out;
    QString date;
};

int administer(const QStringList& args, const PlatformOptions& options, const CommandOptions& extra)
{
    QString error;
    auto db = Database::open(options.databaseUrl, &error);
    if (!db)
        return fail(error);
    if (args.value(0) == u"keys")
        return administerKeys(args.mid(1), *db, options);
    if (args.value(0) == u"purge" && args.size() <= 2) {
        // As of a day: what the daily purge will remove then (a rehearsal on a copy, or the tests' clock).
        const QDate asOf = args.size() == 2 ? QDate::fromString(args[1], Qt::ISODate) : QDate::currentDate();
        if (!asOf.isValid())
            return fail(QStringLiteral("purge takes a day as YYYY-MM-DD"), 2);
        const qint64 now = args.size() == 2 ? asOf.startOfDay(Qt::UTC).toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch();
        const auto report = purgeExpired(*db, now, &error);
        if (!report)
            return fail(error);
        std::printf("%s", qUtf8Printable(report->text()));
        return 0;
    }
    if (args.value(0) == u"register-terminal" && (args.size() == 4 || args.size() == 5)) {
        const QString mode = args[2];
        if (mode != u"kiosk" && mode != u"counter" && mode != u"field")
            return fail(QStringLiteral("mode must be kiosk, counter or field"), 2);
        const QString secret = registerTerminal(*db, args[1], mode, args[3], {}, extra.nameEn);
        if (secret.isEmpty())
            return fail(db->lastError());
        // The hall whose manager watches it (docs/operations.md, "Fleet"); none: the hall of those without
        // one.
        if (args.size() == 5 &&
            !db->run(QStringLiteral("UPDATE terminals SET hall = ? WHERE id = ?"), {args[4], args[1]}))
            return fail(db->lastError());
        std::printf("%s\n", qUtf8Printable(secret));
        return 0;
    }
    if (args.value(0) == u"add-staff" && args.size() == 4) {
        if (StaffRoles::parse(args[3]).isEmpty())
            return fail(QStringLiteral(
                            "role must be clerk, visitor, reviewer or manager, or several comma separated"),
                        2);
        const QString password = QTextStream(stdin).readLine();
        if (password.size() < 10)
            return fail(QStringLiteral("the password (standard input) needs at least 10 characters"), 2);
        if (!std::holds_alternative<QString>(ssc::normalizeStaffUsername(args[1])))
            return fail(QStringLiteral("the user name may not begin or end with a space, nor hold control "
                                       "characters, and has at most 64 characters"),
                        2);
        return StaffAccounts(*db).create(args[1], args[2], args[3], password) ? 0 : fail(db->lastError());
    }
    if (args.value(0) == u"manager-alerts" && (args.size() == 3 || args.size() == 4))
        return setManagerAlerts(*db, args[1], args[2], args.value(3));
    if (args.value(0) == u"contribution-grades") {
        QString report;
        const int status =
            runContributionGradesCommand(args.mid(1), *db, QDate::currentDate(), &report, &error);
        if (status != 0)
            return fail(error, status);
        std::printf("%s", qUtf8Printable(report));
        return 0;
    }
    if (args.value(0) == u"partitions") {
        QString report;
        const int status = runPartitionsCommand(args.mid(1), *db, QDate::currentDate(), &report, &error);
        if (status != 0)
            return fail(error, status);
        std::printf("%s", qUtf8Printable(report));
        return 0;
    }
    if (args.value(0) == u"payouts") {
        QString report;
        const int status =
            runPayoutsCommand(args.mid(1), *db, extra.out, extra.date, QDate::currentDate(), &report, &error);
        std::printf("%s", qUtf8Printable(report));
        return status == 0 || status == 3 ? status : fail(error, status);
    }
    return fail(QStringLiteral("unknown command; see docs/operations.md"), 2);
}

} // namespace

int main(int argc, char* argv[])
{
    // Every file and folder the platform makes is its user's alone: the database and its journal, keys, the
    // TLS identity (docs/security.md, "Keys").
    umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ssc-platform"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSC_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database: a SQLite file or postgresql://…"),
                                QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the default SQLite file"),
                                     QStringLiteral("dir"),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                         QStringLiteral("/ssc-platform"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on"),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free port)"),
                                  QStringLiteral("n"), QStringLiteral("8443"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed demo data and serve /api/v1/demo"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS"),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM EC key for HTTPS"),
                                    QStringLiteral("file"));
    const QCommandLineOption tlsDir(
        QStringLiteral("tls-dir"), QStringLiteral("HTTPS with a self-signed certificate kept in this folder"),
        QStringLiteral("dir"));
    const QCommandLineOption issuerKey(
        QStringLiteral("issuer-key"),
        QStringLiteral(
            "The issuer master key file (0600; made when missing). Default: <data-dir>/issuer-master.key"),
        QStringLiteral("file"));
    const QCommandLineOption keyStore(
        QStringLiteral("key-store"),
        QStringLiteral("Where the signing and issuer keys live: file:DIR or "
                       "pkcs11:token=LABEL?module-path=LIB&pin-source=FILE. Default: file:<data-dir>/keys"),
        QStringLiteral("spec"));
    const QCommandLineOption nameEn(
        QStringLiteral("name-en"),
        QStringLiteral("register-terminal: the terminal's name in English (default: the Chinese NAME)"),
        QStringLiteral("name"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("payouts export: the bank file to write"),
                                 QStringLiteral("file"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("payouts export: the day the bank pays (default today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions(
        {db, dataDir, listen, port, demo, tlsCert, tlsKey, tlsDir, issuerKey, keyStore, nameEn, out, date});
    addLimitOptions(parser);
    addPaymentOptions(parser);
    addSmsOptions(parser);
    addFleetOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "register-terminal | add-staff | manager-alerts | keys | purge | contribution-grades | payouts | "
            "partitions"));
    parser.process(app);
    ssc::installLogHandler({});

    PlatformOptions options;
    options.databaseUrl = parser.isSet(db) ? parser.value(db) : defaultDatabase(parser.value(dataDir));
    options.issuerKeyFile = parser.isSet(issuerKey)
                                ? parser.value(issuerKey)
                                : parser.value(dataDir) + QStringLiteral("/issuer-master.key");
    options.keyStore = parser.isSet(keyStore)
                           ? parser.value(keyStore)
                           : QStringLiteral("file:") + parser.value(dataDir) + QStringLiteral("/keys");
    if (!parser.positionalArguments().isEmpty())
        return administer(parser.positionalArguments(), options,
                          {parser.value(nameEn), parser.value(out), parser.value(date)});

    options.demo = parser.isSet(demo);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.tlsDirectory = parser.value(tlsDir);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), 2);
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535 || !options.address.setAddress(parser.value(listen)))
        return fail(QStringLiteral("--listen needs an IP address and --port a number up to 65535"), 2);
    options.port = static_cast<quint16>(portValue);

    QString error;
    const auto limits = limitsFrom(parser, &error);
    if (!limits)
        return fail(error, 2);
    options.limits = *limits;
    const auto payments = paymentSettingsFrom(parser, &error);
    if (!payments)
        return fail(error, 2);
    options.payments = *payments;
    const auto sms = smsOptionsFrom(parser, &error);
    if (!sms)
        return fail(error, 2);
    options.sms = *sms;
    const auto fleet = fleetOptionsFrom(parser, &error);
    if (!fleet)
        return fail(error, 2);
    options.fleet = *fleet;
    const auto platform = PlatformApp::start(options, &error);
    if (!platform)
        return fail(error);
    // One line on standard output, read by scripts and tests to find the port.
    std::printf("ssc-platform listening on %s://%s:%u (%s%s)%s%s\n", platform->tls() ? "https" : "http",
                qUtf8Printable(options.address.toString()), platform->port(),
                qUtf8Printable(platform->database().dialectName()), options.demo ? ", demo" : "",
                platform->tls() ? " pin sha256:" : "", platform->certificatePin().constData());
    std::fflush(stdout);
    // SIGTERM drains: not ready, no new connections, the work in flight answered, then exit 0.
    PlatformApp* service = platform.get();
    const int drainMs = options.limits.drainTimeoutMs;
    if (!onTerminationSignal(&service->server(), [service, drainMs] {
            service->drain(drainMs, [] { QCoreApplication::quit(); });
        }))
        return fail(QStringLiteral("the termination signal handler could not be installed"));
    return QCoreApplication::exec();
}
