#pragma once

#include "facemeasurement.h"

#include <QList>
#include <QString>

#include <optional>

class QRandomGenerator;

namespace ssc::face {

// The actions a person is asked to do to show they are there in person (活体检测): the brief's
// "眨眨眼、点点头" and two more, chosen at random so a recording made earlier does not fit.
enum class LivenessAction { Blink, Nod, TurnHead, OpenMouth };

// The actions' names in the platform's challenges ("blink", "nod", "turn-head", "open-mouth").
QString livenessActionName(LivenessAction action);
std::optional<LivenessAction> livenessActionNamed(const QString& name);

struct LivenessSettings {
    int calibrationFrames = 6;     // steady frames that set the person's own baseline
    double blinkClosed = 0.65;     // eye aspect ratio below this share of the person's open eyes: closed
    double blinkOpen = 0.85;       // ...and back above this share: opened again
    double nodDegrees = 10;        // pitch away from the baseline, and back within half of it
    double turnDegrees = 12;       // yaw away from the baseline, and back within half of it
    double mouthRise = 0.2;        // mouth aspect ratio above the baseline, and back within half of it
    qint64 actionTimeoutMs = 8000; // per action, from when it is asked
};

// Decides a random sequence of actions from measured signals: an action is done when its signal leaves the
// person's own baseline (measured on their first steady frames, so small eyes and glasses are judged fairly)
// and comes back. Every sequence includes a blink: a photo held up to the camera, or a face that never
// blinks, cannot pass. Feed it only frames the guidance found usable; the caller shows currentAction().
class LivenessCheck {
public:
    enum class State { Calibrating, Acting, Passed, Failed };

    explicit LivenessCheck(QList<LivenessAction> actions, LivenessSettings settings = {});
    // Blink and `count - 1` other actions, all different, in random order.
    static QList<LivenessAction> randomActions(QRandomGenerator& random, int count = 2);

    State feed(const FaceMeasurement& measurement);
    State state() const { return m_state; }
    bool actionUnderWay() const { return m_state == State::Acting && m_away; }
    LivenessAction currentAction() const { return m_actions.value(m_index); }
    int currentIndex() const { return m_index; }
    const QList<LivenessAction>& actions() const { return m_actions; }
    // The action that ran out of time (when Failed).
    LivenessAction failedAction() const { return m_actions.value(m_index); }
    double baselineEyeAspectRatio() const { return m_baseEar; }

private:
    bool actionDone(const FaceMeasurement& m);
    void calibrate(const FaceMeasurement& m);

    QList<LivenessAction> m_actions;
    LivenessSettings m_settings;
    State m_state = State::Calibrating;
    QList<FaceMeasurement> m_calibration;
    double m_baseEar = 0, m_baseMar = 0, m_baseYaw = 0, m_basePitch = 0;
    int m_index = 0;
    qint64 m_askedAt = -1;
    bool m_away = false; // the current action's signal has left the baseline
};

} // namespace ssc::face
