#pragma once

#include "platformfixture.h"

#include <QDateTime>
#include <QSqlQuery>

// An application waiting for its review, put straight into the platform's database under a receipt of the
// caller's: for tests and benchmarks of the decision and what follows it (filing over HTTP is
// tst_applicationsapi's). The receipt, or empty when the insert failed.
inline QString waitingApplication(PlatformFixture& platform, const QString& receipt, const QString& person,
                                  const QString& kind = QStringLiteral("unemployment-registration"))
{
    QSqlQuery q(platform.database());
    q.prepare(QStringLiteral("INSERT INTO applications (receipt, person_id, kind, status, submitted_at) "
                             "VALUES (?, (SELECT id FROM people WHERE demo_key = ?), ?, 'submitted', ?)"));
    q.addBindValue(receipt);
    q.addBindValue(person);
    q.addBindValue(kind);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec() ? receipt : QString();
}

// The demo back office's decision on it (what ssc-ctl review sends), over HTTP.
inline PlatformFixture::Response decideApplication(PlatformFixture& platform, const QString& receipt,
                                                   const QString& decision = QStringLiteral("approve"))
{
    return platform.request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                            QStringLiteral(R"({"decision":"%1"})").arg(decision).toUtf8(),
                            {{"Content-Type", "application/json"}});
}
