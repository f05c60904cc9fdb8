#pragma once

#include "certificationflow.h"
#include "faceanalyzer.h"
#include "liveness.h"
#include "readaloud.h"

#include <QImage>
#include <QList>
#include <QString>

namespace ssc::face {

// What the platform concludes from a certification recording (docs/face.md, "The platform decides").
enum class RecordingVerdict {
    Passed,        // the person did what was asked, one continuous face, no replay: compare the best frame
    NoFace,        // no face anywhere in the recording
    FaceLeft,      // the face was out of the picture longer than a moment (brief's reason 6)
    SecondPerson,  // another face appeared (reason 4)
    FaceChanged,   // the face jumped from one frame to the next: a cut between two recordings
    StillImage,    // nothing moves: a picture held up, or the same frame sent again and again
    LoopedVideo,   // a stretch of frames repeats an earlier one exactly: a video played in a loop
    PhotoReused,   // a frame is the photo on file itself
    NoBlink,       // the actions method: no blink anywhere (a photo, a screen replay that never blinks)
    WrongOrder,    // the actions were done, but not in the order asked
    ActionNotSeen, // an action asked for never happened
    NotSpoken,     // read-aloud: the lips never moved
    TooShort,      // read-aloud: too short to have read four digits
};

// The platform's own analysis of a certification recording: the face pipeline run on the decoded frames at
// the times the terminal recorded them, checked against the challenge the platform issued. A plain class
// with no platform types, so tests and the benchmark call it directly. Whatever the terminal concluded
// itself is not an input. Not thread-safe (one analyser, one recording at a time).
class RecordingAnalysis {
public:
    struct Settings {
        int detectEvery = 4;            // detection more often than on the terminal: a second face is news
        qint64 longestGapMs = 600;      // the face may leave the picture no longer than this
        double largestPatchChange = 40; // grey levels, 24x24 face patch, between frames: more is a cut
        // A still picture: yaw and pitch vary less than this (degrees; sensor noise alone moves the landmarks
        // enough for ~2.6), the eye aspect ratio less than this (noise ~0.05, a blink ~0.2), and the mouth's.
        double stillPose = 4.0;
        double stillEyes = 0.07;
        double stillMouth = 0.05;
        int loopRun = 3;         // this many frames running equal to earlier ones: a loop
        double photoReuse = 4.0; // mean grey difference to the photo on file below this: the photo
        LivenessSettings liveness;
        ReadAloudCheck::Settings readAloud;
        FaceAnalyzer::Settings analyzer;
    };

    struct Report {
        RecordingVerdict verdict = RecordingVerdict::NoFace;
        QImage bestFrame;         // the sharpest frame facing the camera with eyes open (when any)
        int frames = 0;           // frames analysed
        int framesWithFace = 0;   // ...of which with a face found
        qint64 durationMs = 0;    // first to last frame
        double photoDistance = 0; // the smallest mean grey difference of a frame to the photo on file (64x48)
    };

    RecordingAnalysis();
    explicit RecordingAnalysis(Settings settings);
    ~RecordingAnalysis();

    // `timesMs`: each frame's time from the start of the recording (as many as frames, never decreasing).
    // `actions` for the actions method, empty for read-aloud. `photoOnFile` may be null (nothing to compare).
    Report analyse(const QList<QImage>& frames, const QList<qint64>& timesMs, CertificationMethod method,
                   const QList<LivenessAction>& actions, const QImage& photoOnFile);
    // Loads the detector and the landmark model ahead of the first recording.
    bool load(QString* error) { return m_analyzer.load(error); }

    // The verdict's code in the API ("wrong_order", …; "passed").
    static QString code(RecordingVerdict verdict);

private:
    Settings m_settings;
    FaceAnalyzer m_analyzer;
};

} // namespace ssc::face
