#include "t1protocol.h"

#include <QList>

namespace ssc::t1 {
namespace {

constexpr int prologue = 3;   // NAD, PCB, LEN
constexpr int maxErrors = 3;  // bad blocks in a row before resynchronising (ISO 7816-3 §11.6.3.2)
constexpr int maxSteps = 512; // blocks for one APDU: 64 KiB in 254-byte blocks, with room for retries

} // namespace

quint8 lrc(const QByteArray& bytes)
{
    quint8 x = 0;
    for (const char c : bytes)
        x ^= quint8(c);
    return x;
}

QByteArray encode(const Block& block)
{
    QByteArray b;
    b.append(char(block.nad))
        .append(char(block.pcb))
        .append(char(quint8(block.inf.size())))
        .append(block.inf);
    return b.append(char(lrc(b)));
}

std::optional<Block> decode(const QByteArray& bytes, QString* problem)
{
    const auto fail = [problem](const char* what) {
        *problem = QString::fromLatin1(what);
        return std::nullopt;
    };
    if (bytes.size() < prologue + 1)
        return fail("shorter than a T=1 block");
    const int length = quint8(bytes[2]);
    if (length == 0xFF)
        return fail("reserved LEN FF");
    if (bytes.size() != prologue + length + 1)
        return fail("LEN disagrees with the block's size");
    if (lrc(bytes) != 0)
        return fail("wrong LRC");
    return Block{quint8(bytes[0]), quint8(bytes[1]), bytes.mid(prologue, length)};
}

QByteArray iBlock(int sequence, bool more, const QByteArray& inf)
{
    return encode({0, quint8((sequence & 1) << 6 | (more ? 0x20 : 0)), inf});
}

QByteArray rBlock(int sequence, quint8 error)
{
    return encode({0, quint8(0x80 | (sequence & 1) << 4 | (error & 0x0F)), {}});
}

QByteArray sBlock(quint8 pcb, const QByteArray& inf)
{
    return encode({0, pcb, inf});
}

Session::Session(Exchange exchange, int ifsc) : m_exchange(std::move(exchange)), m_ifsc(ifsc) {}

bool Session::negotiateIfsd(int ifsd, QString* problem)
{
    const QByteArray size(1, char(quint8(ifsd)));
    for (int tries = 0; tries < maxErrors; ++tries) {
        const auto raw = m_exchange(sBlock(Ifs, size), 0);
        QString why;
        const auto block = raw ? decode(*raw, &why) : std::nullopt;
        if (block && block->pcb == (Ifs | Response) && block->inf == size)
            return true;
    }
    *problem = QStringLiteral("the card did not take IFSD %1").arg(ifsd);
    return false;
}

QByteArray Session::prologue(int length) const
{
    return iBlock(m_ns, false, QByteArray(length, '\0')).left(3);
}

std::optional<QByteArray> Session::takeAnswer(const QByteArray& cardBlock, QString* problem)
{
    QByteArray raw = cardBlock;
    QByteArray answer;
    bool acknowledged = false; // the terminal's I-block, sent by the reader, taken by the card
    for (int step = 0; step < maxSteps; ++step) {
        const auto block = decode(raw, problem);
        if (!block)
            return std::nullopt; // no retransmission: the reader holds the block, not the terminal
        quint8 wtx = 0;
        QByteArray next;
        if (block->pcb == Wtx && block->inf.size() == 1) {
            wtx = quint8(block->inf[0]);
            ++m_counts.timeExtensions;
            next = sBlock(Wtx | Response, block->inf);
        } else if (block->isI() && block->sequence() == m_nr) {
            if (!std::exchange(acknowledged, true))
                m_ns ^= 1;
            m_nr ^= 1;
            answer.append(block->inf);
            if (!block->more())
                return answer;
            next = rBlock(m_nr);
        } else {
            *problem = QStringLiteral("an unexpected T=1 block after the reader's command");
            return std::nullopt;
        }
        const auto reply = m_exchange(next, wtx);
        if (!reply) {
            *problem = QStringLiteral("no answer from the card");
            return std::nullopt;
        }
        raw = *reply;
    }
    *problem = QStringLiteral("a T=1 exchange of more blocks than any APDU needs");
    return std::nullopt;
}

bool Session::resynchronise(QString* problem)
{
    for (int tries = 0; tries < maxErrors; ++tries) {
        const auto raw = m_exchange(sBlock(Resynch), 0);
        QString why;
        const auto block = raw ? decode(*raw, &why) : std::nullopt;
        if (block && block->pcb == (Resynch | Response)) {
            m_ns = 0;
            m_nr = 0;
            ++m_counts.resyncs;
            return true;
        }
    }
    *problem = QStringLiteral("the card does not answer T=1 resynchronisation");
    return false;
}

std::optional<QByteArray> Session::transmit(const QByteArray& apdu, QString* problem)
{
    QByteArray answer;
    Outcome outcome = attempt(apdu, &answer, problem);
    if (outcome == Outcome::Resync) { // the standard's last resort: start the block numbering again, once
        if (!resynchronise(problem))
            return std::nullopt;
        answer.clear();
        outcome = attempt(apdu, &answer, problem);
        if (outcome == Outcome::Resync)
            *problem = QStringLiteral("the card kept sending bad blocks after resynchronisation");
    }
    if (outcome != Outcome::Done)
        return std::nullopt;
    return answer;
}

// ISO 7816-3 §11.6: the terminal sends its chain, each block acknowledged by an R-block; the card's first
// I-block acknowledges the last one and starts the answer, whose chained blocks the terminal acknowledges.
Session::Outcome Session::attempt(const QByteArray& apdu, QByteArray* answer, QString* problem)
{
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < apdu.size(); at += m_ifsc)
        chunks.append(apdu.mid(at, m_ifsc));
    if (chunks.isEmpty())
        chunks.append(QByteArray());
    qsizetype chunk = 0;
    QByteArray lastI = iBlock(m_ns, chunks.size() > 1, chunks.first());
    QByteArray toSend = lastI;
    bool sending = true; // the terminal's last I-block is not acknowledged yet
    int errors = 0;
    quint8 wtx = 0;
    // A bad block: ask for it again with an R-block naming the I-block expected, until it is time to resync.
    const auto askAgain = [&](quint8 code) {
        ++m_counts.retransmissionsAsked;
        toSend = rBlock(m_nr, code);
        return ++errors < maxErrors;
    };
    for (int step = 0; step < maxSteps; ++step) {
        const auto raw = m_exchange(toSend, std::exchange(wtx, 0));
        QString why;
        const auto block = raw ? decode(*raw, &why) : std::nullopt;
        if (!block) {
            if (!askAgain(raw ? 1 : 2))
                return Outcome::Resync;
            continue;
        }
        if (block->isS()) {
            const bool one = block->inf.size() == 1;
            if (block->pcb == Wtx && one) { // the card needs more time: grant it, wait that much longer
                wtx = quint8(block->inf[0]);
                ++m_counts.timeExtensions;
                toSend = sBlock(Wtx | Response, block->inf);
            } else if (block->pcb == Ifs && one && quint8(block->inf[0]) != 0 &&
                       quint8(block->inf[0]) != 0xFF) {
                m_ifsc = quint8(block->inf[0]);
                toSend = sBlock(Ifs | Response, block->inf);
            } else if (block->pcb == AbortChain) {
                (void)m_exchange(sBlock(AbortChain | Response), 0);
                *problem = QStringLiteral("the card aborted the exchange");
                return Outcome::Failed;
            } else if (!askAgain(2)) {
                return Outcome::Resync;
            }
            continue;
        }
        if (block->isR()) {
            if (sending && chunk + 1 < chunks.size() && block->sequence() != m_ns) {
                m_ns ^= 1; // this link is acknowledged: the next one
                ++chunk;
                errors = 0;
                lastI = iBlock(m_ns, chunk + 1 < chunks.size(), chunks[chunk]);
                toSend = lastI;
                continue;
            }
            // The card did not get the terminal's last block: send it again (an I-block, or the R-block
            // acknowledging the card's chain, which toSend still holds).
            if (++errors >= maxErrors)
                return Outcome::Resync;
            ++m_counts.resent;
            if (sending)
                toSend = lastI;
            continue;
        }
        if (sending) {
            if (chunk + 1 < chunks.size()) { // an answer before the command was complete
                if (!askAgain(2))
                    return Outcome::Resync;
                continue;
            }
            sending = false;
            m_ns ^= 1;
        }
        if (block->sequence() != m_nr) { // not the block expected: ask for it
            if (!askAgain(2))
                return Outcome::Resync;
            continue;
        }
        m_nr ^= 1;
        errors = 0;
        answer->append(block->inf);
        if (!block->more())
            return Outcome::Done;
        toSend = rBlock(m_nr);
    }
    *problem = QStringLiteral("a T=1 exchange of more blocks than any APDU needs");
    return Outcome::Resync;
}

} // namespace ssc::t1
