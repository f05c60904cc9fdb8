#include "smsoptions.h"

#include <QFile>

#include <algorithm>

namespace ssc::platform {

void addSmsOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("sms-gateway"),
         QStringLiteral("Kannel smsbox send-sms URL for review texts (docs/notifications.md)"),
         QStringLiteral("url")},
        {QStringLiteral("sms-user"), QStringLiteral("The gateway's sendsms-user name"),
         QStringLiteral("name")},
        {QStringLiteral("sms-password-file"), QStringLiteral("File holding that user's password"),
         QStringLiteral("file")},
        {QStringLiteral("sms-from"), QStringLiteral("Sender number of the texts (default 12333)"),
         QStringLiteral("number")},
        {QStringLiteral("sms-dlr-url"),
         QStringLiteral("This platform's address as Kannel reaches it, for delivery reports"),
         QStringLiteral("url")},
        {QStringLiteral("sms-retries"),
         QStringLiteral("Sending attempts and the first wait in seconds (default 6,30)"),
         QStringLiteral("attempts,seconds")},
        {QStringLiteral("sms-rate"), QStringLiteral("Texts per number per hour (default 5)"),
         QStringLiteral("n")},
    });
}

std::optional<SmsOptions> smsOptionsFrom(const QCommandLineParser& parser, QString* error)
{
    SmsOptions options;
    if (parser.isSet(QStringLiteral("sms-gateway"))) {
        options.gateway = QUrl(parser.value(QStringLiteral("sms-gateway")));
        const QString scheme = options.gateway.scheme();
        if (!options.gateway.isValid() || !(scheme == u"http" || scheme == u"https")) {
            *error = QStringLiteral("--sms-gateway needs an http:// or https:// URL");
            return std::nullopt;
        }
    }
    options.user = parser.value(QStringLiteral("sms-user"));
    if (parser.isSet(QStringLiteral("sms-password-file"))) {
        QFile file(parser.value(QStringLiteral("sms-password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--sms-password-file: cannot read %1").arg(file.fileName());
            return std::nullopt;
        }
        options.password = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (parser.isSet(QStringLiteral("sms-from")))
        options.from = parser.value(QStringLiteral("sms-from"));
    if (parser.isSet(QStringLiteral("sms-dlr-url")))
        options.deliveryReports = QUrl(parser.value(QStringLiteral("sms-dlr-url")));
    if (parser.isSet(QStringLiteral("sms-retries"))) {
        const QStringList parts = parser.value(QStringLiteral("sms-retries")).split(u',');
        bool attemptsOk = false;
        bool secondsOk = false;
        const int attempts = parts.value(0).toInt(&attemptsOk);
        const double seconds = parts.value(1).toDouble(&secondsOk);
        if (parts.size() != 2 || !attemptsOk || !secondsOk || attempts < 1 || attempts > 20 || seconds <= 0 ||
            seconds > 3600) {
            *error =
                QStringLiteral("--sms-retries needs attempts (1 to 20) and the first wait in seconds (up to "
                               "3600): 6,30");
            return std::nullopt;
        }
        options.attempts = attempts;
        options.firstRetryMs = static_cast<int>(seconds * 1000);
        // Retries a second apart or closer are a test's; look for them as often.
        options.pollMs = std::min(options.pollMs, std::max(50, options.firstRetryMs / 2));
    }
    if (parser.isSet(QStringLiteral("sms-rate"))) {
        bool ok = false;
        options.perNumberPerHour = parser.value(QStringLiteral("sms-rate")).toInt(&ok);
        if (!ok || options.perNumberPerHour < 1) {
            *error = QStringLiteral("--sms-rate needs a positive number of texts per hour");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace ssc::platform
