#include "secretwipe.h"

#include <openssl/crypto.h>

namespace ssc {
namespace {

// isDetached(): this holder's reference is the only one (false for shared and for static data), so data()
// returns the very buffer, without copying it first.
template <typename Text> bool overwriteInPlace(Text& secret, std::size_t bytesPerUnit)
{
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    // OPENSSL_cleanse: a write the compiler may not drop as dead, although the buffer is freed right after.
    OPENSSL_cleanse(secret.data(), static_cast<std::size_t>(secret.size()) * bytesPerUnit);
    return true;
}

} // namespace

bool overwriteSecret(QString& secret)
{
    return overwriteInPlace(secret, sizeof(QChar));
}

bool overwriteSecret(QByteArray& secret)
{
    return overwriteInPlace(secret, 1);
}

bool wipeSecret(QString& secret)
{
    const bool overwritten = overwriteSecret(secret);
    secret.clear();
    return overwritten;
}

bool wipeSecret(QByteArray& secret)
{
    const bool overwritten = overwriteSecret(secret);
    secret.clear();
    return overwritten;
}

} // namespace ssc
