#include "readaloud.h"

#include <QRandomGenerator>

namespace ssc::face {

QString ReadAloudCheck::randomDigits(QRandomGenerator& random)
{
    for (;;) {
        QString digits;
        for (int i = 0; i < 4; ++i)
            digits.append(QChar(u'0' + char16_t(random.bounded(10))));
        bool allSame = true, run = true, runDown = true;
        for (int i = 1; i < 4; ++i) {
            allSame = allSame && digits[i] == digits[0];
            run = run && digits[i].unicode() == digits[i - 1].unicode() + 1;
            runDown = runDown && digits[i].unicode() + 1 == digits[i - 1].unicode();
        }
        if (!allSame && !run && !runDown)
            return digits;
    }
}

ReadAloudCheck::State ReadAloudCheck::feed(const FaceMeasurement& m, Guidance guidance)
{
    if (m_state != State::Recording)
        return m_state;
    if (m_startedAt < 0)
        m_startedAt = m_lastFaceAt = m.atMs;
    m_lastAt = m.atMs;
    const bool faceInView = m.hasLandmarks && guidance != Guidance::FindFace &&
                            guidance != Guidance::OnlyOnePerson && guidance != Guidance::KeepInside;
    if (faceInView) {
        m_lastFaceAt = m.atMs;
        m_lowestMar = std::min(m_lowestMar, m.mouthAspectRatio);
        m_highestMar = std::max(m_highestMar, m.mouthAspectRatio);
    } else if (m.atMs - m_lastFaceAt > m_settings.longestGapMs) {
        m_state = State::Incomplete;
        return m_state;
    }
    if (m.atMs - m_startedAt >= m_settings.maximumMs)
        return finish(m.atMs);
    return m_state;
}

ReadAloudCheck::State ReadAloudCheck::finish(qint64 atMs)
{
    if (m_state != State::Recording)
        return m_state;
    if (m_startedAt < 0 || atMs - m_startedAt < m_settings.minimumMs)
        m_state = State::TooShort;
    else if (atMs - m_lastFaceAt > m_settings.longestGapMs)
        m_state = State::Incomplete;
    else if (m_highestMar - m_lowestMar < m_settings.lipMovement)
        m_state = State::NotSpoken;
    else
        m_state = State::Complete;
    return m_state;
}

} // namespace ssc::face
