#include "compatibility.h"

#include <QStringList>

namespace ssc::fleet {

QString buildVersion()
{
    return QStringLiteral(SSC_BUILD_VERSION);
}

const QList<int>& apiVersionsSpoken()
{
    static const QList<int> spoken{1};
    return spoken;
}

QString compatibilityKey(Compatibility compatibility)
{
    switch (compatibility) {
    case Compatibility::Ok:
        return QStringLiteral("ok");
    case Compatibility::ApiMismatch:
        return QStringLiteral("api_mismatch");
    case Compatibility::TooOld:
        return QStringLiteral("too_old");
    }
    return {};
}

namespace {

int leadingNumber(const QString& part)
{
    int value = 0;
    for (const QChar c : part) {
        if (!c.isDigit() || value > 100000000)
            break;
        value = value * 10 + c.digitValue();
    }
    return value;
}

} // namespace

int compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int l = leadingNumber(left.value(i));
        const int r = leadingNumber(right.value(i));
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

bool meetsMinimum(const QString& version, const QString& minimum)
{
    return minimum.isEmpty() || compareVersions(version, minimum) >= 0;
}

Compatibility judge(int platformApi, const QString& minimumTerminalVersion, const QString& ownVersion)
{
    if (!apiVersionsSpoken().contains(platformApi))
        return Compatibility::ApiMismatch;
    if (!meetsMinimum(ownVersion, minimumTerminalVersion))
        return Compatibility::TooOld;
    return Compatibility::Ok;
}

} // namespace ssc::fleet
