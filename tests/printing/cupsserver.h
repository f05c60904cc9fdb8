#pragma once

// The private CUPS server the "cups" ctest fixture started (tests/printing/cups.sh), as the tests see it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace cupsserver {

inline QString stateFile(const char* name)
{
    QFile file(qEnvironmentVariable("SSC_TEST_CUPS_STATE") + u'/' + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

inline QString server()
{
    return stateFile("server");
}

// The newest PDF cups-pdf wrote (its file names are mangled, so the newest is ours).
inline QString newestOutput()
{
    const QFileInfoList files =
        QDir(stateFile("out")).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

inline int outputCount()
{
    return int(QDir(stateFile("out")).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
}

} // namespace cupsserver
