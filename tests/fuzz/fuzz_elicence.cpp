// Fuzz target: scanned bytes through the e-licence parser and verifier (what a counter's scanner hands the
// terminal when a citizen shows their licence on a phone).
#include "ecard/ed25519.h"
#include "ecard/elicence.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray publicKey = ssc::Ed25519PrivateKey::fromRaw(QByteArray(32, '\x2b'))->publicKey();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = ssc::ELicenceText::parse(text);
    if (const auto* licence = std::get_if<ssc::SignedELicence>(&parsed)) {
        // A parsed licence re-encodes to the same text (one spelling), and never verifies against a key that
        // did not sign it.
        if (licence->text() != text)
            std::abort();
        if (ssc::verifyELicence(*licence, publicKey, licence->licence.issuedAt) ==
            ssc::ELicenceVerdict::Valid)
            std::abort();
    }
    return 0;
}
