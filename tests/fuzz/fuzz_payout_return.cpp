// Fuzz target: the bank's return file for a payout batch (core/payouts/payoutfiles.h), bytes from outside the
// platform. Whatever arrives is either a file whose every line holds a valid reference, a positive amount and
// a known result, or a list of problems each naming its line; never a crash, never both.
#include "payouts/payoutfiles.h"
#include "payouts/payoutreasons.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto parsed = ssc::payouts::parseReturnFile(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (const auto* problems = std::get_if<QStringList>(&parsed)) {
        if (problems->isEmpty())
            std::abort(); // refused without a reason
        for (const QString& problem : *problems)
            if (!problem.startsWith(QStringLiteral("line ")) &&
                !problem.startsWith(QStringLiteral("the file")))
                std::abort(); // every problem says where it is
        return 0;
    }
    const auto& file = std::get<ssc::payouts::ReturnFile>(parsed);
    if (!ssc::payouts::validToken(file.batch))
        std::abort();
    QSet<QString> references;
    for (const ssc::payouts::ReturnLine& line : file.lines) {
        if (!ssc::payouts::validToken(line.reference) || line.amountFen <= 0 ||
            references.contains(line.reference))
            std::abort();
        if (line.paid != line.reasonCode.isEmpty() ||
            (!line.paid && !ssc::payouts::knownReturnReason(line.reasonCode)))
            std::abort();
        references.insert(line.reference);
    }
    return 0;
}
