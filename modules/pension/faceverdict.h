#pragma once

#include "certificationflow.h"
#include "moduleapi/designsystem.h"
#include "platform/platformresult.h"

#include <optional>

namespace ssc {

// How the end of a certification by face looks: a success, a failure, or a wait, so the screen draws it in
// that tone's colour with its icon and words (never a failure in a green oval). Nothing while the attempt
// goes on. `kept`: a home visit's attempt waiting in the outbox; `keepFailed`: the outbox could not keep it.
std::optional<design::Tone> faceVerdict(const face::CertificationFlow* flow,
                                        const std::optional<PlatformResult>& answer, bool kept,
                                        bool keepFailed);

} // namespace ssc
