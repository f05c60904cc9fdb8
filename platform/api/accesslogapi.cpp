// The citizen's access log (GET /api/v1/me/access-log): who used the logged-in person's data, when, where and
// for which service, from the audit log's person column; staff names masked, nobody else's data
// (docs/api.md, "The citizen's access log"). The reveals it lists: revealapi.cpp.
#include "auth/audit.h"
#include "privacy/masking.h"
#include "revealfields.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

constexpr int defaultPageSize = 20;
constexpr int largestPageSize = 50;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// Each audited action a person's data can appear in, in plain words for that person.
TranslatableText serviceText(const QString& action)
{
    if (action == u"citizen_login")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "You logged in"));
    if (action == u"person_found")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Found your record by your name and number"));
    if (action == u"person_read")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Looked at your pension certification"));
    if (action == u"certify_other")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Certified your pension entitlement for you"));
    if (action == u"visit_listed")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Put you on a home visit list"));
    if (action == u"review_shown")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Opened your certification for review"));
    if (action == u"recording_read")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Watched your certification recording"));
    if (action == u"review_decided")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Decided your certification"));
    if (action == u"numbers_revealed")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Showed your full numbers on screen"));
    if (action == u"family_bound")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Added you to their family service, with your consent"));
    if (action == u"family_read")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Looked at your pension certification for you"));
    if (action == u"family_attempt")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Sent your face certification from their session"));
    if (action == u"own_numbers_revealed")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "You showed your full numbers on screen"));
    if (action == u"card_pin_changed")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "You changed your card's PIN"));
    if (action == u"card_pin_unchanged")
        return text(
            QT_TRANSLATE_NOOP("PlatformApi", "You tried to change your card's PIN; it stayed as it was"));
    if (action == u"card_pin_change_begun")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "You began changing your card's PIN"));
    if (action == u"card_reported_lost")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Reported your card lost"));
    if (action == u"card_loss_cancelled")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Cancelled the loss report of your card"));
    if (action == u"e_licence_issued")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "You opened your card's e-licence"));
    if (action == u"e_licence_verified")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Checked your card's e-licence shown to them"));
    if (action == u"face_login_refused")
        return text(QT_TRANSLATE_NOOP("PlatformApi",
                                      "Someone tried to sign in as you by face; the face did not pass"));
    if (action == u"card_pin_reset_authorised")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Began resetting your card's PIN at a counter"));
    if (action == u"card_pin_reset")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Reset your card's PIN at a counter"));
    if (action == u"card_replacement_applied")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Applied for a replacement of your card"));
    if (action == u"card_replacement_made")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Made your new card"));
    if (action == u"card_replaced")
        return text(QT_TRANSLATE_NOOP("PlatformApi", "Handed over your new card; the old one is cancelled"));
    return text(QT_TRANSLATE_NOOP("PlatformApi", "Used your personal data"));
}

// The role a staff member acted in, for the person's eyes: reviewers decide recordings, visiting staff work
// on field terminals, everyone else at a counter is a clerk.
QString actingRole(const QString& action, const QString& terminalMode)
{
    if (action.startsWith(u"review_") || action == u"recording_read")
        return QStringLiteral("reviewer");
    return terminalMode == u"field" ? QStringLiteral("visitor") : QStringLiteral("clerk");
}

// What an entry may say of its detail: only the keys named here, never anything about another person.
QJsonObject entryDetail(const QString& action, const QString& detailText)
{
    const QJsonObject detail = QJsonDocument::fromJson(detailText.toUtf8()).object();
    QJsonObject shown;
    if (action == u"citizen_login")
        shown.insert(QStringLiteral("method"), detail.value(QStringLiteral("method")).toString());
    if (action.startsWith(u"family_")) // the family member, masked as on their screens
        shown.insert(QStringLiteral("family"),
                     QJsonObject{{QStringLiteral("name"),
                                  mask(detail.value(QStringLiteral("family")).toString(), MaskKind::Name)}});
    if (action == u"card_reported_lost" || action == u"card_loss_cancelled" ||
        action == u"card_replacement_applied" || action == u"card_replaced" ||
        action.startsWith(u"e_licence_")) // which card, masked
        shown.insert(QStringLiteral("card"),
                     mask(detail.value(QStringLiteral("card")).toString(), MaskKind::CardNumber));
    if (action == u"numbers_revealed" || action == u"own_numbers_revealed") {
        QJsonArray fields;
        for (const QJsonValue& f : detail.value(QStringLiteral("fields")).toArray())
            if (revealableFields().contains(f.toString()))
                fields.append(f);
        shown.insert(QStringLiteral("fields"), fields);
        if (const QString reason = detail.value(QStringLiteral("reason")).toString();
            revealReasons().contains(reason))
            shown.insert(QStringLiteral("reason"), reason);
    }
    return shown;
}

