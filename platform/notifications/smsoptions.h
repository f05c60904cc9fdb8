#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QUrl>

#include <optional>

namespace ssc::platform {

// How the platform reaches the SMS gateway, Kannel's smsbox (docs/notifications.md, "Settings"). Without a
// gateway, texts stay queued: nothing is lost, the staff list says no gateway is configured.
struct SmsOptions {
    QUrl gateway; // smsbox's send-sms address, http://127.0.0.1:13013/cgi-bin/sendsms; empty: none
    QString user;
    QString password; // read from a file (--sms-password-file), never from the command line
    QString from = QStringLiteral("12333"); // the sender number the texts show
    // How Kannel reaches this platform for delivery reports; empty: this platform's own address and port.
    QUrl deliveryReports;
    int attempts = 6;         // sending attempts before a text is "failed"
    int firstRetryMs = 30000; // the wait after the first failure, doubled after each next one
    int perNumberPerHour = 5; // texts one number may get in an hour; more wait for the hour to pass
    int pollMs = 1000;        // how often the sender looks for texts due again (retries, the rate's hour)

    bool configured() const { return !gateway.isEmpty(); }
};

// --sms-gateway URL, --sms-user NAME, --sms-password-file FILE, --sms-from NUMBER, --sms-dlr-url URL,
// --sms-retries ATTEMPTS,FIRST_SECONDS, --sms-rate PER_HOUR.
void addSmsOptions(QCommandLineParser& parser);
// The options given, or nullopt and *error when one is not of its shape (or the password file unreadable).
std::optional<SmsOptions> smsOptionsFrom(const QCommandLineParser& parser, QString* error);

} // namespace ssc::platform
