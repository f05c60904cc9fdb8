#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ssc::fleet {

// What a terminal says about itself in a heartbeat (docs/api.md, "Fleet"): devices, printer, outbox, disk,
// the last error's code. Never anything about a person: names of devices and queues, numbers, codes.
struct TerminalReport {
    struct Device {
        QString kind; // scanner | card_reader | camera
        QString name;
        bool working = true; // false: the terminal had it and lost it
        bool operator==(const Device&) const = default;
    };
    struct Printer {
        QString queue;
        bool reachable = true; // the CUPS server answered
        QStringList reasons;   // CUPS printer-state-reasons ("media-empty", "toner-low")
        bool operator==(const Printer&) const = default;
    };
    QList<Device> devices;
    std::optional<Printer> printer;
    int outboxDepth = 0;
    QString lastError;      // a code (platform_unreachable, print_out_of_paper); empty: none
    qint64 freeDiskMb = -1; // -1: unknown

    bool operator==(const TerminalReport&) const = default;
    QJsonObject toJson() const;
};

} // namespace ssc::fleet
