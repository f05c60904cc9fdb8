#include "certificationwords.h"

#include "privacy/masking.h"
#include "session/citizensession.h"

namespace ssc {

CertificationWords::CertificationWords(const CertificationSubject& subject, TerminalMode mode,
                                       const QString& servedName)
{
    if (subject.kind != CertificationSubject::Kind::Self)
        m_name = subject.maskedName;
    else if (mode != TerminalMode::Kiosk)
        m_name = servedName; // staff serve the person logged in: they read about that person
}

CertificationWords::CertificationWords(const CertificationSubject& subject, const ModuleContext& context)
    : CertificationWords(subject, context.mode,
                         context.session ? ssc::mask(context.session->person.name, MaskKind::Name)
                                         : QString())
{}

QString CertificationWords::certifiedUntil(const QString& until) const
{
    return m_name.isEmpty() ? tr("You are certified until %1. Nothing to do before then.").arg(until)
                            : tr("%1 is certified until %2. Nothing to do before then.").arg(m_name, until);
}

QString CertificationWords::due() const
{
    return m_name.isEmpty() ? tr("Your certification is due.") : tr("%1's certification is due.").arg(m_name);
}

QString CertificationWords::dueSince(const QString& lastUntil) const
{
    return m_name.isEmpty()
               ? tr("Your certification is due: the last one covered you until %1.").arg(lastUntil)
               : tr("%1's certification is due: the last one covered them until %2.").arg(m_name, lastUntil);
}

QString CertificationWords::verdict(const QString& outcome) const
{
    if (m_name.isEmpty())
        return {};
    if (outcome == u"certified")
        return tr("Certified: %1's pension continues to be paid for this cycle.").arg(m_name);
    if (outcome == u"already_certified")
        return tr("%1 is already certified for this cycle: nothing more to do.").arg(m_name);
    if (outcome == u"under_review")
        return tr("Received: a member of staff will check the recording, usually within 3 working days. "
                  "Nothing else needs to be done for %1.")
            .arg(m_name);
    if (outcome == u"photo_mismatch")
        return tr("%1's photo on file does not match the face recorded. %1 should ask the social security "
                  "card office to update the photo, then certify again.")
            .arg(m_name);
    if (outcome == u"no_photo_on_file")
        return tr("There is no usable photo of %1 on file. %1 should have one taken at the social security "
                  "card office, then certify again.")
            .arg(m_name);
    return {};
}

} // namespace ssc
