#include "terminalprocess.h"

#include <QEventLoop>
#include <QTimer>

TerminalProcess::~TerminalProcess()
{
    kill();
}

bool TerminalProcess::start()
{
    m_buffer.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(QProcess::nullDevice()); // its log: what failed, thousands of times
    m_process->start(QStringLiteral(SSC_FAULT_TERMINAL_PATH), m_arguments);
    return m_process->waitForStarted(10000);
}

void TerminalProcess::command(const QByteArray& line)
{
    if (running())
        m_process->write(line + '\n');
}

std::optional<QByteArray> TerminalProcess::nextLine(int timeoutMs, bool* hung)
{
    *hung = false;
    const auto lineReady = [this] {
        if (m_process)
            m_buffer += m_process->readAllStandardOutput();
        return m_buffer.contains('\n') || !running();
    };
    // Woken by what it says or by its end, not by polling: thousands of lines, each at once.
    QEventLoop loop;
    QTimer silence;
    silence.setSingleShot(true);
    QObject::connect(&silence, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (m_process) {
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    }
    silence.start(timeoutMs);
    while (!lineReady()) {
        if (!silence.isActive()) {
            *hung = true;
            return std::nullopt;
        }
        loop.exec();
    }
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt; // died
    const QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    return line;
}

void TerminalProcess::kill()
{
    if (running()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}
