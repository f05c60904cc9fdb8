#include "demovisits.h"

#include "seedonce.h"
#include "storage/database.h"

#include <QDate>

namespace ssc::platform {

bool seedDemoVisits(Database& db)
{
    return seedOnce(db, QStringLiteral("home_visits"), [&db] {
        return bool(db.run(
            QStringLiteral(
                "INSERT INTO home_visits (staff_id, person_id, address, assigned_on) SELECT s.id, p.id, "
                "?, ? FROM staff s, people p WHERE s.username = 'visitor01' AND p.demo_key = "
                "'elderly-parent'"),
            {QStringLiteral("北京市东城区和平里北街 12 号 3 单元 501 室"),
             QDate::currentDate().toString(Qt::ISODate)}));
    });
}

} // namespace ssc::platform
