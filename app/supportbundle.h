#pragma once

#include <QString>

#include <optional>

namespace ssc {

// The support bundle the diagnostics page exports (docs/operations.md, "Support bundle"): one ZIP with the
// versions, the device list and the terminal's session logs, for the supplier's support. No personal data:
// the logs hold masked numbers only (core/logging), and lines of the ssc.privacy category, which may name a
// person when privacy logging is switched on, are left out. No settings file either (it holds the secret).
struct SupportBundleContent {
    QString versions;     // versions.txt
    QString devices;      // devices.txt: what the diagnostics page shows
    QString logDirectory; // every *.log and crash report in it, ssc.privacy lines left out
};

class SupportBundle {
public:
    // Writes ssc-support-<yyyyMMdd-HHmmss>.zip into `folder` (made when missing): its path, or nullopt and
    // *error. Reads and compresses files: call it off the GUI thread.
    static std::optional<QString> write(const QString& folder, const SupportBundleContent& content,
                                        QString* error);
    // A log's text as it goes into the bundle.
    static QByteArray withoutPrivacyLines(const QByteArray& log);
};

} // namespace ssc
