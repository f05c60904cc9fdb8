#pragma once

#include <QDate>
#include <QJsonObject>

// A typical unemployment registration as a terminal sends it (POST /me/applications): a bachelor, healthy,
// local, dismissed twenty days ago in Beijing, with this phone.
inline QJsonObject registrationBody(const QString& phone = QStringLiteral("13812345678"))
{
    const QString unemployedOn = QDate::currentDate().addDays(-20).toString(Qt::ISODate);
    return {{QStringLiteral("kind"), QStringLiteral("unemployment-registration")},
            {QStringLiteral("committed"), true},
            {QStringLiteral("values"),
             QJsonObject{{QStringLiteral("phone"), phone},
                         {QStringLiteral("education"), QStringLiteral("bachelor")},
                         {QStringLiteral("health"), QStringLiteral("good")},
                         {QStringLiteral("household"), QStringLiteral("local-urban")},
                         {QStringLiteral("residence"), QStringLiteral("北京市朝阳区建国路88号")},
                         {QStringLiteral("unemployedOn"), unemployedOn},
                         {QStringLiteral("unemploymentProvince"), QStringLiteral("11")},
                         {QStringLiteral("unemploymentPlace"), QStringLiteral("110105")}, // 朝阳区
                         {QStringLiteral("reason"), QStringLiteral("21")},
                         {QStringLiteral("claimingInsurance"), QStringLiteral("yes")},
                         {QStringLiteral("skillLevel"), QStringLiteral("4")},
                         {QStringLiteral("jobIntention"), QStringLiteral("employer")}}}};
}

// The same registration with another reason code (24 resigned, 22 bankruptcy, …).
inline QJsonObject registrationBodyWithReason(const QString& reason)
{
    QJsonObject body = registrationBody();
    QJsonObject values = body[QStringLiteral("values")].toObject();
    values[QStringLiteral("reason")] = reason;
    body[QStringLiteral("values")] = values;
    return body;
}
