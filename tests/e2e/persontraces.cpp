#include "persontraces.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextEdit>

#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

XoredNeedle::XoredNeedle(QString label, QByteArray key, QByteArray xored)
    : m_label(std::move(label)), m_key(std::move(key)), m_xored(std::move(xored))
{}

bool XoredNeedle::foundIn(const char* data, qsizetype size) const
{
    const qsizetype n = m_xored.size();
    const char* key = m_key.constData();
    const char* xored = m_xored.constData();
    const qsizetype keySize = m_key.size();
    if (n == 0 || keySize == 0)
        return false;
    for (qsizetype at = 0; at + n <= size; ++at) {
        if (static_cast<char>(data[at] ^ key[0]) != xored[0])
            continue;
        qsizetype i = 1;
        while (i < n && static_cast<char>(data[at + i] ^ key[i % keySize]) == xored[i])
            ++i;
        if (i == n)
            return true;
    }
    return false;
}

namespace {

QByteArray runProbe(const QStringList& arguments)
{
    QProcess probe;
    probe.start(QStringLiteral(SSC_DEMO_PERSON_PROBE), arguments);
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    return probe.readAllStandardOutput();
}

} // namespace

namespace demoperson {

std::optional<Needles> needles(quint16 port, const QString& person, QString* error)
{
    QByteArray key(64, '\0');
    for (char& byte : key)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(1, 256)); // no zero: nothing stays clear
    const QByteArray answer = runProbe({QString::number(port), person, QString::fromLatin1(key.toHex())});
    Needles found;
    for (const QByteArray& line : answer.split('\n')) {
        const QList<QByteArray> fields = line.split('\t'); // label, XOR-ed bytes in hex
        if (fields.size() == 2)
            found.emplace_back(QString::fromUtf8(fields[0]), key, QByteArray::fromHex(fields[1]));
    }
    if (found.size() != 6) {
        *error = QStringLiteral("the probe gave %1 of the 6 needles for %2").arg(found.size()).arg(person);
        return std::nullopt;
    }
    return found;
}

QJsonObject inClear(quint16 port, const QString& person)
{
    return QJsonDocument::fromJson(runProbe({QString::number(port), person})).object();
}

} // namespace demoperson

namespace {

QStringList textsOf(const QWidget* w)
{
    QStringList texts{w->windowTitle(), w->toolTip(),        w->statusTip(),
                      w->whatsThis(),   w->accessibleName(), w->accessibleDescription()};
    if (const auto* label = qobject_cast<const QLabel*>(w))
        texts << label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        texts << button->text();
    if (const auto* edit = qobject_cast<const QLineEdit*>(w))
        texts << edit->text() << edit->placeholderText();
    if (const auto* edit = qobject_cast<const QTextEdit*>(w))
        texts << edit->toPlainText();
    if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w))
        texts << edit->toPlainText();
    if (const auto* box = qobject_cast<const QComboBox*>(w))
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
    if (const auto* view = qobject_cast<const QAbstractItemView*>(w); view && view->model()) {
        const QAbstractItemModel& model = *view->model();
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                for (const int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    texts << model.index(row, column).data(role).toString();
    }
    return texts;
}

// The needles found in `text`, in both of the encodings they were made in.
QStringList needlesIn(const QString& text, const Needles& needles)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QStringList found;
    for (const XoredNeedle& needle : needles)
        if (needle.foundIn(utf8.constData(), utf8.size()) || needle.foundIn(utf16.constData(), utf16.size()))
            found << needle.label();
    return found;
}

} // namespace

QStringList tracesInWidgets(const Needles& needles)
{
    QStringList traces;
    for (const QWidget* w : QApplication::allWidgets())
        for (const QString& text : textsOf(w))
            for (const QString& label : needlesIn(text, needles))
                traces << QStringLiteral("%1 in %2 %3")
                              .arg(label, QString::fromLatin1(w->metaObject()->className()), w->objectName());
    return traces;
}

QStringList tracesInFiles(const QStringList& folders, const Needles& needles)
{
    QStringList traces;
    for (const QString& folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const XoredNeedle& needle : needles)
                if (needle.foundIn(bytes.constData(), bytes.size()))
                    traces << QStringLiteral("%1 in %2").arg(needle.label(), file.fileName());
        }
    }
    return traces;
}

