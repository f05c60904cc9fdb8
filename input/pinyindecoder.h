#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace ssc {

// Pinyin to Chinese characters, for the kiosk's on-screen keyboard, through Google's pinyin engine (Debian
// libgooglepinyin; its header and global decoder stay inside pinyindecoder.cpp). The engine learns from what
// is chosen; what it learns is kept in a temporary file that is deleted with the decoder, so a kiosk never
// remembers what one citizen typed for the next (docs/privacy.md).
class PinyinDecoder {
public:
    // Opens the system dictionary (empty: the Debian package's); false and error() when it cannot.
    explicit PinyinDecoder(const QString& dictionary = {});
    ~PinyinDecoder();
    PinyinDecoder(const PinyinDecoder&) = delete;
    PinyinDecoder& operator=(const PinyinDecoder&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // The letters typed so far (a-z); the candidates, best first (the first is the whole phrase).
    void setLetters(const QString& letters);
    QString letters() const { return m_letters; }
    QStringList candidates(int max = 8) const;
    // Chooses a candidate. When it covers every letter the finished text is answered and the letters start
    // again; otherwise an empty string, and candidates() now offers the rest.
    QString choose(int index);
    // The characters already fixed by earlier choices in this phrase.
    QString fixedText() const { return m_fixed; }
    void reset();

private:
    QString m_letters;
    QString m_fixed;
    std::size_t m_candidateCount = 0;
    bool m_open = false;
    QString m_error;
    struct UserDictionary;
    std::unique_ptr<UserDictionary> m_userDictionary;
};

} // namespace ssc
