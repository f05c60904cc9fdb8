#include "staffroles.h"

namespace ssc::platform {

const QStringList& StaffRoles::known()
{
    static const QStringList roles{QStringLiteral("clerk"), QStringLiteral("visitor"),
                                   QStringLiteral("reviewer"), QStringLiteral("manager")};
    return roles;
}

QStringList StaffRoles::parse(const QString& roles)
{
    QStringList result;
    for (const QString& part : roles.split(u',', Qt::SkipEmptyParts)) {
        const QString role = part.trimmed();
        if (!known().contains(role))
            return {};
        if (!result.contains(role))
            result << role;
    }
    return result;
}

bool StaffRoles::fitTerminal(const QString& roles, const QString& terminalMode)
{
    const QStringList held = parse(roles);
    if (terminalMode == u"counter")
        return held.contains(u"clerk") || held.contains(u"reviewer") || held.contains(u"manager");
    if (terminalMode == u"field")
        return held.contains(u"visitor");
    return false;
}

bool StaffRoles::allow(const QString& roles, StaffDuty duty, const QString& terminalMode)
{
    const QStringList held = parse(roles);
    const bool counter = terminalMode == u"counter";
    const bool field = terminalMode == u"field";
    switch (duty) {
    case StaffDuty::FindPerson:
    case StaffDuty::CertifyOthers:
        return (counter && held.contains(u"clerk")) || (field && held.contains(u"visitor"));
    case StaffDuty::VisitHomes:
        return field && held.contains(u"visitor");
    case StaffDuty::Review:
        return counter && held.contains(u"reviewer");
    case StaffDuty::ManageSignIns:
    case StaffDuty::WatchFleet:
        return counter && held.contains(u"manager");
    }
    return false;
}

} // namespace ssc::platform
