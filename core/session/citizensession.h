#pragma once

#include "domain/person.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ssc {

// Who is logged in on this terminal right now: the platform's session token, the person, the card used.
// Held in one place so logout, idle timeout and card removal can wipe all of it at once.
struct CitizenSession {
    QString token;
    QString method; // ecard | card | login-code | face (reaches less: docs/card-services.md)
    Person person;
    Card card; // the card used to log in

    // Parses the platform's resolve answer (docs/api.md); nullopt when it lacks a session or a person.
    static std::optional<CitizenSession> fromPlatform(const QJsonObject& answer);
};

Card cardFromJson(const QJsonObject& json);

} // namespace ssc
