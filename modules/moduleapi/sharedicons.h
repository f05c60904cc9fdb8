#pragma once

#include <QIcon>
#include <QString>

namespace ssc {

// One QIcon per icon file for the whole process (GUI thread only). Qt's SVG icon engine caches what it
// renders in QPixmapCache under a key of its own instance, so a QIcon made anew for every tile — every login,
// every language change — renders the same picture again and keeps one more copy, until the cache's 10 MB are
// full: the soak test saw the heap grow by 22 kB a login that way (docs/reliability.md, "Soak"). Copies of
// the one QIcon share its engine, and so its cached pixmaps.
QIcon sharedIcon(const QString& path);

} // namespace ssc
