#pragma once

#include "moduleapi/applicationscreen.h"

namespace ssc {

class ChoiceButtons;

// The services after unemployment registration (docs/unemployment-benefits.md, "Services after
// registration"): four tiles — policy advice, job seeking and training, starting a business, employment
// assistance. On a kiosk one tap asks for the service (filed once, like any application, as kind
// employment-service); at a counter the tap opens the review for the citizen to confirm. The result page
// says the office will contact them, with the receipt; the requests made and how they stand are listed
// under the tiles and in "my applications".
class EmploymentServicesScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit EmploymentServicesScreen(const ModuleContext& context, QWidget* parent = nullptr);

    ChoiceButtons* offers() const { return m_offers; }
    void ask(const QString& offer); // what a tap on a tile does

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString showStatus() override;
    bool mayApplyAgain() const override { return false; } // the tiles are always there

private:
    QString servedCitizen() const; // the citizen staff are serving, masked; empty on a kiosk
    ChoiceButtons* m_offers;
};

} // namespace ssc
