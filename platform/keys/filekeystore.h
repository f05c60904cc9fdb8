#pragma once

#include "keystore.h"

#include <map>

namespace ssc::platform {

// Keys as files in a folder only the service's user may enter (0700), each file 0600, hex: for the demo, the
// tests, and a single machine without an HSM. Anyone who can read the files has the keys; a file or folder
// that others may read is refused, so an exposed key is noticed instead of used.
class FileKeyStore : public KeyStore {
public:
    FileKeyStore(QString folder, QString issuerKeyFile);

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

    QString signingKeyFile(quint8 keyId) const;

private:
    QString m_folder;
    QString m_issuerKeyFile;
    std::map<quint8, QByteArray> m_signingKeys; // read once each; a key file never changes
    std::optional<QByteArray> m_issuerKey;
    std::optional<QByteArray> m_dataWrappingKey;
};

} // namespace ssc::platform
