// GET /api/v1/me/pension-certification: whether the person served draws a pension, and if so whether they are
// certified for this cycle or due (docs/api.md, "Pension certification"; issue 7, "who and when").
#include "messages.h"
#include "pension/certification.h"
#include "pensionstatus.h"
#include "services.h"
#include "storage/database.h"

#include <QDate>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

} // namespace

ApiResult pensionCertificationOf(PlatformServices& services, qint64 personId, PensionReader reader)
{
    auto q = services.db.run(QStringLiteral("SELECT pension_group, cycle_months, last_certified_on FROM "
                                            "pension_certifications WHERE person_id = ?"),
                             {personId});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::ok(
            {{QStringLiteral("recipient"), false},
             {QStringLiteral("instead"),
              bilingual(reader == PensionReader::ThePerson ? messages::notAPensionRecipient()
                                                           : messages::notAPensionRecipientForOthers())}});
    const QString group = q->value(0).toString();
    const int cycle = q->value(1).toInt();
    const QDate last = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    const CertificationStatus status = certificationStatus(
        last.isValid() ? std::optional<QDate>(last) : std::nullopt, cycle, QDate::currentDate());
    QJsonObject body{{QStringLiteral("recipient"), true},
                     {QStringLiteral("group"), group},
                     {QStringLiteral("cycleMonths"), cycle},
                     {QStringLiteral("status"), status.state == CertificationStatus::State::Certified
                                                    ? QStringLiteral("certified")
                                                    : QStringLiteral("due")}};
    if (last.isValid())
        body.insert(QStringLiteral("lastCertifiedOn"), last.toString(Qt::ISODate));
    if (status.certifiedUntil.isValid())
        body.insert(QStringLiteral("certifiedUntil"), status.certifiedUntil.toString(Qt::ISODate));
    return ApiResult::ok(body);
}

std::optional<bool> drawsPension(PlatformServices& services, qint64 personId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM pension_certifications WHERE person_id = "
                       "?) + (SELECT COUNT(*) FROM insurance_enrolments WHERE person_id = ? "
                       "AND retired_on IS NOT NULL)"),
        {personId, personId});
    if (!q || !q->next())
        return std::nullopt;
    return q->value(0).toInt() > 0;
}

void registerPensionApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me/pension-certification"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   // At a counter the clerk reads the answer to the citizen before them.
                   return pensionCertificationOf(services, s.personId,
                                                 c.terminal.mode == u"counter" ? PensionReader::SomeoneElse
                                                                               : PensionReader::ThePerson);
               }));
}

} // namespace ssc::platform
