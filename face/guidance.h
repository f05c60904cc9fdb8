#pragma once

#include "facemeasurement.h"

namespace ssc::face {

// What the person should do next, checked on every frame before anything is sent: the brief's reasons a
// certification fails (养老保险待遇资格认证, "为什么我认证不通过"), turned into things the terminal can see.
enum class Guidance {
    Ready,         // nothing to fix
    FindFace,      // no face in view
    OnlyOnePerson, // reason 4: someone else is in the picture
    MoreLight,     // reason 3: too dark
    KeepInside,    // reason 5: the face is not inside the oval
    ComeCloser,    // reason 5: too far away to see well
    MoveBack,      // reason 5: too close, the face fills more than the oval
    FaceTheScreen, // reason 1: looking up, down or aside
    Uncover,       // reason 2: something covers the eyes, nose or mouth
    HoldStill,     // reason 5: the head is moving, the picture is blurred
};

struct GuidanceThresholds {
    double minBrightness = 70; // mean grey of the face; the dark fixture is ~35, a lit face 150-180
    double minContrast = 15;
    double minWidthShare = 0.45; // of the oval's width
    double maxWidthShare = 1.05;
    double maxYaw = 20;           // degrees either way
    double minPitch = -10;        // looking up (the generic head model reads a level face as ~+8)
    double maxPitch = 28;         // looking down
    double maxEyesCovered = 0.85; // dark glasses ~1.0; closed eyes up to ~0.75, open ones ~0.1
    double maxMouthCovered = 0.8; // a mask ~1.0; lips and teeth ~0.5
    double maxMotion = 0.1;       // share of the eye-corner distance per frame
    double minSharpness = 30;     // the blurred fixture is ~15, a sharp face 60-300
    int settleFrames = 3;         // a problem must show this many frames running before it is said
};

// Turns a stream of measurements into one steady piece of guidance: a problem is told once it has lasted
// settleFrames frames, and the most basic problem first (someone else in view before the light, the light
// before the position...), so a person is never given two things to do at once, and a prompt does not flicker
// with one bad frame. While an action of a liveness challenge is under way (a blink, a nod, a turn, an open
// mouth) only the checks that the action cannot upset are made.
class FaceGuide {
public:
    explicit FaceGuide(GuidanceThresholds thresholds = {}) : m_thresholds(thresholds) {}

    Guidance feed(const FaceMeasurement& measurement, bool actionUnderWay = false);
    Guidance current() const { return m_current; }
    // What this one frame shows, unsmoothed (tests, and the frame evidence's own record).
    Guidance judge(const FaceMeasurement& measurement, bool actionUnderWay = false) const;
    void reset();

    const GuidanceThresholds& thresholds() const { return m_thresholds; }

private:
    GuidanceThresholds m_thresholds;
    Guidance m_current = Guidance::FindFace;
    Guidance m_candidate = Guidance::FindFace;
    int m_candidateFrames = 0;
};

} // namespace ssc::face
