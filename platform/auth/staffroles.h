#pragma once

#include <QString>
#include <QStringList>

namespace ssc::platform {

// What staff may do, by role (docs/security.md, "Staff"). An account holds one role or several, comma
// separated
// ("clerk,reviewer": a senior clerk who also reviews, never their own filings):
//   clerk     serves the counter: finds people, certifies for them at the counter
//   visitor   visiting staff: finds people, certifies them at home, on a field terminal
//   reviewer  watches read-aloud certifications and decides them, at a counter terminal (the back office)
//   manager   the hall manager (大厅主管): sees the sign-in counters and clears them, and watches the hall's
//             terminals (the fleet), at a counter terminal
enum class StaffDuty { FindPerson, CertifyOthers, VisitHomes, Review, ManageSignIns, WatchFleet };

class StaffRoles {
public:
    static const QStringList& known(); // clerk, visitor, reviewer, manager
    // "clerk,reviewer" → {clerk, reviewer}; empty when any part is not a known role.
    static QStringList parse(const QString& roles);
    // May someone with these roles sign in on a terminal of this mode (counter | field)?
    static bool fitTerminal(const QString& roles, const QString& terminalMode);
    // May they do this on a terminal of this mode?
    static bool allow(const QString& roles, StaffDuty duty, const QString& terminalMode);
};

} // namespace ssc::platform
