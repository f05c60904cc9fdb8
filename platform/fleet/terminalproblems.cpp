#include "terminalproblems.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

bool hasAny(const QJsonArray& reasons, std::initializer_list<const char*> wanted)
{
    for (const QJsonValue& reason : reasons) {
        // CUPS appends -report, -warning or -error to a reason's keyword (RFC 8011 §5.4.12).
        QString keyword = reason.toString();
        for (const QLatin1String suffix :
             {QLatin1String("-report"), QLatin1String("-warning"), QLatin1String("-error")})
            if (keyword.endsWith(suffix))
                keyword.chop(suffix.size());
        for (const char* w : wanted)
            if (keyword == QLatin1String(w))
                return true;
    }
    return false;
}

void printerProblems(const QJsonObject& printer, QList<TerminalProblem>& problems)
{
    if (printer.isEmpty())
        return;
    const QString queue = printer.value(QStringLiteral("queue")).toString();
    const QJsonArray reasons = printer.value(QStringLiteral("reasons")).toArray();
    if (!printer.value(QStringLiteral("reachable")).toBool(true))
        problems.append({QStringLiteral("printer_unreachable"), queue, false});
    if (hasAny(reasons, {"media-empty", "media-needed", "input-tray-missing"}))
        problems.append({QStringLiteral("printer_out_of_paper"), queue, true});
    if (hasAny(reasons, {"toner-empty", "marker-supply-empty", "marker-waste-full"}))
        problems.append({QStringLiteral("printer_out_of_toner"), queue, true});
    else if (hasAny(reasons, {"toner-low", "marker-supply-low", "marker-waste-almost-full"}))
        problems.append({QStringLiteral("printer_toner_low"), queue, false});
    if (hasAny(reasons, {"media-jam", "cover-open", "door-open"}))
        problems.append({QStringLiteral("printer_jammed"), queue, false});
}

} // namespace

QList<TerminalProblem> TerminalProblems::of(const QJsonObject& report, const QString& compatibility)
{
    QList<TerminalProblem> problems;
    if (compatibility != u"ok")
        problems.append({QStringLiteral("needs_update"), {}, false});
    // A device the terminal had and lost: a scanner that died or was unplugged, a card reader gone.
    for (const QJsonValue& value : report.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        if (device.value(QStringLiteral("working")).toBool(true))
            continue;
        const QString kind = device.value(QStringLiteral("kind")).toString();
        const QString name = device.value(QStringLiteral("name")).toString();
        if (kind == u"scanner")
            problems.append({QStringLiteral("scanner_gone"), name, true});
        else if (kind == u"card_reader")
            problems.append({QStringLiteral("card_reader_gone"), name, false});
    }
    printerProblems(report.value(QStringLiteral("printer")).toObject(), problems);
    const QJsonValue disk = report.value(QStringLiteral("freeDiskMb"));
    if (disk.isDouble() && disk.toInteger() < lowDiskMb)
        problems.append({QStringLiteral("disk_low"), {}, false});
    if (report.value(QStringLiteral("outboxDepth")).toInt() > 0)
        problems.append({QStringLiteral("outbox_waiting"), {}, false});
    return problems;
}

QStringList TerminalProblems::alerts(const QList<TerminalProblem>& problems)
{
    QStringList codes;
    for (const TerminalProblem& problem : problems)
        if (problem.alert && !codes.contains(problem.code))
            codes.append(problem.code);
    return codes;
}

} // namespace ssc::platform
