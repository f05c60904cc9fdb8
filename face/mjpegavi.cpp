#include "mjpegavi.h"

#include <QtEndian>

namespace ssc::face {
namespace {

// LIST 'movi' holds the frames, and may group them in LIST 'rec '; nothing a writer makes nests deeper.
constexpr int deepestList = 3;

quint32 littleEndian32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// '00dc' (compressed video) or '00db' (uncompressed): two stream digits, then the kind.
bool isPictureChunk(const QByteArray& bytes, qsizetype at)
{
    const auto digit = [&](qsizetype i) { return bytes[at + i] >= '0' && bytes[at + i] <= '9'; };
    return digit(0) && digit(1) && bytes[at + 2] == 'd' && (bytes[at + 3] == 'c' || bytes[at + 3] == 'b');
}

// The chunks of bytes[from, to), where `inFrames` says whether they are inside LIST 'movi'.
void collect(const QByteArray& bytes, qsizetype from, qsizetype to, int depth, bool inFrames, int limit,
             QList<QByteArray>& pictures)
{
    qsizetype at = from;
    while (at + 8 <= to && pictures.size() < limit) {
        const qsizetype body = at + 8;
        const quint32 size = littleEndian32(bytes, at + 4);
        if (qint64(size) > qint64(to - body))
            return; // cut short or lying: keep what was whole
        const QByteArrayView id(bytes.constData() + at, 4);
        if (id == "LIST" && size >= 4 && depth < deepestList) {
            const QByteArrayView type(bytes.constData() + body, 4);
            if (type == "movi" || (inFrames && type == "rec "))
                collect(bytes, body + 4, body + qsizetype(size), depth + 1, true, limit, pictures);
        } else if (inFrames && isPictureChunk(bytes, at)) {
            pictures.append(bytes.mid(body, qsizetype(size)));
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to even sizes
    }
}

} // namespace

QList<QByteArray> mjpegAviPictures(const QByteArray& avi, int limit)
{
    QList<QByteArray> pictures;
    if (avi.size() < 12 || !avi.startsWith("RIFF") || avi.mid(8, 4) != "AVI ")
        return pictures;
    // The RIFF size is written last: a file cut short says more than it holds, so the file's end bounds it.
    const qint64 declaredEnd = 8 + qint64(littleEndian32(avi, 4));
    collect(avi, 12, qsizetype(qMin(declaredEnd, qint64(avi.size()))), 0, false, limit, pictures);
    return pictures;
}

} // namespace ssc::face
