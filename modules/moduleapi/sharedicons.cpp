#include "sharedicons.h"

#include <QHash>

namespace ssc {

QIcon sharedIcon(const QString& path)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

} // namespace ssc
