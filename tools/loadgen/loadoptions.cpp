#include "loadoptions.h"

#include <QHostAddress>

#include <functional>
#include <map>

namespace ssc::loadgen {
namespace {

// A whole number within [low, high], or nothing.
std::optional<qint64> number(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString loadUsage()
{
    return QStringLiteral(
        "usage: ssc-loadgen --url https://127.0.0.1:PORT --pin SHA256 [--terminals N] [--seconds S]\n"
        "                   [--max-requests N] [--think-ms MS] [--card PERCENT] [--print PERCENT]\n"
        "                   [--form PERCENT] [--certify PERCENT] [--timeout-ms MS] [--terminal ID:SECRET]\n"
        "                   [--seed N] [--json FILE]\n"
        "Simulates terminals visiting a demo platform (ssc-platform --demo) on this computer; "
        "docs/performance.md.\n");
}

std::variant<LoadOptions, QString> parseLoadOptions(const QStringList& arguments)
{
    LoadOptions options;
    struct Bounded {
        qint64 low;
        qint64 high;
        std::function<void(qint64)> set;
    };
    const std::map<QString, Bounded> numbers = {
        {QStringLiteral("--terminals"), {1, 5000, [&](qint64 v) { options.terminals = int(v); }}},
        {QStringLiteral("--seconds"), {1, 3600, [&](qint64 v) { options.seconds = int(v); }}},
        {QStringLiteral("--max-requests"), {1, 100000000, [&](qint64 v) { options.maxRequests = v; }}},
        {QStringLiteral("--think-ms"), {0, 600000, [&](qint64 v) { options.thinkMs = int(v); }}},
        {QStringLiteral("--card"), {0, 100, [&](qint64 v) { options.cardPercent = int(v); }}},
        {QStringLiteral("--print"), {0, 100, [&](qint64 v) { options.printPercent = int(v); }}},
        {QStringLiteral("--form"), {0, 100, [&](qint64 v) { options.formPercent = int(v); }}},
        {QStringLiteral("--certify"), {0, 100, [&](qint64 v) { options.certifyPercent = int(v); }}},
        {QStringLiteral("--timeout-ms"), {100, 600000, [&](qint64 v) { options.timeoutMs = int(v); }}},
        {QStringLiteral("--seed"), {0, 0xffffffffLL, [&](qint64 v) { options.seed = quint32(v); }}},
    };
    for (qsizetype i = 0; i < arguments.size(); i += 2) {
        const QString& name = arguments[i];
        if (i + 1 >= arguments.size())
            return QStringLiteral("%1 needs a value").arg(name);
        const QString& value = arguments[i + 1];
        if (const auto found = numbers.find(name); found != numbers.end()) {
            const auto parsed = number(value, found->second.low, found->second.high);
            if (!parsed)
                return QStringLiteral("%1 needs a whole number from %2 to %3")
                    .arg(name)
                    .arg(found->second.low)
                    .arg(found->second.high);
            found->second.set(*parsed);
        } else if (name == u"--url") {
            options.url = QUrl(value);
        } else if (name == u"--pin") {
            options.pin = value.toLatin1().toLower();
        } else if (name == u"--json") {
            options.jsonReport = value;
        } else if (name == u"--terminal") {
            const qsizetype colon = value.indexOf(u':');
            if (colon <= 0)
                return QStringLiteral("--terminal needs ID:SECRET");
            options.terminalId = value.left(colon);
            options.terminalSecret = value.mid(colon + 1);
        } else {
            return QStringLiteral("unknown option %1").arg(name);
        }
    }
    if (!options.url.isValid() || options.url.host().isEmpty())
        return QStringLiteral("--url is required: https://127.0.0.1:PORT");
    if (options.url.scheme() != u"https")
        return QStringLiteral("--url must be https: terminals speak to the platform over TLS only");
    if (!isLoopbackHost(options.url.host()))
        return QStringLiteral("refused: %1 is not this computer; the load generator runs on loopback only")
            .arg(options.url.host());
    if (options.pin.size() != 64)
        return QStringLiteral("--pin needs the platform certificate's SHA-256 (64 hex digits)");
    return options;
}

} // namespace ssc::loadgen
