#pragma once

#include "facemeasurement.h"
#include "guidance.h"

#include <QString>

class QRandomGenerator;

namespace ssc::face {

// 读数认证: four random digits on the screen, read aloud facing the screen while video and sound are
// recorded. The recording is evidence a clerk reviews; this check makes sure it is worth reviewing before it
// is sent: the face is in view the whole time (reason 6 of the brief: "请完整录制整个过程") and the lips move
// (a photo held up, or someone silent, does not read anything).
class ReadAloudCheck {
public:
    enum class State { Recording, Complete, Incomplete, NotSpoken, TooShort };

    struct Settings {
        qint64 minimumMs = 2500;   // four digits take about two seconds to read
        qint64 maximumMs = 12000;  // stopped for the person after this
        qint64 longestGapMs = 600; // the face may leave the picture no longer than this
        double lipMovement = 0.12; // range of the mouth aspect ratio while reading
    };

    ReadAloudCheck() : ReadAloudCheck(Settings{}) {}
    explicit ReadAloudCheck(Settings settings) : m_settings(settings) {}

    // Four digits, not all the same, no run of four (1234): numbers a recording made earlier is unlikely to
    // fit.
    static QString randomDigits(QRandomGenerator& random);

    State feed(const FaceMeasurement& measurement, Guidance guidance);
    // The person pressed "done" (or the time ran out).
    State finish(qint64 atMs);
    State state() const { return m_state; }
    qint64 elapsedMs() const { return m_startedAt < 0 ? 0 : m_lastAt - m_startedAt; }

private:
    Settings m_settings;
    State m_state = State::Recording;
    qint64 m_startedAt = -1;
    qint64 m_lastAt = -1;
    qint64 m_lastFaceAt = -1;
    double m_lowestMar = 1e9, m_highestMar = -1e9;
};

} // namespace ssc::face
