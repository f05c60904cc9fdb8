#pragma once

#include <QLoggingCategory>
#include <QString>

namespace ssc {

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcPrinting) // jobs and page counts: never personal data
// Person-related events (who logged in, which card). Off by default at every level; an operator turns it on
// with logging/privacy=true for a support case. Even then numbers are masked by the handler.
Q_DECLARE_LOGGING_CATEGORY(lcPrivacy)

struct LogOptions {
    QString directory; // empty: standard error only
    bool privacyEnabled = false;
    int keepFiles = 10; // session log files kept in the directory, oldest removed first
};

// Installs the message handler: "time level category: message" with every person number masked
// (maskNumbersInText), to standard error and, when a directory is given, a new per-session file.
// Returns the session file's path (empty when there is none).
QString installLogHandler(const LogOptions& options);

// The formatted, masked line the handler writes; exposed for tests.
QString formatLogLine(QtMsgType type, const char* category, const QString& message);

} // namespace ssc
