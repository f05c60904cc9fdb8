#pragma once

#include "moduleapi/applicationscreen.h"

namespace ssc {

// 失业保险待遇申领: the platform decides from what it holds whether the benefit is due and for how long
// (12/18/24 months, carried-over months, continued to the retirement age); the screen says so before the
// form, or says why not and what can be claimed instead (subsidy, migrant worker allowance). The form asks
// only where to pay it (the card's own account first) and the commitment; the status shows the review
// (usually within 5 working days).
class BenefitScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit BenefitScreen(const ModuleContext& context, QWidget* parent = nullptr);

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString showStatus() override;

private:
    QString refusalText() const;

    QJsonObject m_entitlement; // GET /me/unemployment-benefit
};

} // namespace ssc
