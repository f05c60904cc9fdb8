#include "crashreport.h"

#include <QDir>
#include <QFile>

#include <execinfo.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <array>
#include <cstring>

namespace ssc {
namespace {

// Everything the handler needs, made before any crash: it may not allocate.
char reportFolder[1024];
char versionLine[128];
std::array<char, 64 * 1024> alternateStack; // a stack overflow's SIGSEGV still has a stack to run on
constexpr std::array crashSignals{SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

void put(int fd, const char* text)
{
    if (write(fd, text, std::strlen(text)) < 0)
        return; // nothing more a crashing process can do about it
}

// The digits of a non-negative number into `out` (at least 21 bytes), for a signal handler without printf.
const char* digits(long long value, char* out)
{
    char reversed[21];
    int n = 0;
    do {
        reversed[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    for (int i = 0; i < n; ++i)
        out[i] = reversed[n - 1 - i];
    out[n] = '\0';
    return out;
}

void onCrash(int signalNumber)
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    char path[sizeof reportFolder + 64];
    char number[24];
    std::strcpy(path, reportFolder);
    std::strcat(path, "/crash-");
    std::strcat(path, digits(now.tv_sec, number));
    std::strcat(path, ".txt");
    const int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        put(fd, "ssc-terminal stopped by signal ");
        put(fd, digits(signalNumber, number));
        put(fd, "\n");
        put(fd, versionLine);
        put(fd, "call stack (code addresses only, no data):\n");
        void* frames[64];
        const int count = backtrace(frames, 64);
        backtrace_symbols_fd(frames, count, fd);
        fsync(fd);
        close(fd);
    }
    // As if no handler had been there: the default action ends the process (dumping nothing).
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}

} // namespace

bool writeCrashReportsTo(const QString& folder, const QString& version)
{
    const QByteArray path = QFile::encodeName(QDir(folder).absolutePath());
    const QByteArray line = "version " + version.toUtf8().left(100) + '\n';
    if (!QDir().mkpath(folder) || path.size() >= qsizetype(sizeof reportFolder))
        return false;
    std::memcpy(reportFolder, path.constData(), size_t(path.size()) + 1);
    std::memcpy(versionLine, line.constData(), size_t(line.size()) + 1);
    // backtrace() loads libgcc on its first call, which allocates: done now, not in the handler.
    void* warmUp[2];
    backtrace(warmUp, 2);
    stack_t stack{};
    stack.ss_sp = alternateStack.data();
    stack.ss_size = alternateStack.size();
    if (sigaltstack(&stack, nullptr) != 0)
        return false;
    struct sigaction action {};
    action.sa_handler = onCrash;
    action.sa_flags = static_cast<int>(SA_ONSTACK | SA_RESETHAND);
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : crashSignals)
        if (sigaction(signalNumber, &action, nullptr) != 0)
            return false;
    return true;
}

} // namespace ssc
