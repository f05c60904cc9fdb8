#pragma once

#include "moduleapi/applicationscreen.h"

namespace ssc {

// 办理失业登记: who may register is checked before anything is typed (age under the 2025 rules; the platform
// adds pension and earlier registrations); a registration already filed shows its review status instead
// ("失业登记审核结果"); then the three steps, the review with the commitment, filed once.
class RegistrationScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit RegistrationScreen(const ModuleContext& context, QWidget* parent = nullptr);

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString reviewIntroText() const override { return {}; } // the steps are behind: nothing to say again
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString showStatus() override;
};

} // namespace ssc