// Who took an action no staff member took: the person themselves, their family member, or the terminal.
QString whoActed(const QString& action)
{
    if (action == u"citizen_login" || action == u"own_numbers_revealed" || action.startsWith(u"card_pin_") ||
        action == u"card_reported_lost" || action == u"e_licence_issued" ||
        action == u"card_loss_cancelled" || action == u"card_replacement_applied" ||
        action == u"card_replaced") // a loss report at a kiosk, its cancellation with the card's PIN
        return QStringLiteral("self");
    return action.startsWith(u"family_") ? QStringLiteral("family") : QStringLiteral("terminal");
}

// The terminal's name in both languages; empty where no terminal was involved (the back office's work).
QJsonValue terminalName(const QVariant& chinese, const QVariant& english)
{
    if (chinese.isNull())
        return QString();
    return bilingualPair(chinese.toString(), english.toString());
}

ApiResult badPage()
{
    return ApiResult::error(400, QStringLiteral("bad_page"),
                            text(QT_TRANSLATE_NOOP("PlatformApi", "The page must be a number from 1 on.")));
}

ApiResult accessLog(PlatformServices& services, RequestContext& context,
                    const CitizenSessions::Session& session)
{
    const QUrlQuery query(context.url);
    int page = 1;
    int pageSize = defaultPageSize;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("page")))
        page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1 || page > 100000)
        return badPage();
    if (query.hasQueryItem(QStringLiteral("pageSize")))
        pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > largestPageSize)
        return badPage();
    // The person's own logins are entries too; how many were staff's is counted apart, so the screen can say
    // how often someone else used the data (the figure a citizen looks for), not only the list's length.
    auto count = services.db.run(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN staff_id > 0 THEN 1 ELSE 0 END) FROM audit_log "
                       "WHERE person_id = ?"),
        {session.personId});
    if (!count || !count->next())
        return storageError();
    const qint64 total = count->value(0).toLongLong();
    const qint64 byStaff = count->value(1).toLongLong(); // NULL (no entries) reads 0
    count->finish();
    auto rows = services.db.run(
        QStringLiteral(
            "SELECT a.at, a.action, a.detail, a.staff_id, s.display_name, t.name, t.mode, t.name_en "
            "FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id "
            "LEFT JOIN terminals t ON t.id = a.terminal_id WHERE a.person_id = ? "
            "ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?"),
        {session.personId, pageSize, qint64(page - 1) * pageSize});
    if (!rows)
        return storageError();
    QJsonArray entries;
    while (rows->next()) {
        const QString action = rows->value(1).toString();
        const QString mode = rows->value(6).toString();
        QJsonObject entry{{QStringLiteral("at"), rows->value(0).toLongLong()},
                          {QStringLiteral("action"), action},
                          {QStringLiteral("service"), bilingual(serviceText(action))},
                          {QStringLiteral("terminal"),
                           QJsonObject{{QStringLiteral("name"), terminalName(rows->value(5), rows->value(7))},
                                       {QStringLiteral("mode"), mode}}}};
        if (rows->value(3).toLongLong() > 0) {
            entry.insert(QStringLiteral("by"), QStringLiteral("staff"));
            entry.insert(
                QStringLiteral("staff"),
                QJsonObject{{QStringLiteral("name"), mask(rows->value(4).toString(), MaskKind::Name)},
                            {QStringLiteral("role"), actingRole(action, mode)}});
        } else {
            entry.insert(QStringLiteral("by"), whoActed(action));
        }
        const QJsonObject detail = entryDetail(action, rows->value(2).toString());
        for (auto it = detail.begin(); it != detail.end(); ++it)
            entry.insert(it.key(), it.value());
        entries.append(entry);
    }
    rows->finish();
    return ApiResult::ok({{QStringLiteral("entries"), entries},
                          {QStringLiteral("page"), page},
                          {QStringLiteral("pageSize"), pageSize},
                          {QStringLiteral("total"), total},
                          {QStringLiteral("byStaff"), byStaff}});
}

} // namespace

void registerAccessLogApi(Router& router, PlatformServices& services)
{
    router.add(Method::Get, QStringLiteral("/api/v1/me/access-log"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const CitizenSessions::Session& s) {
                   return accessLog(services, c, s);
               }));
}

} // namespace ssc::platform
