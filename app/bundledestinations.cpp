#include "bundledestinations.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace ssc {

QList<BundleDestinations::Volume> BundleDestinations::mountedVolumes()
{
    QList<Volume> volumes;
    for (const QStorageInfo& storage : QStorageInfo::mountedVolumes())
        volumes.append({storage.rootPath(), storage.name(), storage.isReady() && storage.isValid(),
                        storage.isReadOnly(), storage.isRoot()});
    return volumes;
}

QStringList BundleDestinations::standardMediaRoots()
{
    return {QStringLiteral("/media/"), QStringLiteral("/run/media/")};
}

QList<BundleDestinations::Destination> BundleDestinations::list(const QString& defaultFolder,
                                                                const QList<Volume>& volumes,
                                                                const QStringList& mediaRoots)
{
    QList<Destination> destinations{{defaultFolder, {}, false}};
    for (const Volume& volume : volumes) {
        const QString root = QDir::cleanPath(volume.rootPath);
        const bool onMedia = std::any_of(mediaRoots.begin(), mediaRoots.end(), [&](const QString& prefix) {
            return (root + u'/').startsWith(prefix) && root.size() + 1 > prefix.size();
        });
        // A stick mounted read-only (a locked switch, a damaged file system) or not ours to write on is not
        // offered: the save would only fail after staff chose it.
        if (!onMedia || volume.isRoot || !volume.ready || volume.readOnly || !QFileInfo(root).isWritable())
            continue;
        const QString name = volume.name.isEmpty() ? QFileInfo(root).fileName() : volume.name;
        destinations.append({root + QStringLiteral("/ssc-support"), name, true});
    }
    return destinations;
}

QString BundleDestinations::preferred(const QString& chosenLast, const QList<Destination>& destinations)
{
    for (const Destination& destination : destinations)
        if (!chosenLast.isEmpty() && destination.folder == chosenLast)
            return chosenLast;
    return destinations.isEmpty() ? QString() : destinations.first().folder;
}

} // namespace ssc
