#pragma once

#include "ecardcode.h"
#include "elicence.h"

#include <QByteArray>
#include <QObject>

#include <map>

namespace ssc {

class PlatformClient;

// The platform's published e-card signing keys (GET /api/v1/ecard/keys), kept by the terminal so it can check
// a scanned code's signature offline: a forged code is refused at once, without a round trip
// (docs/ecard-code.md). The platform still decides every genuine-looking code (time, single use, the card).
// Keys are fetched when the ring is first asked and again when a code names a key the ring does not know (a
// key added by rotation, `ssc-platform keys rotate`); each fetch replaces the ring, so retired keys leave it.
class ECardKeyRing : public QObject {
    Q_OBJECT
public:
    enum class Check { Genuine, Forged, KeyUnknown };

    explicit ECardKeyRing(PlatformClient& platform, QObject* parent = nullptr);

    // The signature check (not time: that is the platform's, whose clock decides). KeyUnknown asks for the
    // keys again in the background; the caller lets the platform decide that code.
    Check check(const SignedECardCode& code);
    // The same for a shown e-licence (ecard/elicence.h): the platform signs both with these keys, under
    // different prefixes.
    Check check(const SignedELicence& licence);
    void refresh();
    int size() const { return int(m_keys.size()); }

signals:
    void refreshed();

private:
    Check checkSignature(quint8 keyId, const QByteArray& message, const QByteArray& signature);
    PlatformClient& m_platform;
    std::map<quint8, QByteArray> m_keys;
    bool m_fetching = false;
};

} // namespace ssc
