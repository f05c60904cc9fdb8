#pragma once

#include "certificationflow.h"
#include "certificationsubject.h"
#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/servicemodule.h"

#include <QStackedWidget>

namespace ssc {

class CertificationScreen;

// The pension certification service as one screen with pages on a stack: the status of whoever is certified,
// the certification by face over it, the family service, and (for staff) finding the person first. Each
// page's Back goes to the page under it; the first page's goes home.
class PensionService : public QStackedWidget, public CitizenConfirmation {
    Q_OBJECT
public:
    enum class Start {
        Self,  // the person served
        Staff, // 代他人认证 at a counter, or a home visit: staff find the person first
    };
    PensionService(const ModuleContext& context, Start start, QWidget* parent = nullptr);

    // The page on top, for tests.
    QWidget* top() const { return currentWidget(); }

    bool awaitingConfirmation() const override;
    void confirmWithCode(const QString& code) override;
    void confirmWithCard(const QJsonObject& cardProof) override;
    void confirmationFailed() override;

private:
    void push(QWidget* page);
    void pop();
    ModuleContext pageContext();
    void pushStatus(const CertificationSubject& subject);
    void pushConsent(const CertificationSubject& subject, face::CertificationMethod method);
    void pushFace(const CertificationSubject& subject, face::CertificationMethod method);
    void pushFamily();
    void pushStaffLookup();
    CitizenConfirmation* confirmationPage() const;

    ModuleContext m_context;
};

} // namespace ssc
