#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace ssc::ctl {

// Exit statuses every verb shares: scripts rely on them (docs/ssc-ctl.md).
enum ExitStatus { Ok = 0, Negative = 1, UsageError = 2 };

// What a verb needs from the command line and where it writes.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    CommandContext(QStringList arguments, bool json);

    const QStringList& arguments() const { return m_arguments; }
    bool json() const { return m_json; }

    void print(const QString& line);
    void printJson(const QJsonValue& value);
    // Writes "ssc-ctl: <message>" to standard error.
    void printError(const QString& message);
    // The same, and returns UsageError.
    int usageError(const QString& message);

private:
    QStringList m_arguments;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ssc::ctl
