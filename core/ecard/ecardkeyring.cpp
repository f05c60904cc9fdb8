#include "ecardkeyring.h"

#include "ed25519.h"
#include "logging/logging.h"
#include "platform/platformclient.h"

#include <QJsonArray>

namespace ssc {

ECardKeyRing::ECardKeyRing(PlatformClient& platform, QObject* parent) : QObject(parent), m_platform(platform)
{}

void ECardKeyRing::refresh()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_platform.get(
        QStringLiteral("/api/v1/ecard/keys"),
        [this](const PlatformResult& result) {
            m_fetching = false;
            if (!result.ok()) {
                qCInfo(lcApp) << "e-card keys not fetched:" << result.errorCode;
                return;
            }
            // The platform lists the key that signs and those retired recently enough to have live codes: a
            // key it no longer lists is forgotten (docs/security.md, "Keys").
            std::map<quint8, QByteArray> published;
            for (const QJsonValue& v : result.body.value(QStringLiteral("keys")).toArray()) {
                const QJsonObject key = v.toObject();
                const int id = key.value(QStringLiteral("keyId")).toInt(-1);
                const QByteArray raw =
                    QByteArray::fromBase64(key.value(QStringLiteral("publicKey")).toString().toLatin1());
                if (id >= 0 && id <= 255 && raw.size() == 32 &&
                    key.value(QStringLiteral("algorithm")).toString() == u"Ed25519")
                    published[quint8(id)] = raw;
            }
            m_keys = std::move(published);
            emit refreshed();
        },
        this);
}

ECardKeyRing::Check ECardKeyRing::check(const SignedECardCode& code)
{
    return checkSignature(code.code.keyId, code.code.signedMessage(), code.signature);
}

ECardKeyRing::Check ECardKeyRing::check(const SignedELicence& licence)
{
    return checkSignature(licence.licence.keyId, licence.licence.signedMessage(), licence.signature);
}

ECardKeyRing::Check ECardKeyRing::checkSignature(quint8 keyId, const QByteArray& message,
                                                 const QByteArray& signature)
{
    const auto key = m_keys.find(keyId);
    if (key == m_keys.end()) {
        refresh();
        return Check::KeyUnknown;
    }
    return ed25519Verify(key->second, message, signature) ? Check::Genuine : Check::Forged;
}

} // namespace ssc
