#include "pinyindecoder.h"

#include <QFile>
#include <QTemporaryDir>

#include <pinyinime.h>

namespace ssc {

struct PinyinDecoder::UserDictionary {
    QTemporaryDir dir;
};

namespace {

QString candidate(std::size_t index)
{
    ime_pinyin::char16 buffer[64] = {};
    if (!ime_pinyin::im_get_candidate(index, buffer, 63))
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer));
}

} // namespace

PinyinDecoder::PinyinDecoder(const QString& dictionary) : m_userDictionary(std::make_unique<UserDictionary>())
{
    const QString system = dictionary.isEmpty() ? QStringLiteral(SSC_PINYIN_DICTIONARY) : dictionary;
    if (!QFile::exists(system)) {
        m_error = QStringLiteral("pinyin dictionary not found: ") + system;
        return;
    }
    const QString user = m_userDictionary->dir.filePath(QStringLiteral("user.dat"));
    m_open = ime_pinyin::im_open_decoder(QFile::encodeName(system).constData(),
                                         QFile::encodeName(user).constData());
    if (!m_open)
        m_error = QStringLiteral("pinyin dictionary could not be opened: ") + system;
    else
        ime_pinyin::im_set_max_lens(32, 16);
}

PinyinDecoder::~PinyinDecoder()
{
    if (m_open)
        ime_pinyin::im_close_decoder();
}

void PinyinDecoder::setLetters(const QString& letters)
{
    m_letters.clear();
    for (const QChar c : letters.toLower())
        if (c >= u'a' && c <= u'z')
            m_letters += c;
    m_fixed.clear();
    m_candidateCount = 0;
    if (!m_open)
        return;
    ime_pinyin::im_reset_search();
    if (m_letters.isEmpty())
        return;
    const QByteArray latin = m_letters.toLatin1();
    m_candidateCount = ime_pinyin::im_search(latin.constData(), std::size_t(latin.size()));
}

QStringList PinyinDecoder::candidates(int max) const
{
    QStringList list;
    for (std::size_t i = 0; i < m_candidateCount && list.size() < max; ++i)
        if (const QString c = candidate(i); !c.isEmpty())
            list.append(c);
    return list;
}

QString PinyinDecoder::choose(int index)
{
    if (!m_open || index < 0 || std::size_t(index) >= m_candidateCount)
        return {};
    const QString chosen = candidate(std::size_t(index));
    m_candidateCount = ime_pinyin::im_choose(std::size_t(index));
    const ime_pinyin::uint16* starts = nullptr;
    const std::size_t spellings = ime_pinyin::im_get_spl_start_pos(starts);
    if (ime_pinyin::im_get_fixed_len() >= spellings || m_candidateCount == 0) {
        const QString finished = m_fixed + chosen;
        reset();
        return finished;
    }
    m_fixed += chosen;
    return {};
}

void PinyinDecoder::reset()
{
    m_letters.clear();
    m_fixed.clear();
    m_candidateCount = 0;
    if (m_open)
        ime_pinyin::im_reset_search();
}

} // namespace ssc
