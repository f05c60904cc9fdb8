#include "pensionservice.h"

#include "certificationscreen.h"
#include "facecertificationscreen.h"
#include "faceconsentscreen.h"
#include "familyscreen.h"
#include "stafflookupscreen.h"

#include <QRandomGenerator>

namespace ssc {

PensionService::PensionService(const ModuleContext& context, Start start, QWidget* parent)
    : QStackedWidget(parent), m_context(context)
{
    if (start == Start::Staff)
        pushStaffLookup();
    else
        pushStatus(CertificationSubject::self());
}

void PensionService::push(QWidget* page)
{
    addWidget(page);
    setCurrentWidget(page);
}

void PensionService::pop()
{
    QWidget* page = currentWidget();
    if (count() <= 1)
        return m_context.back ? m_context.back() : void();
    removeWidget(page);
    page->deleteLater();
    setCurrentIndex(count() - 1);
}

ModuleContext PensionService::pageContext()
{
    ModuleContext context = m_context;
    if (count() > 0) // the first page's Back leaves the service
        context.back = [this] { pop(); };
    return context;
}

void PensionService::pushStatus(const CertificationSubject& subject)
{
    auto* status = new CertificationScreen(pageContext(), subject, this);
    connect(status, &CertificationScreen::certifyByFace, this,
            [this, subject](face::CertificationMethod method) { pushConsent(subject, method); });
    connect(status, &CertificationScreen::openFamily, this, &PensionService::pushFamily);
    push(status);
}

void PensionService::pushConsent(const CertificationSubject& subject, face::CertificationMethod method)
{
    // The notice and the person's agreement first: the face screen, which opens the camera, comes only once
    // the platform has recorded it (docs/face.md, "Consent").
    auto* consent = new FaceConsentScreen(pageContext(), subject, this);
    connect(consent, &FaceConsentScreen::closed, this, &PensionService::pop);
    connect(consent, &FaceConsentScreen::agreed, this, [this, consent, subject, method] {
        if (currentWidget() != consent)
            return;
        pop();
        pushFace(subject, method);
    });
    push(consent);
}

void PensionService::pushFace(const CertificationSubject& subject, face::CertificationMethod method)
{
    auto* face = new FaceCertificationScreen(pageContext(), subject, method,
                                             QRandomGenerator::system()->generate(), this);
    connect(face, &FaceCertificationScreen::closed, this, &PensionService::pop);
    push(face);
}

void PensionService::pushFamily()
{
    auto* family = new FamilyScreen(pageContext(), this);
    connect(family, &FamilyScreen::certifyMember, this, [this](qint64 binding, const QString& name) {
        pushStatus(CertificationSubject::familyMember(binding, name));
    });
    push(family);
}

void PensionService::pushStaffLookup()
{
    auto* lookup = new StaffLookupScreen(pageContext(), this);
    connect(lookup, &StaffLookupScreen::found, this, [this](qint64 person, const QString& name) {
        pushStatus(CertificationSubject::byStaff(person, name));
    });
    push(lookup);
}

CitizenConfirmation* PensionService::confirmationPage() const
{
    return dynamic_cast<CitizenConfirmation*>(currentWidget());
}

bool PensionService::awaitingConfirmation() const
{
    const CitizenConfirmation* page = confirmationPage();
    return page && page->awaitingConfirmation();
}

void PensionService::confirmWithCode(const QString& code)
{
    if (CitizenConfirmation* page = confirmationPage())
        page->confirmWithCode(code);
}

void PensionService::confirmWithCard(const QJsonObject& cardProof)
{
    if (CitizenConfirmation* page = confirmationPage())
        page->confirmWithCard(cardProof);
}

void PensionService::confirmationFailed()
{
    if (CitizenConfirmation* page = confirmationPage())
        page->confirmationFailed();
}

} // namespace ssc
