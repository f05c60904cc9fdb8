#include "faceloginscreen.h"

#include "certificationsubject.h"
#include "facecertificationscreen.h"
#include "faceconsentscreen.h"
#include "faceloginclaimpage.h"

#include <QRandomGenerator>
#include <QStackedLayout>

namespace ssc {

FaceLoginScreen::FaceLoginScreen(const ModuleContext& context, QJsonObject claim, QWidget* parent)
    : QWidget(parent), m_context(context), m_pages(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("screen"));
    if (!claim.isEmpty()) {
        showNotice(claim);
        return;
    }
    m_claimPage = new FaceLoginClaimPage(context, this);
    m_pages->addWidget(m_claimPage);
    connect(m_claimPage, &FaceLoginClaimPage::claimed, this, &FaceLoginScreen::showNotice);
    connect(m_claimPage, &FaceLoginClaimPage::closed, this, &FaceLoginScreen::closed);
}

QWidget* FaceLoginScreen::currentPage() const
{
    return m_pages->currentWidget();
}

void FaceLoginScreen::back()
{
    // To the ID number and name when they were typed here (to correct them), else out of the face login.
    if (!m_claimPage)
        return emit closed();
    m_pages->setCurrentWidget(m_claimPage);
}

void FaceLoginScreen::showNotice(const QJsonObject& claim)
{
    delete m_consent;
    m_consent = new FaceConsentScreen(m_context, CertificationSubject::login(claim), this);
    m_pages->addWidget(m_consent);
    m_pages->setCurrentWidget(m_consent);
    connect(m_consent, &FaceConsentScreen::agreed, this, [this, claim] { showFace(claim); });
    connect(m_consent, &FaceConsentScreen::closed, this, &FaceLoginScreen::back);
}

void FaceLoginScreen::showFace(const QJsonObject& claim)
{
    delete m_face; // a face screen left before is not resumed: a new challenge for a new start
    m_face = new FaceCertificationScreen(m_context, CertificationSubject::login(claim),
                                         face::CertificationMethod::Actions,
                                         QRandomGenerator::global()->generate(), this);
    m_pages->addWidget(m_face);
    m_pages->setCurrentWidget(m_face);
    connect(m_face, &FaceCertificationScreen::signedIn, this, &FaceLoginScreen::signedIn);
    connect(m_face, &FaceCertificationScreen::closed, this, &FaceLoginScreen::back);
}

} // namespace ssc
