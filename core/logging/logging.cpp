#include "logging.h"

#include "privacy/masking.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace ssc {

Q_LOGGING_CATEGORY(lcCore, "ssc.core")
Q_LOGGING_CATEGORY(lcApp, "ssc.app")
Q_LOGGING_CATEGORY(lcPrinting, "ssc.printing")
Q_LOGGING_CATEGORY(lcPrivacy, "ssc.privacy", QtFatalMsg) // nothing below fatal: off until enabled

namespace {

QMutex logMutex;
QFile* sessionFile = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = formatLogLine(type, context.category, message).toUtf8() + '\n';
    QMutexLocker lock(&logMutex);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    if (sessionFile) {
        sessionFile->write(line);
        sessionFile->flush();
    }
}

void removeOldSessionFiles(const QDir& dir, int keep)
{
    const QStringList files =
        dir.entryList({QStringLiteral("session-*.log")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < files.size(); ++i)
        QFile::remove(dir.filePath(files[i]));
}

} // namespace

QString formatLogLine(QtMsgType type, const char* category, const QString& message)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
             QLatin1String(category ? category : "default"), maskNumbersInText(message));
}

QString installLogHandler(const LogOptions& options)
{
    if (options.privacyEnabled)
        QLoggingCategory::setFilterRules(
            QStringLiteral("ssc.privacy.debug=true\nssc.privacy.info=true\n"
                           "ssc.privacy.warning=true\nssc.privacy.critical=true"));
    QString path;
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        const QDir dir(options.directory);
        // Session files sort by name = by start time; keep one slot for the file made now.
        removeOldSessionFiles(dir, std::max(0, options.keepFiles - 1));
        path = dir.filePath(
            QStringLiteral("session-%1.log")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        auto* file = new QFile(path);
        if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            QMutexLocker lock(&logMutex);
            delete sessionFile;
            sessionFile = file;
        } else {
            delete file;
            path.clear();
        }
    }
    qInstallMessageHandler(handleMessage);
    return path;
}

} // namespace ssc
