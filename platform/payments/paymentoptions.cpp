#include "paymentoptions.h"

#include <QFile>

namespace ssc::platform {

void addPaymentOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("payment-url"), QStringLiteral("The acquirer's address (http(s)://…)"),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("payment-key-file"),
                      QStringLiteral("The merchant key shared with the acquirer (hex; keep it 0600)"),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("payment-notify-url"),
         QStringLiteral("Where the acquirer sends its notifications. Default: this platform's own "
                        "/api/v1/payments/notify on the address it listens on"),
         QStringLiteral("url")});
}

std::optional<PaymentSettings> paymentSettingsFrom(const QCommandLineParser& parser, QString* error)
{
    PaymentSettings settings;
    if (!parser.isSet(QStringLiteral("payment-url")))
        return settings;
    settings.acquirerUrl = QUrl(parser.value(QStringLiteral("payment-url")));
    if (!settings.acquirerUrl.isValid() || !settings.acquirerUrl.scheme().startsWith(u"http")) {
        *error = QStringLiteral("--payment-url needs an http(s):// address");
        return std::nullopt;
    }
    QFile key(parser.value(QStringLiteral("payment-key-file")));
    if (!key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--payment-url needs --payment-key-file with the merchant key: %1")
                     .arg(key.errorString());
        return std::nullopt;
    }
    settings.merchantKey = QByteArray::fromHex(key.readAll().trimmed());
    if (settings.merchantKey.size() < 16) {
        *error = QStringLiteral("the merchant key in %1 is shorter than 16 bytes of hex").arg(key.fileName());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("payment-notify-url")))
        settings.notifyUrl = QUrl(parser.value(QStringLiteral("payment-notify-url")));
    return settings;
}

} // namespace ssc::platform
