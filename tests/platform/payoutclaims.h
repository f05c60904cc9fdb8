#pragma once

#include "platformfixture.h"
#include "registrationbody.h"

#include <QJsonArray>
#include <QJsonDocument>

// The demo back office's decision on an application (POST /demo/applications/{receipt}/review): its status.
inline int reviewDecision(PlatformFixture& platform, const QString& receipt, const QString& decision)
{
    return platform
        .request(
            "POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
            QJsonDocument(QJsonObject{{QStringLiteral("decision"), decision}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}})
        .status;
}

// A demo person registered as unemployed (with that reason code) whose claim of `kind` the demo back office
// has approved, so a payout is due (docs/operations.md, "Paying benefits"); `account` empty: the card's bank
// account, else another own card at ICBC. The claim's receipt, or empty when any step was refused.
inline QString approvedClaim(PlatformFixture& platform, const QString& person, const QString& reason,
                             const QString& kind, bool seekingWork, const QString& account = {})
{
    const auto file = [&](const QByteArray& key, const QJsonObject& body) {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                   body, platform.citizenHeaders(person, key));
    };
    if (file("reg-" + person.toLatin1(), registrationBodyWithReason(reason)).status != 201)
        return {};
    QJsonObject values{
        {QStringLiteral("account"), account.isEmpty() ? QStringLiteral("card") : QStringLiteral("other")},
        {QStringLiteral("phone"), QStringLiteral("13812345678")}};
    if (!account.isEmpty()) {
        values.insert(QStringLiteral("bank"), QStringLiteral("icbc"));
        values.insert(QStringLiteral("accountNumber"), account);
    }
    if (seekingWork)
        values.insert(QStringLiteral("seekingWork"), QStringLiteral("yes"));
    const auto filed = file("claim-" + person.toLatin1(), {{QStringLiteral("kind"), kind},
                                                           {QStringLiteral("committed"), true},
                                                           {QStringLiteral("values"), values}});
    const QString receipt = filed.json[QStringLiteral("receipt")].toString();
    if (filed.status != 201 || reviewDecision(platform, receipt, QStringLiteral("approve")) != 200)
        return {};
    return receipt;
}

// The person's application of that receipt as their progress lists it (GET /me/applications, at a kiosk);
// empty when it is not listed.
inline QJsonObject listedApplication(PlatformFixture& platform, const QString& person, const QString& receipt)
{
    const auto r =
        platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"), {},
                            platform.citizenHeaders(person));
    for (const QJsonValue& a : r.json[QStringLiteral("applications")].toArray())
        if (a[QStringLiteral("receipt")].toString() == receipt)
            return a.toObject();
    return {};
}
