#include "liveness.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ssc::face {
namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

QString livenessActionName(LivenessAction action)
{
    switch (action) {
    case LivenessAction::Blink:
        return QStringLiteral("blink");
    case LivenessAction::Nod:
        return QStringLiteral("nod");
    case LivenessAction::TurnHead:
        return QStringLiteral("turn-head");
    case LivenessAction::OpenMouth:
        return QStringLiteral("open-mouth");
    }
    return {};
}

std::optional<LivenessAction> livenessActionNamed(const QString& name)
{
    for (LivenessAction action :
         {LivenessAction::Blink, LivenessAction::Nod, LivenessAction::TurnHead, LivenessAction::OpenMouth})
        if (livenessActionName(action) == name)
            return action;
    return std::nullopt;
}

LivenessCheck::LivenessCheck(QList<LivenessAction> actions, LivenessSettings settings)
    : m_actions(std::move(actions)), m_settings(settings)
{}

QList<LivenessAction> LivenessCheck::randomActions(QRandomGenerator& random, int count)
{
    QList<LivenessAction> others = {LivenessAction::Nod, LivenessAction::TurnHead, LivenessAction::OpenMouth};
    QList<LivenessAction> chosen = {LivenessAction::Blink};
    while (chosen.size() < std::clamp(count, 1, 4))
        chosen.append(others.takeAt(int(random.bounded(quint32(others.size())))));
    for (qsizetype i = chosen.size() - 1; i > 0; --i)
        chosen.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
    return chosen;
}

void LivenessCheck::calibrate(const FaceMeasurement& m)
{
    m_calibration.append(m);
    if (m_calibration.size() < m_settings.calibrationFrames)
        return;
    QList<double> ear, mar, yaw, pitch;
    for (const FaceMeasurement& f : std::as_const(m_calibration)) {
        ear.append(f.eyeAspectRatio);
        mar.append(f.mouthAspectRatio);
        yaw.append(f.yaw);
        pitch.append(f.pitch);
    }
    m_baseEar = median(ear);
    m_baseMar = median(mar);
    m_baseYaw = median(yaw);
    m_basePitch = median(pitch);
    m_calibration.clear();
    m_state = State::Acting;
    m_askedAt = m.atMs;
}

bool LivenessCheck::actionDone(const FaceMeasurement& m)
{
    // Each action: how far the signal is from the baseline, how far counts as "away", and as "back".
    double offset = 0, away = 0, back = 0;
    switch (currentAction()) {
    case LivenessAction::Blink:
        offset = std::max(0.0, m_baseEar - m.eyeAspectRatio);
        away = m_baseEar * (1 - m_settings.blinkClosed);
        back = m_baseEar * (1 - m_settings.blinkOpen);
        break;
    case LivenessAction::Nod:
        offset = std::abs(m.pitch - m_basePitch);
        away = m_settings.nodDegrees;
        back = m_settings.nodDegrees / 2;
        break;
    case LivenessAction::TurnHead:
        offset = std::abs(m.yaw - m_baseYaw);
        away = m_settings.turnDegrees;
        back = m_settings.turnDegrees / 2;
        break;
    case LivenessAction::OpenMouth:
        offset = std::max(0.0, m.mouthAspectRatio - m_baseMar);
        away = m_settings.mouthRise;
        back = m_settings.mouthRise / 2;
        break;
    }
    if (offset >= away)
        m_away = true;
    return m_away && offset <= back;
}

LivenessCheck::State LivenessCheck::feed(const FaceMeasurement& m)
{
    if (m_state == State::Passed || m_state == State::Failed || !m.hasLandmarks)
        return m_state;
    if (m_state == State::Calibrating) {
        calibrate(m);
        return m_state;
    }
    if (actionDone(m)) {
        m_away = false;
        ++m_index;
        m_askedAt = m.atMs;
        if (m_index >= m_actions.size())
            m_state = State::Passed;
    } else if (m.atMs - m_askedAt > m_settings.actionTimeoutMs) {
        m_state = State::Failed;
    }
    return m_state;
}

} // namespace ssc::face
