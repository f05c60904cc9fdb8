#pragma once

#include "keystore.h"

#include <mutex>

namespace ssc::platform {

// Keys on a PKCS#11 token (an HSM; SoftHSM 2 in the tests), through the module's own C API loaded with dlopen
// (p11-kit's pkcs11.h for the declarations). Keys are made on the token, sensitive and not extractable: the
// platform asks the token to sign (CKM_EDDSA) and to diversify card keys (CKM_AES_ECB), and never sees them.
// Objects are found by label: "ssc-ecard-signing-<id>" (a key pair), "ssc-issuer-master" (an AES-128 key).
class Pkcs11KeyStore : public KeyStore {
public:
    struct Token; // the loaded module and the logged-in session
    ~Pkcs11KeyStore() override;
    static std::unique_ptr<Pkcs11KeyStore> open(const QString& modulePath, const QString& tokenLabel,
                                                const QByteArray& pin, QString* error);

    QString describe() const override;
    std::optional<QByteArray> createSigningKey(quint8 keyId, QString* error) override;
    std::optional<QByteArray> sign(quint8 keyId, const QByteArray& message) override;
    bool hasIssuerKey() override;
    bool createIssuerKey(QString* error) override;
    bool importIssuerKey(const QByteArray& key, QString* error) override;
    bool openIssuerKey(QString* error) override;
    std::optional<QByteArray> diversify(const QByteArray& block) override;
    bool ensureDataWrappingKey(QString* error) override;
    std::optional<QByteArray> wrapDataKey(const QByteArray& dataKey) override;
    std::optional<QByteArray> unwrapDataKey(const QByteArray& wrapped) override;

private:
    explicit Pkcs11KeyStore(std::unique_ptr<Token> token);
    std::unique_ptr<Token> m_token;
    std::mutex m_mutex; // one session: one operation at a time
};

} // namespace ssc::platform
