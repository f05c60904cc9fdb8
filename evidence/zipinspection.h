#pragma once

#include "evidencecheck.h"

#include <QList>

namespace ssc {

// An archive opened in memory (libzip stays inside zipinspection.cpp). Either a refusal code with the entry
// it is about, or every file entry unpacked — never more than the limits allow, whatever the archive's
// headers claim.
struct ZipInspection {
    QString code; // empty when the archive is safe to look into
    QString entry;
    struct File {
        QString name;
        QByteArray bytes;
    };
    QList<File> files;
};

ZipInspection inspectZip(const QByteArray& archive, const EvidenceLimits& limits);

} // namespace ssc
