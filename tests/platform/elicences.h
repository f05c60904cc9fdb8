#pragma once

#include "platformfixture.h"

#include "ecard/ed25519.h"
#include "ecard/elicence.h"

#include <QFile>

// E-licences as the tests need them (docs/card-services.md, "The e-licence").
namespace elicences {

// The person logged in on the demo kiosk with the card and its PIN (the test plays the card's part): the
// session token, or empty when refused.
inline QString cardSession(PlatformFixture& platform, const QString& person)
{
    const auto r = platform.asTerminal(QStringLiteral("kiosk"), "POST",
                                       QStringLiteral("/api/v1/card/resolve"), platform.cardProof(person));
    return r.json[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString();
}

inline PlatformFixture::Response issue(PlatformFixture& platform, const QString& session)
{
    return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/e-licence"), {},
                               {{"X-SSC-Citizen-Session", session.toLatin1()}});
}

// A fresh licence of the person, as the kiosk shows it: its QR text.
inline QString shownBy(PlatformFixture& platform, const QString& person)
{
    return issue(platform, cardSession(platform, person))
        .json[QStringLiteral("licence")]
        .toObject()[QStringLiteral("qr")]
        .toString();
}

inline ssc::SignedELicence parsed(const QString& text)
{
    const auto result = ssc::ELicenceText::parse(text);
    return std::holds_alternative<ssc::SignedELicence>(result) ? std::get<ssc::SignedELicence>(result)
                                                               : ssc::SignedELicence{};
}

// The licence signed with the platform's own key file (the demo key store): what the platform would never
// issue, such as an old one.
inline QString signedByThePlatformsKey(PlatformFixture& platform, ssc::SignedELicence shown)
{
    QFile file(platform.folder() + QStringLiteral("/keys/ecard-signing-%1.key").arg(shown.licence.keyId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto key = ssc::Ed25519PrivateKey::fromRaw(QByteArray::fromHex(file.readAll().trimmed()));
    if (!key)
        return {};
    shown.signature = key->sign(shown.licence.signedMessage());
    return shown.text();
}

} // namespace elicences
