#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <memory>
#include <optional>

// The harness's hold on its terminal process (faultterminal.cpp): started again after each kill on the same
// outbox, given commands, read line by line. Waits run the event loop, so the proxy keeps relaying.
class TerminalProcess {
public:
    explicit TerminalProcess(QStringList arguments) : m_arguments(std::move(arguments)) {}
    ~TerminalProcess();

    bool start();
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    void command(const QByteArray& line);
    // The next line it says; nullopt when it died (or said nothing for `timeoutMs`: *hung is then set).
    std::optional<QByteArray> nextLine(int timeoutMs, bool* hung);
    void kill(); // SIGKILL

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
};
