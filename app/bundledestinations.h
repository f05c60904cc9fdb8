#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ssc {

// Where the diagnostics page may save a support bundle (docs/operations.md, "Support bundle"): the staff
// user's default folder, and each removable medium mounted now, typically a USB stick under
// /media/<user>/<label>. No widgets: the page's chooser shows what this lists.
class BundleDestinations {
public:
    // A mounted file system as QStorageInfo describes it; tests give a temporary folder instead, as
    // QStorageInfo::mountedVolumes() reads the system's mount table and cannot be given one.
    struct Volume {
        QString rootPath;
        QString name; // the medium's label; empty when it has none
        bool ready = true;
        bool readOnly = false;
        bool isRoot = false; // the root file system
    };
    struct Destination {
        QString folder;         // where the bundle is written (made when missing)
        QString name;           // the medium's label, or its folder's name; empty for the default
        bool removable = false; // false: the default folder
    };

    static QList<Volume> mountedVolumes();
    // Where desktop sessions mount removable media (udisks2): /media/ and /run/media/.
    static QStringList standardMediaRoots();
    // The default first, then each volume mounted under one of `mediaRoots` that is ready, writable (by its
    // mount and for this user) and not the root file system; on a medium, the bundle goes in its
    // ssc-support folder.
    static QList<Destination> list(const QString& defaultFolder, const QList<Volume>& volumes,
                                   const QStringList& mediaRoots = standardMediaRoots());
    // The folder to offer first: the one chosen last while it is still listed (the stick may be gone), else
    // the default.
    static QString preferred(const QString& chosenLast, const QList<Destination>& destinations);
};

} // namespace ssc
