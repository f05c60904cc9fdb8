#pragma once

#include "moduleapi/servicemodule.h"

#include <QStackedWidget>

namespace ssc {

class CertificationScreen;

// The pension certification service as one screen: the status first (CertificationScreen), the certification
// by face over it when the person starts one, and back to the status when they leave it.
class PensionService : public QStackedWidget {
    Q_OBJECT
public:
    explicit PensionService(const ModuleContext& context, QWidget* parent = nullptr);
    CertificationScreen* status() const { return m_status; }

private:
    ModuleContext m_context;
    CertificationScreen* m_status;
};

} // namespace ssc
