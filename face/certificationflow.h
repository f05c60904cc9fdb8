#pragma once

#include "certificationchallenge.h"
#include "facemeasurement.h"
#include "guidance.h"
#include "liveness.h"
#include "readaloud.h"

#include <QList>
#include <QString>

#include <optional>

class QRandomGenerator;

namespace ssc::face {

// The two ways the brief names: 眨眼认证 (actions in the oval) and 读数认证 (read four digits on camera).
enum class CertificationMethod { Actions, ReadAloud };

// How a certification attempt ended on the terminal, before anything is sent.
enum class FlowOutcome {
    None,                // still going
    Passed,              // the person is there and did what was asked: the frames can go to the platform
    ActionNotSeen,       // a challenge ran out of time (a photo, a face that never blinks)
    NotSpoken,           // read-aloud: the lips never moved
    RecordingIncomplete, // reason 6: the face left the recording
    TooShort,            // read-aloud: stopped before the digits could be read
    CouldNotPosition,    // the guidance was never satisfied (lastProblem() says which)
};

// One certification on the terminal, as plain logic: first the person is guided until their face is usable
// for a moment running, then the chosen method runs, then an outcome. The screen shows step(), guidance(),
// the current action or the digits; the tests drive it with recorded frames.
class CertificationFlow {
public:
    enum class Step { Positioning, Acting, Reading, Finished };

    struct Settings {
        int readyFrames = 5; // steady usable frames before the method starts
        qint64 positioningTimeoutMs = 45000;
        LivenessSettings liveness;
        ReadAloudCheck::Settings readAloud;
        GuidanceThresholds guidance;
        int actions = 2;
    };

    // The platform's challenge: its actions in its order, or its digits (what a terminal always uses, so the
    // person is guided through exactly what the platform will check).
    CertificationFlow(CertificationMethod method, const CertificationChallenge& challenge);
    CertificationFlow(CertificationMethod method, const CertificationChallenge& challenge, Settings settings);
    // Actions and digits of its own (tests of the guidance alone).
    CertificationFlow(CertificationMethod method, QRandomGenerator& random);
    CertificationFlow(CertificationMethod method, QRandomGenerator& random, Settings settings);

    // Returns true when something the person sees changed (step, guidance, action or outcome).
    bool feed(const FaceMeasurement& measurement);
    // Read-aloud: the person has finished reading (or pressed the button).
    void finishReading(qint64 atMs);

    CertificationMethod method() const { return m_method; }
    Step step() const { return m_step; }
    Guidance guidance() const { return m_guide.current(); }
    Guidance lastProblem() const { return m_lastProblem; }
    LivenessAction currentAction() const { return m_liveness.currentAction(); }
    int actionNumber() const { return m_liveness.currentIndex() + 1; }
    int actionCount() const { return int(m_liveness.actions().size()); }
    QString digits() const { return m_digits; }
    FlowOutcome outcome() const { return m_outcome; }
    // The sharpest usable frame's measurement (the frame itself is kept by the screen): what goes to the
    // matcher.
    std::optional<FaceMeasurement> bestFrame() const { return m_best; }

private:
    CertificationFlow(CertificationMethod method, QList<LivenessAction> actions, QString digits,
                      Settings settings);
    void finish(FlowOutcome outcome);

    CertificationMethod m_method;
    Settings m_settings;
    FaceGuide m_guide;
    LivenessCheck m_liveness;
    ReadAloudCheck m_reading;
    QString m_digits;
    Step m_step = Step::Positioning;
    FlowOutcome m_outcome = FlowOutcome::None;
    Guidance m_lastProblem = Guidance::FindFace;
    int m_readyRun = 0;
    qint64 m_startedAt = -1;
    std::optional<FaceMeasurement> m_best;
};

} // namespace ssc::face
