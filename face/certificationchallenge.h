#pragma once

#include "liveness.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssc::face {

// What the platform asks a person to do for one certification by face (docs/api.md, "Pension certification"):
// a random sequence of actions, always with a blink, for the actions method, and four digits for the
// read-aloud one. Issued by the platform, bound to the terminal and the person, used once; the terminal shows
// it, records the person doing it and sends the recording with the challenge's id, and the platform checks
// the recording against what it asked. The same JSON travels both ways.
struct CertificationChallenge {
    QString id;                    // the nonce: 32 random hex digits
    QList<LivenessAction> actions; // in the order asked
    QString digits;                // read-aloud: four digits
    qint64 recordByMs = 0;         // the recording must be made before this (ms since the epoch)
    qint64 expiresAtMs = 0;        // ...and reach the platform before this

    QJsonObject toJson() const;
    // Nullopt when anything is missing or unknown (an action the terminal cannot ask for).
    static std::optional<CertificationChallenge> fromJson(const QJsonObject& json);
};

} // namespace ssc::face
