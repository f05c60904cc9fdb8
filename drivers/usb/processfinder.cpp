#include "processfinder.h"

#include <QDir>
#include <QFile>

namespace ssc {

QList<qint64> processesNamed(const QString& name, const QString& procRoot)
{
    QList<qint64> found;
    const QDir proc(procRoot);
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile comm(proc.filePath(entry + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly)) // gone meanwhile, or not ours to read
            continue;
        if (QString::fromUtf8(comm.readAll()).trimmed() == name)
            found.append(pid);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace ssc
