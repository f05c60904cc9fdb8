#include "guidance.h"

#include <cmath>

namespace ssc::face {

Guidance FaceGuide::judge(const FaceMeasurement& m, bool actionUnderWay) const
{
    const GuidanceThresholds& t = m_thresholds;
    if (m.faceCount > 1)
        return Guidance::OnlyOnePerson;
    if (!m.hasLandmarks || m.faceCount == 0)
        return Guidance::FindFace;
    if (m.brightness < t.minBrightness || m.contrast < t.minContrast)
        return Guidance::MoreLight;
    if (!m.insideOval && m.faceWidthShare <= t.maxWidthShare)
        return Guidance::KeepInside;
    if (m.faceWidthShare < t.minWidthShare)
        return Guidance::ComeCloser;
    if (m.faceWidthShare > t.maxWidthShare)
        return Guidance::MoveBack;
    if (actionUnderWay)
        return Guidance::Ready; // the action moves the head, closes the eyes or opens the mouth on purpose
    if (std::abs(m.yaw) > t.maxYaw || m.pitch < t.minPitch || m.pitch > t.maxPitch)
        return Guidance::FaceTheScreen;
    if (m.eyesCovered > t.maxEyesCovered || m.mouthCovered > t.maxMouthCovered)
        return Guidance::Uncover;
    if (m.motion > t.maxMotion || m.sharpness < t.minSharpness)
        return Guidance::HoldStill;
    return Guidance::Ready;
}

Guidance FaceGuide::feed(const FaceMeasurement& m, bool actionUnderWay)
{
    const Guidance seen = judge(m, actionUnderWay);
    if (seen == m_candidate) {
        ++m_candidateFrames;
    } else {
        m_candidate = seen;
        m_candidateFrames = 1;
    }
    if (m_candidateFrames >= m_thresholds.settleFrames)
        m_current = m_candidate;
    return m_current;
}

void FaceGuide::reset()
{
    m_current = m_candidate = Guidance::FindFace;
    m_candidateFrames = 0;
}

} // namespace ssc::face
