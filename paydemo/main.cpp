// ssc-paydemo: a stand-in for the acquirer behind the e-card cashier (收银台), for the demo and the tests
// (docs/payments.md). Its own process and its own SQLite database, so the platform meets it only through
// the documented interface, as it would a real acquirer.
//   ssc-paydemo --db FILE --key-file FILE [--port N] [--notify-delay-ms N]
#include "acquirerserver.h"
#include "acquirerstore.h"
#include "notifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace {

// The merchant key shared with the platform: 32 random bytes, hex, made on first start (mode 0600).
QByteArray merchantKey(const QString& path, QString* error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        return QByteArray::fromHex(file.readAll().trimmed());
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(key.toHex() + '\n') < 0) {
        *error = file.errorString();
        return {};
    }
    return key;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ssc-paydemo"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The acquirer's SQLite database"),
                                QStringLiteral("file"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The merchant key (hex), shared with the platform; made "
                                                    "when missing"),
                                     QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any)"),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("notify-delay-ms"),
                                   QStringLiteral("Wait this long before a payment's first notification"),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({db, keyFile, port, delay});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(keyFile)) {
        std::fprintf(stderr, "ssc-paydemo needs --db and --key-file\n");
        return 2;
    }
    QString error;
    const QByteArray key = merchantKey(parser.value(keyFile), &error);
    if (key.size() < 16) {
        std::fprintf(stderr, "no merchant key in %s: %s\n", qUtf8Printable(parser.value(keyFile)),
                     qUtf8Printable(error));
        return 1;
    }
    const auto store = ssc::paydemo::AcquirerStore::open(parser.value(db), &error);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qUtf8Printable(parser.value(db)), qUtf8Printable(error));
        return 1;
    }
    ssc::paydemo::AcquirerServer server(*store, key);
    const quint16 listening = server.listen(static_cast<quint16>(parser.value(port).toUInt()));
    if (listening == 0) {
        std::fprintf(stderr, "cannot listen on port %s\n", qUtf8Printable(parser.value(port)));
        return 1;
    }
    ssc::paydemo::Notifier notifier(*store, key, parser.value(delay).toLongLong());
    notifier.start();
    std::printf("ssc-paydemo listening on http://127.0.0.1:%u\n", listening);
    std::fflush(stdout);
    return app.exec();
}
