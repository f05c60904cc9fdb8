#pragma once

#include <QList>
#include <QString>

namespace ssc {

// The ids of the running processes whose name (/proc/<pid>/comm, as ps shows it) is `name`: to say who holds
// a device the terminal cannot claim. `procRoot` is /proc but for tests.
QList<qint64> processesNamed(const QString& name, const QString& procRoot = QStringLiteral("/proc"));

} // namespace ssc
