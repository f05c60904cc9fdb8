#include "servicelimits.h"

#include <QStringList>
#include <QThread>

#include <algorithm>

namespace ssc::platform {

int ServiceLimits::defaultWorkerThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

std::optional<std::pair<double, double>> ServiceLimits::parsePair(const QString& text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool firstOk = false;
    bool secondOk = false;
    const double first = parts[0].toDouble(&firstOk);
    const double second = parts[1].toDouble(&secondOk);
    if (!firstOk || !secondOk || first <= 0 || second < 0)
        return std::nullopt;
    return std::pair{first, second};
}

} // namespace ssc::platform
