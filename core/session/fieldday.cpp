#include "fieldday.h"

#include "staffusername.h"

#include "security/passwordhash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ssc {
namespace {

QString lookupKey(qint64 personId, const QString& credentialId, const QString& name, const QString& ssn)
{
    const QByteArray salt = QByteArray::number(personId) + credentialId.toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(salt + '|' + name.trimmed().toUtf8() + '|' +
                                                            ssn.trimmed().toUpper().toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QJsonObject toJson(const FieldDay::Visit& v)
{
    return {{QStringLiteral("personId"), v.personId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("address"), v.address},
            {QStringLiteral("lookupKey"), v.lookupKey},
            {QStringLiteral("certification"), v.certification}};
}

std::optional<FieldDay::Visit> visitFromJson(const QJsonObject& o)
{
    FieldDay::Visit v{
        o.value(QStringLiteral("personId")).toInteger(), o.value(QStringLiteral("name")).toString(),
        o.value(QStringLiteral("address")).toString(), o.value(QStringLiteral("lookupKey")).toString(),
        o.value(QStringLiteral("certification")).toObject()};
    if (v.personId <= 0 || v.lookupKey.size() != 64)
        return std::nullopt;
    return v;
}

} // namespace

std::optional<FieldDay> FieldDay::fromPlatform(const QJsonObject& answer, Credential who,
                                               const QString& password)
{
    const QJsonObject credential = answer.value(QStringLiteral("offlineCredential")).toObject();
    who.id = credential.value(QStringLiteral("id")).toString();
    who.expiresAt = credential.value(QStringLiteral("expiresAt")).toInteger();
    if (who.id.isEmpty() || who.expiresAt <= 0 || who.username.isEmpty() || password.isEmpty())
        return std::nullopt;
    who.passwordHash = hashPassword(password);
    FieldDay day;
    day.m_credential = std::move(who);
    for (const QJsonValue& v : answer.value(QStringLiteral("visits")).toArray()) {
        const auto visit = visitFromJson(v.toObject());
        if (!visit)
            return std::nullopt;
        day.m_visits.append(*visit);
    }
    return day;
}

std::optional<FieldDay> FieldDay::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    FieldDay day;
    day.m_credential = {
        o.value(QStringLiteral("credential")).toString(), o.value(QStringLiteral("expiresAt")).toInteger(),
        o.value(QStringLiteral("username")).toString(),   o.value(QStringLiteral("displayName")).toString(),
        o.value(QStringLiteral("role")).toString(),       o.value(QStringLiteral("passwordHash")).toString()};
    if (day.m_credential.id.isEmpty() || day.m_credential.passwordHash.isEmpty())
        return std::nullopt;
    for (const QJsonValue& v : o.value(QStringLiteral("visits")).toArray())
        if (const auto visit = visitFromJson(v.toObject()))
            day.m_visits.append(*visit);
    return day;
}

bool FieldDay::save(const QString& path) const
{
    QJsonArray visits;
    for (const Visit& v : m_visits)
        visits.append(toJson(v));
    const QJsonObject o{{QStringLiteral("credential"), m_credential.id},
                        {QStringLiteral("expiresAt"), m_credential.expiresAt},
                        {QStringLiteral("username"), m_credential.username},
                        {QStringLiteral("displayName"), m_credential.displayName},
                        {QStringLiteral("role"), m_credential.role},
                        {QStringLiteral("passwordHash"), m_credential.passwordHash},
                        {QStringLiteral("visits"), visits}};
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
           file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) > 0 && file.commit();
}

void FieldDay::forget(const QString& path)
{
    QFile::remove(path);
}

bool FieldDay::admits(const QString& username, const QString& password, qint64 nowMs) const
{
    // One spelling, as the platform takes it (staffusername.h): "Visitor01" is visitor01, "visitor01 " is no
    // one.
    const auto normal = normalizeStaffUsername(username);
    const auto* name = std::get_if<QString>(&normal);
    return name && *name == m_credential.username && nowMs < m_credential.expiresAt &&
           verifyPassword(password, m_credential.passwordHash);
}

std::optional<FieldDay::Visit> FieldDay::find(const QString& name, const QString& ssn) const
{
    for (const Visit& v : m_visits)
        if (lookupKey(v.personId, m_credential.id, name, ssn) == v.lookupKey)
            return v;
    return std::nullopt;
}

std::optional<FieldDay::Visit> FieldDay::visitOf(qint64 personId) const
{
    for (const Visit& v : m_visits)
        if (v.personId == personId)
            return v;
    return std::nullopt;
}

} // namespace ssc
