// Fuzz target: scanned bytes through the e-card code parser and verifier (what a pedestal hands the
// terminal).
#include "ecard/ecardcode.h"
#include "ecard/ed25519.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray publicKey = ssc::Ed25519PrivateKey::fromRaw(QByteArray(32, '\x2a'))->publicKey();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = ssc::ECardCodeText::parse(text);
    if (const auto* code = std::get_if<ssc::SignedECardCode>(&parsed)) {
        // A parsed code re-encodes to the same text (no two spellings of one code), and never verifies
        // against a key that did not sign it.
        if (code->text() != text)
            std::abort();
        if (ssc::verifyECardCode(*code, publicKey, code->code.issuedAt) == ssc::ECardCodeVerdict::Valid)
            std::abort();
    }
    return 0;
}
