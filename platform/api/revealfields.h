#pragma once

#include <QStringList>

namespace ssc::platform {

// What an audited reveal may show in full (POST /staff/reveal, POST /me/reveal), and the reasons a member of
// staff may give; the access log names them back to the person (docs/api.md, "The citizen's access log").
inline const QStringList& revealableFields()
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("ssn"), QStringLiteral("phone"),
                                    QStringLiteral("cardNumber"), QStringLiteral("bankAccount")};
    return fields;
}

inline const QStringList& revealReasons()
{
    // citizen_asked: the person at the counter asked to see them; check_document: compared with a paper
    // the person brought; correct_record: a record is being corrected.
    static const QStringList reasons{QStringLiteral("citizen_asked"), QStringLiteral("check_document"),
                                     QStringLiteral("correct_record")};
    return reasons;
}

} // namespace ssc::platform
