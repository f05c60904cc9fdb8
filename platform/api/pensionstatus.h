#pragma once

#include "services.h"

#include <optional>

namespace ssc::platform {

// A person's pension certification as GET /me/pension-certification answers it: for the person served, or for
// a parent bound through the family service.
// Who reads the answer: the person themselves ("You do not draw a pension…"), or someone acting for them —
// the clerk at a counter, a visiting staff member, a son or daughter (家人) — who is told about "this
// person".
enum class PensionReader { ThePerson, SomeoneElse };
ApiResult pensionCertificationOf(PlatformServices& services, qint64 personId,
                                 PensionReader reader = PensionReader::ThePerson);

// Whether the person draws a pension: a certification record (pension_certifications) or an enrolment marked
// retired. Who may register as unemployed, transfer a relation or estimate a pension all ask this one
// question. Empty optional: the database failed.
std::optional<bool> drawsPension(PlatformServices& services, qint64 personId);

// One certification attempt for `personId` (POST …/pension-certification/attempts, docs/api.md): the person
// served, a parent through the family service, or someone a clerk or visiting staff member certifies.
// `filedBy`: who filed it for them (a staff username, "family"), empty for the person themself.
// The body an attempt may have: its recording (at most 10 MB) and sound as base64 inside JSON, 4/3 of them.
constexpr qint64 largestAttemptBody = 14 * 1024 * 1024;
// Its heavy part (decoding, analysis, comparison) is deferred to the worker pool.
Reply certificationAttempt(PlatformServices& services, RequestContext& context, qint64 personId,
                           const QString& filedBy);

} // namespace ssc::platform
