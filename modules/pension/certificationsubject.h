#pragma once

#include <QString>

namespace ssc {

// Whose pension certification a screen is about, and so where it is read and filed: the person served
// (/me/…), a parent bound to them through the family service (/me/family/{binding}/…), or someone staff
// certify at a counter or on a home visit (/staff/people/{person}/…).
struct CertificationSubject {
    enum class Kind { Self, FamilyMember, ByStaff };
    Kind kind = Kind::Self;
    qint64 id = 0;      // the family binding, or the person staff found
    QString maskedName; // shown on the screens when it is not the person served

    static CertificationSubject self() { return {}; }
    static CertificationSubject familyMember(qint64 binding, QString name)
    {
        return {Kind::FamilyMember, binding, std::move(name)};
    }
    static CertificationSubject byStaff(qint64 person, QString name)
    {
        return {Kind::ByStaff, person, std::move(name)};
    }

    QString statusPath() const
    {
        switch (kind) {
        case Kind::FamilyMember:
            return QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id);
        case Kind::ByStaff:
            return QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id);
        case Kind::Self:
            break;
        }
        return QStringLiteral("/api/v1/me/pension-certification");
    }
    QString attemptsPath() const { return statusPath() + QStringLiteral("/attempts"); }
};

} // namespace ssc
