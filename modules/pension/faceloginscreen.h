#pragma once

#include "moduleapi/servicemodule.h"

#include <QJsonObject>
#include <QWidget>

class QStackedLayout;

namespace ssc {

class FaceCertificationScreen;
class FaceConsentScreen;
class FaceLoginClaimPage;

// Signing in at a kiosk by face instead of a forgotten PIN (docs/card-services.md, "Face instead of a
// forgotten PIN"): who the person says they are (the card in the reader, or their ID number and name typed),
// the notice about their face and their tap to agree, then the face screen with the platform's actions. The
// platform decides from the recording; this screen hands its login answer to the shell.
class FaceLoginScreen : public QWidget {
    Q_OBJECT
public:
    // `claim`: {"cardIdentifier"} of the card in the reader; empty: the person types their ID number and
    // name.
    FaceLoginScreen(const ModuleContext& context, QJsonObject claim, QWidget* parent = nullptr);

    QWidget* currentPage() const;
    FaceLoginClaimPage* claimPage() const { return m_claimPage; }
    FaceConsentScreen* consentScreen() const { return m_consent; }
    FaceCertificationScreen* faceScreen() const { return m_face; } // null before the notice is agreed

signals:
    void signedIn(const QJsonObject& answer); // the platform's login answer, a session of method "face"
    void closed();

private:
    void showNotice(const QJsonObject& claim);
    void showFace(const QJsonObject& claim);
    void back();

    ModuleContext m_context;
    QStackedLayout* m_pages;
    FaceLoginClaimPage* m_claimPage = nullptr;
    FaceConsentScreen* m_consent = nullptr;
    FaceCertificationScreen* m_face = nullptr;
};

} // namespace ssc
