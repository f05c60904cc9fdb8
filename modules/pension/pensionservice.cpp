#include "pensionservice.h"

#include "certificationscreen.h"
#include "facecertificationscreen.h"

#include <QRandomGenerator>

namespace ssc {

PensionService::PensionService(const ModuleContext& context, QWidget* parent)
    : QStackedWidget(parent), m_context(context), m_status(new CertificationScreen(context, this))
{
    addWidget(m_status);
    connect(m_status, &CertificationScreen::certifyByFace, this, [this](face::CertificationMethod method) {
        auto* face =
            new FaceCertificationScreen(m_context, method, QRandomGenerator::system()->generate(), this);
        connect(face, &FaceCertificationScreen::closed, this, [this, face] {
            setCurrentWidget(m_status);
            face->deleteLater();
        });
        addWidget(face);
        setCurrentWidget(face);
    });
}

} // namespace ssc
