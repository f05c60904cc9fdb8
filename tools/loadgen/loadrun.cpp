#include "loadrun.h"

#include "facesequences.h"
#include "liveness.h"

#include <QDate>

namespace ssc::loadgen {

PlatformConfig LoadRun::clientConfig() const
{
    PlatformConfig config;
    config.baseUrl = m_options.url;
    config.terminalId = m_options.terminalId;
    config.terminalSecret = m_options.terminalSecret;
    config.mode = TerminalMode::Kiosk;
    config.timeoutMs = m_options.timeoutMs;
    config.pinnedCertificateSha256 = m_options.pin;
    return config;
}

std::pair<QString, int> LoadRun::recordFor(const QString& cardRegion) const
{
    const QString province = cardRegion.left(2) + QStringLiteral("0000");
    return {province, m_provinceYears.value(province, QDate::currentDate().year() - 1)};
}

// The platform's challenges ask for two actions, always a blink, in either order (docs/api.md, "Pension
// certification"): six recordings cover them all. Made once, before the clock starts, so building frames
// does not stall the terminals being measured.
void LoadRun::prepareRecordings()
{
    using face::LivenessAction;
    const QList<LivenessAction> others = {LivenessAction::Nod, LivenessAction::TurnHead,
                                          LivenessAction::OpenMouth};
    for (LivenessAction other : others) {
        for (const QList<LivenessAction>& actions : {QList<LivenessAction>{LivenessAction::Blink, other},
                                                     QList<LivenessAction>{other, LivenessAction::Blink}}) {
            QStringList names;
            for (LivenessAction action : actions)
                names << face::livenessActionName(action);
            const auto made =
                face::fixtures::recorded(face::fixtures::framesOf(face::fixtures::doing(actions)));
            m_recordings.insert(names.join(u','), {made.avi, made.timesMs});
        }
    }
}

std::optional<PreparedRecording> LoadRun::recording(const QStringList& actions) const
{
    const auto found = m_recordings.constFind(actions.join(u','));
    if (found == m_recordings.constEnd())
        return std::nullopt;
    return found.value();
}

void LoadRun::startClock()
{
    m_clock.start();
}

bool LoadRun::mayStart() const
{
    return m_startedCalls < m_options.maxRequests && m_clock.elapsed() < qint64(m_options.seconds) * 1000;
}

} // namespace ssc::loadgen
