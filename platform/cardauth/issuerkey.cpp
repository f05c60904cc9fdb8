#include "issuerkey.h"

#include "cardauth/cardkey.h"
#include "keys/keystore.h"
#include "logging/logging.h"

namespace ssc::platform {

bool ensureIssuerKey(KeyStore& store, QString* error)
{
    if (!store.hasIssuerKey()) {
        if (!store.createIssuerKey(error))
            return false;
        qCInfo(lcCore) << "a new issuer master key was made in" << store.describe();
    }
    return store.openIssuerKey(error);
}

std::optional<QByteArray> cardKeyFor(KeyStore& store, const QString& cardIdentifier)
{
    const auto block = cardauth::identifierBytes(cardIdentifier);
    if (!block)
        return std::nullopt;
    return store.diversify(*block);
}

std::optional<QByteArray> unblockKeyFor(KeyStore& store, const QString& cardIdentifier)
{
    const auto block = cardauth::unblockKeyBlock(cardIdentifier);
    if (!block)
        return std::nullopt;
    return store.diversify(*block);
}

} // namespace ssc::platform