namespace {

struct MemoryHit {
    int needle = 0;
    quint64 address = 0; // the start of the chunk it was in
    char mapping[240] = {};
};

constexpr int maxHits = 64;
constexpr qsizetype chunkSize = 1 << 20;

// Raw system calls: after fork() in a threaded process only async-signal-safe calls are allowed, and the
// umockdev preload library wraps open() with locks another thread may have held at the fork.
int openForReading(const char* path)
{
    return static_cast<int>(syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC));
}

quint64 hexAt(const char*& p)
{
    quint64 value = 0;
    for (;; ++p) {
        const char c = *p;
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0)
            return value;
        value = value * 16 + quint64(digit);
    }
}

// The child's whole work: every readable mapping of its (copied) memory, searched chunk by chunk with an
// overlap so a needle across two chunks is seen. Hits go to `out` as MemoryHit records.
[[noreturn]] void scanOwnMemory(const Needles& needles, char* maps, qsizetype mapsSize, char* chunk, int out)
{
    const int mapsFd = openForReading("/proc/self/maps");
    const int memFd = openForReading("/proc/self/mem");
    if (mapsFd < 0 || memFd < 0)
        _exit(2);
    qsizetype length = 0;
    while (length < mapsSize - 1) {
        const ssize_t got = read(mapsFd, maps + length, size_t(mapsSize - 1 - length));
        if (got <= 0)
            break;
        length += got;
    }
    maps[length] = '\0';
    qsizetype overlap = 0;
    for (const XoredNeedle& needle : needles)
        overlap = std::max(overlap, needle.size() - 1);
    int hits = 0;
    for (char* line = maps; *line && hits < maxHits;) {
        char* end = std::strchr(line, '\n');
        if (end)
            *end = '\0';
        const char* p = line;
        const quint64 start = hexAt(p);
        const quint64 stop = hexAt(++p);
        const bool readable = p[1] == 'r';
        const bool special = std::strstr(line, "[vvar]") || std::strstr(line, "[vsyscall]");
        bool seen[16] = {};
        for (quint64 at = start; readable && !special && at < stop && hits < maxHits;) {
            const ssize_t got =
                pread(memFd, chunk, size_t(std::min(quint64(chunkSize), stop - at)), off_t(at));
            if (got <= 0)
                break;
            for (std::size_t n = 0; n < needles.size() && n < 16 && hits < maxHits; ++n) {
                if (seen[n] || !needles[n].foundIn(chunk, got))
                    continue;
                seen[n] = true;
                MemoryHit hit;
                hit.needle = int(n);
                hit.address = at;
                for (std::size_t i = 0; i + 1 < sizeof hit.mapping && line[i]; ++i)
                    hit.mapping[i] = line[i];
                if (write(out, &hit, sizeof hit) == ssize_t(sizeof hit))
                    ++hits;
            }
            at += quint64(got > overlap ? got - overlap : got);
        }
        line = end ? end + 1 : line + std::strlen(line);
    }
    _exit(0);
}

} // namespace

QStringList tracesInMemory(const Needles& needles)
{
    // Everything the child uses exists before the fork.
    std::vector<char> maps(std::size_t(8) << 20);
    std::vector<char> chunk(std::size_t{chunkSize});
    int channel[2];
    if (pipe2(channel, O_CLOEXEC) != 0)
        return {QStringLiteral("(no pipe for the memory scan)")};
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        scanOwnMemory(needles, maps.data(), qsizetype(maps.size()), chunk.data(), channel[1]);
    }
    close(channel[1]);
    QStringList traces;
    MemoryHit hit;
    while (read(channel[0], &hit, sizeof hit) == ssize_t(sizeof hit))
        traces << QStringLiteral("%1 in memory near 0x%2, mapping %3")
                      .arg(needles[std::size_t(hit.needle)].label())
                      .arg(hit.address, 0, 16)
                      .arg(QString::fromLatin1(hit.mapping).simplified());
    close(channel[0]);
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        traces << QStringLiteral("(the memory scan did not run to its end)");
    return traces;
}
