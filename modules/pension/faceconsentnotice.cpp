#include "faceconsentnotice.h"

#include "pension/faceconsent.h"

namespace ssc {

FaceConsentNotice::FaceConsentNotice(const CertificationSubject& subject, TerminalMode mode)
    : m_subject(subject), m_mode(mode)
{}

QString FaceConsentNotice::version()
{
    return faceConsentNoticeVersion();
}

QString FaceConsentNotice::title() const
{
    if (m_subject.isLogin())
        return tr("Before we look at your face");
    if (m_subject.kind == CertificationSubject::Kind::Self)
        return tr("Before we record your face");
    return tr("%1, before we record your face", "the person being certified, masked")
        .arg(m_subject.maskedName);
}

QString FaceConsentNotice::askedBy() const
{
    switch (m_subject.kind) {
    case CertificationSubject::Kind::FamilyMember:
        return tr("Who is asking: your family member who is signed in here, through the family service, to "
                  "certify your pension for you.");
    case CertificationSubject::Kind::ByStaff:
        return m_mode == TerminalMode::Field
                   ? tr("Who is asking: the social security staff member visiting you, to certify your "
                        "pension.")
                   : tr("Who is asking: the clerk at this counter, to certify your pension.");
    case CertificationSubject::Kind::Login: // only at a kiosk, the person asking for themself
        return {};
    case CertificationSubject::Kind::Self:
        break;
    }
    return m_mode == TerminalMode::Kiosk
               ? QString()
               : tr("Who is asking: the clerk at this counter, who is helping you.");
}

QList<FaceConsentNotice::Point> FaceConsentNotice::points() const
{
    if (m_subject.isLogin()) // nothing of the recording is kept: another purpose, other answers
        return {
            {tr("What is recorded"), tr("A short video of your face while you follow the prompts.")},
            {tr("Why"), tr("Only to sign you in at this kiosk instead of your card's PIN. It is used for "
                           "nothing else.")},
            {tr("How long it is kept"),
             tr("The video is not kept: it is checked at once and deleted. Only the result is kept for 180 "
                "days: whether you were signed in, when, and at which kiosk.")},
            {tr("Who sees it"), tr("Nobody. The social security office's computer compares your face with "
                                   "the photo on file for you.")},
        };
    return {
        {tr("What is recorded"), tr("A short video of your face while you follow the prompts. If you read "
                                    "numbers aloud, also the sound of your voice.")},
        {tr("Why"), tr("Only to confirm that you can keep receiving your pension (pension "
                       "certification). It is used for nothing else.")},
        {tr("How long it is kept"), tr("The recordings are kept for 180 days, then deleted. After that only "
                                       "the result is kept: whether and when you were certified.")},
        {tr("Who sees it"), tr("The social security office's computer compares your face with the photo on "
                               "your card. If you read numbers aloud, a clerk listens to the recording to "
                               "check the numbers.")},
    };
}

QString FaceConsentNotice::choice() const
{
    if (m_subject.isLogin())
        return tr("It is your choice. If you do not agree, nothing is recorded: show your e-card QR code "
                  "instead, or ask at a service counter.");
    return tr("It is your choice. If you do not agree, nothing is recorded: ask at a social security counter "
              "about other ways to certify. You can withdraw your agreement on this screen at any time.");
}

bool FaceConsentNotice::needsTheirOwnCode() const
{
    if (m_subject.isLogin())
        return false; // the agreement goes with the login's own request; there is no session to confirm it
    return !(m_subject.kind == CertificationSubject::Kind::Self && m_mode == TerminalMode::Kiosk);
}

QString FaceConsentNotice::ownCodePrompt() const
{
    if (m_subject.kind == CertificationSubject::Kind::Self)
        return tr(
            "To agree, show your own e-card code to the scanner, or insert your social security card and "
            "enter its PIN. Only you can agree.");
    return tr("To agree, %1 shows their own e-card code to the scanner, or inserts their social security "
              "card "
              "and enters its PIN. Only %1 can agree, nobody else.",
              "the person being certified, masked")
        .arg(m_subject.maskedName);
}

QString FaceConsentNotice::fullText() const
{
    QStringList parts{title()};
    if (!askedBy().isEmpty())
        parts.append(askedBy());
    for (const Point& point : points())
        parts.append(point.heading + QStringLiteral(": ") + point.text);
    parts.append(choice());
    return parts.join(QLatin1Char('\n'));
}

} // namespace ssc
