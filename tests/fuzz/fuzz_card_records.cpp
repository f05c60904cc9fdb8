// Fuzz target: what a card answers to READ RECORD, through the TLV record reader and the field decoders
// (BCD dates, ASCII, GBK names), through the APDU channel's T=0 handling, and as a PSAM's answer.
#include "cardreader/apdu.h"
#include "cardreader/cardfiles.h"
#include "cardreader/psam.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const quint8 tag = quint8(bytes[0]);
    const QByteArray record = bytes.mid(1);
    ssc::CardFiles files;
    if (const auto value = ssc::recordValue(record, tag)) {
        if (value->size() != record.size() - 2)
            std::abort();
        (void)ssc::decodeCardField(files, tag, *value);
    }
    (void)ssc::gbkName(record);
    (void)ssc::asciiField(record);
    if (const QDate d = ssc::bcdDate(record.left(4)); d.isValid() && (d.year() < 0 || d.year() > 9999))
        std::abort();
    // The same bytes as a card's successive answers: the channel ends within its round limit.
    qsizetype offset = 0;
    ssc::ApduChannel channel([&](const QByteArray&) -> std::optional<QByteArray> {
        if (offset >= record.size())
            return std::nullopt;
        const qsizetype length = std::min<qsizetype>(2 + quint8(record[offset]) % 8, record.size() - offset);
        const QByteArray answer = record.mid(offset + 1, length - 1);
        offset += length;
        return answer;
    });
    (void)channel.transmit(QByteArray::fromHex("00B2010000"));
    // The same bytes as a PSAM's answer to the cryptogram command: a cryptogram is 8 bytes, or none.
    if (const auto c = ssc::Psam::cryptogramFrom(ssc::parseApduResponse(bytes)); c && c->size() != 8)
        std::abort();
    return 0;
}
