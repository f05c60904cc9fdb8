#include "certificationflow.h"

#include <QRandomGenerator>

namespace ssc::face {
namespace {

FlowOutcome outcomeOf(ReadAloudCheck::State state)
{
    switch (state) {
    case ReadAloudCheck::State::Recording:
        return FlowOutcome::None;
    case ReadAloudCheck::State::Complete:
        return FlowOutcome::Passed;
    case ReadAloudCheck::State::Incomplete:
        return FlowOutcome::RecordingIncomplete;
    case ReadAloudCheck::State::NotSpoken:
        return FlowOutcome::NotSpoken;
    case ReadAloudCheck::State::TooShort:
        return FlowOutcome::TooShort;
    }
    return FlowOutcome::None;
}

} // namespace

CertificationFlow::CertificationFlow(CertificationMethod method, QRandomGenerator& random)
    : CertificationFlow(method, random, Settings{})
{}

CertificationFlow::CertificationFlow(CertificationMethod method, QRandomGenerator& random, Settings settings)
    : CertificationFlow(method, LivenessCheck::randomActions(random, settings.actions),
                        method == CertificationMethod::ReadAloud ? ReadAloudCheck::randomDigits(random)
                                                                 : QString(),
                        settings)
{}

CertificationFlow::CertificationFlow(CertificationMethod method, const CertificationChallenge& challenge)
    : CertificationFlow(method, challenge, Settings{})
{}

CertificationFlow::CertificationFlow(CertificationMethod method, const CertificationChallenge& challenge,
                                     Settings settings)
    : CertificationFlow(method, challenge.actions,
                        method == CertificationMethod::ReadAloud ? challenge.digits : QString(), settings)
{}

CertificationFlow::CertificationFlow(CertificationMethod method, QList<LivenessAction> actions,
                                     QString digits, Settings settings)
    : m_method(method), m_settings(settings), m_guide(settings.guidance),
      m_liveness(std::move(actions), settings.liveness), m_reading(settings.readAloud),
      m_digits(std::move(digits))
{}

void CertificationFlow::finish(FlowOutcome outcome)
{
    m_outcome = outcome;
    m_step = Step::Finished;
}

bool CertificationFlow::feed(const FaceMeasurement& m)
{
    if (m_step == Step::Finished)
        return false;
    if (m_startedAt < 0)
        m_startedAt = m.atMs;
    const Step stepBefore = m_step;
    const Guidance guidanceBefore = m_guide.current();
    const int actionBefore = m_liveness.currentIndex();

    const bool acting = m_step == Step::Reading || (m_step == Step::Acting && m_liveness.actionUnderWay());
    const Guidance guidance = m_guide.feed(m, acting);
    if (guidance != Guidance::Ready)
        m_lastProblem = guidance;
    if (guidance == Guidance::Ready && m.hasLandmarks && (!m_best || m.sharpness > m_best->sharpness))
        m_best = m;

    switch (m_step) {
    case Step::Positioning:
        m_readyRun = guidance == Guidance::Ready ? m_readyRun + 1 : 0;
        if (m_readyRun >= m_settings.readyFrames)
            m_step = m_method == CertificationMethod::Actions ? Step::Acting : Step::Reading;
        else if (m.atMs - m_startedAt > m_settings.positioningTimeoutMs)
            finish(FlowOutcome::CouldNotPosition);
        break;
    case Step::Acting:
        // Frames the guidance finds unusable are not judged (a dark frame is not a closed eye), but the
        // action's time keeps running.
        if (guidance == Guidance::Ready || m_liveness.actionUnderWay() || !m.hasLandmarks)
            m_liveness.feed(m);
        if (m_liveness.state() == LivenessCheck::State::Passed)
            finish(FlowOutcome::Passed);
        else if (m_liveness.state() == LivenessCheck::State::Failed)
            finish(FlowOutcome::ActionNotSeen);
        break;
    case Step::Reading:
        if (const FlowOutcome outcome = outcomeOf(m_reading.feed(m, guidance)); outcome != FlowOutcome::None)
            finish(outcome);
        break;
    case Step::Finished:
        break;
    }
    return m_step != stepBefore || m_guide.current() != guidanceBefore ||
           m_liveness.currentIndex() != actionBefore;
}

void CertificationFlow::finishReading(qint64 atMs)
{
    if (m_step != Step::Reading)
        return;
    const FlowOutcome outcome = outcomeOf(m_reading.finish(atMs));
    finish(outcome == FlowOutcome::None ? FlowOutcome::TooShort : outcome);
}

} // namespace ssc::face
