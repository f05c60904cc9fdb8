#include "facescreenwords.h"

#include "facecertificationscreen.h"

namespace ssc::facewords {

QString guidance(face::Guidance guidance)
{
    switch (guidance) {
    case face::Guidance::Ready:
        return FaceCertificationScreen::tr("Good. Hold it there.");
    case face::Guidance::FindFace:
        return FaceCertificationScreen::tr("Put your face inside the oval.");
    case face::Guidance::OnlyOnePerson:
        return FaceCertificationScreen::tr(
            "Only you should be in the picture: please ask others to step away.");
    case face::Guidance::MoreLight:
        return FaceCertificationScreen::tr(
            "It is too dark: please turn on a light or move somewhere brighter.");
    case face::Guidance::KeepInside:
        return FaceCertificationScreen::tr("Move your face to the middle of the oval.");
    case face::Guidance::ComeCloser:
        return FaceCertificationScreen::tr("Please come a little closer.");
    case face::Guidance::MoveBack:
        return FaceCertificationScreen::tr("Please move back a little.");
    case face::Guidance::FaceTheScreen:
        return FaceCertificationScreen::tr("Face the screen: do not look up, down or aside.");
    case face::Guidance::Uncover:
        return FaceCertificationScreen::tr("Do not cover your eyes, nose or mouth.");
    case face::Guidance::HoldStill:
        return FaceCertificationScreen::tr("Please hold your head still.");
    }
    return {};
}

QString action(face::LivenessAction action)
{
    switch (action) {
    case face::LivenessAction::Blink:
        return FaceCertificationScreen::tr("Please blink.");
    case face::LivenessAction::Nod:
        return FaceCertificationScreen::tr("Please nod.");
    case face::LivenessAction::TurnHead:
        return FaceCertificationScreen::tr("Turn your head slowly to one side, then back.");
    case face::LivenessAction::OpenMouth:
        return FaceCertificationScreen::tr("Open your mouth, then close it.");
    }
    return {};
}

QString actionName(face::LivenessAction action)
{
    switch (action) {
    case face::LivenessAction::Blink:
        return FaceCertificationScreen::tr("blink", "the action asked, in the title");
    case face::LivenessAction::Nod:
        return FaceCertificationScreen::tr("nod", "the action asked, in the title");
    case face::LivenessAction::TurnHead:
        return FaceCertificationScreen::tr("turn your head", "the action asked, in the title");
    case face::LivenessAction::OpenMouth:
        return FaceCertificationScreen::tr("open your mouth", "the action asked, in the title");
    }
    return {};
}

QString Purpose::title() const
{
    return m_login ? FaceCertificationScreen::tr("Sign in with your face")
                   : FaceCertificationScreen::tr("Certification by face");
}

QString Purpose::titleDoing(face::LivenessAction doing) const
{
    return m_login ? FaceCertificationScreen::tr("Sign in with your face: %1").arg(actionName(doing))
                   : FaceCertificationScreen::tr("Certification by face: %1").arg(actionName(doing));
}

QString Purpose::notPossibleHere() const
{
    return m_login
               ? FaceCertificationScreen::tr("Signing in by face is not possible at this terminal now.")
               : FaceCertificationScreen::tr("Certification by face is not possible at this terminal now.");
}

QString Purpose::whereElse() const
{
    return m_login ? FaceCertificationScreen::tr(
                         "Show your e-card QR code instead, or ask at a service counter: they can reset your "
                         "card's PIN.")
                   : FaceCertificationScreen::tr("The staff at a service counter can certify you.");
}

QString Purpose::preparing() const
{
    return m_login ? FaceCertificationScreen::tr("Getting ready to look at your face…")
                   : FaceCertificationScreen::tr("Preparing your certification…");
}

QString Purpose::cannotStart() const
{
    return m_login ? FaceCertificationScreen::tr("Signing in by face cannot start now.")
                   : FaceCertificationScreen::tr("The certification cannot start now.");
}

QString Purpose::sending() const
{
    return m_login ? FaceCertificationScreen::tr("Well done. Checking your face…")
                   : FaceCertificationScreen::tr("Well done. Sending your certification…");
}

QString Purpose::notSent() const
{
    return m_login ? FaceCertificationScreen::tr("You are not signed in.")
                   : FaceCertificationScreen::tr("Your certification could not be sent.");
}

} // namespace ssc::facewords
