// Fuzz target: masking of free text (log lines) and of each kind of value must never crash, and a masked
// log line never still contains a run of six digits it was given.
#include "privacy/masking.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const QRegularExpression sixDigits(QStringLiteral("\\d{6}"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    if (ssc::maskNumbersInText(text).contains(sixDigits))
        std::abort();
    for (ssc::MaskKind kind : {ssc::MaskKind::Name, ssc::MaskKind::IdNumber, ssc::MaskKind::CardNumber,
                               ssc::MaskKind::BankAccount, ssc::MaskKind::Phone})
        (void)ssc::mask(text, kind);
    return 0;
}
