// Fuzz target: a sealed blob as the database hands it back (platform/keys/dataseal.h). A blob altered in the
// database, cut short or made up must be refused, never crash the platform, and never open to anything: only
// what the store sealed for that place opens. Each input is tried as it is and spliced behind a real header.
#include "keys/dataseal.h"
#include "keys/keystore.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<ssc::platform::KeyStore> keys;
    QByteArray sealed; // a real blob, for inputs spliced into it
    Store()
    {
        QString error;
        keys = ssc::platform::openKeyStore(QStringLiteral("file:") + dir.filePath(QStringLiteral("keys")), {},
                                           &error);
        if (!keys || !keys->ensureDataWrappingKey(&error))
            std::abort();
        sealed = ssc::platform::dataseal::seal(*keys, "a face", "t.c:1").value_or(QByteArray());
        if (sealed.isEmpty())
            std::abort();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Store store;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // Anything but the exact sealed blob fails to open: GCM's tags cover the wrapped key and the content.
    for (const QByteArray& blob : {input, store.sealed.left(9) + input, store.sealed.left(70) + input}) {
        if (blob == store.sealed)
            continue;
        if (ssc::platform::dataseal::open(*store.keys, blob, "t.c:1"))
            std::abort();
    }
    return 0;
}
