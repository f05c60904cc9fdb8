#include "demopensions.h"

#include "seedonce.h"

#include <QFile>

namespace ssc::platform {

bool seedDemoPensions(Database& db)
{
    return seedOnce(db, QStringLiteral("pension_certifications"), [&db] {
        const struct {
            const char* person;
            const char* group;
            int cycleMonths;
            const char* lastCertifiedOn;
        } recipients[] = {{"liu-retiree", "enterprise", 12, "2026-03-10"},
                          {"elderly-parent", "resident", 6, "2026-04-20"}};
        for (const auto& r : recipients)
            if (!db.run(QStringLiteral(
                            "INSERT INTO pension_certifications (person_id, pension_group, cycle_months, "
                            "last_certified_on) SELECT id, ?, ?, ? FROM people WHERE demo_key = ?"),
                        {QString::fromLatin1(r.group), r.cycleMonths, QString::fromLatin1(r.lastCertifiedOn),
                         QString::fromLatin1(r.person)}))
                return false;
        // The photo on file the face is compared with (a public-domain portrait: docs/demo.md).
        QFile photo(QStringLiteral(":/demo/photos/elderly-parent.jpg"));
        if (!photo.open(QIODevice::ReadOnly))
            return false;
        return bool(
            db.run(QStringLiteral("INSERT INTO person_photos (person_id, photo, updated_at) SELECT id, ?, 0 "
                                  "FROM people WHERE demo_key = 'elderly-parent'"),
                   {photo.readAll()}));
    });
}

} // namespace ssc::platform
