#include "faceverdict.h"

namespace ssc {

std::optional<design::Tone> faceVerdict(const face::CertificationFlow* flow,
                                        const std::optional<PlatformResult>& answer, bool kept,
                                        bool keepFailed)
{
    using design::Tone;
    if (!flow || flow->step() != face::CertificationFlow::Step::Finished)
        return std::nullopt;
    if (flow->outcome() != face::FlowOutcome::Passed || keepFailed)
        return Tone::Error;
    if (kept)
        return Tone::Info; // kept, not yet sent: the platform decides once it has the recording, not the
                           // terminal
    if (!answer)
        return std::nullopt; // still being sent
    if (!answer->ok())
        return Tone::Error;
    if (answer->body.contains(QStringLiteral("session")))
        return Tone::Success; // a face login's answer: the person is signed in
    const QString outcome = answer->body.value(QStringLiteral("outcome")).toString();
    if (outcome == u"certified" || outcome == u"already_certified")
        return Tone::Success;
    if (outcome == u"under_review")
        return Tone::Info;
    return Tone::Error; // the platform saw something wrong in the recording, or the photo does not match
}

} // namespace ssc
