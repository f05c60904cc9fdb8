#pragma once

#include "moduleapi/applicationscreen.h"

namespace ssc {

// The unemployment claims (docs/unemployment-benefits.md): 失业保险金 and, on the same screen, 失业补助金,
// 农民工一次性生活补助 and 临时生活补助. The platform decides from what it holds which are due and for how
// long (GET /me/unemployment-benefit); the screen says so before the form, or says why not — and where
// another of the four is due, one tap leads into that claim (and into the registration where that comes
// first). The form asks only where to pay it (the card's own account first), the phone, and for the benefit
// and the subsidy that the person looks for work; the status shows the review (usually within 5 working
// days).
class BenefitScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit BenefitScreen(const ModuleContext& context,
                           const QString& kind = QStringLiteral("unemployment-benefit"),
                           QWidget* parent = nullptr);

    // The claim a refusal leads into (empty: none is due).
    QString claimOffered() const { return m_offered; }
    // Refused because the person is not registered as unemployed: the refusal leads into the registration.
    bool leadsIntoRegistration() const { return m_registerFirst && context().openService; }
    // The bank sent the latest claim's money back: the status page offers to pay it to another card, and this
    // opens that form (core/payouts/payoutaccountform.h), filed to the payout, not as a new claim.
    void payToAnotherCard();

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString filingPath() const override;
    void filed(const QJsonObject& answer) override;
    QString filedHeadline() const override;
    QString showStatus() override;
    std::optional<StatusEnd> statusEnd() const override;
    bool returnedPayout() const; // the latest claim approved, its payout returned by the bank
    // Refused, with another benefit due: headed by the way on, not by the refusal.
    design::Tone refusalTone() const override;
    QString refusalHeadline() const override;

private:
    QString refusalText();
    QJsonObject claim() const; // this kind's answer among the other benefits
    bool isInsuranceBenefit() const { return kind() == u"unemployment-benefit"; }

    QJsonObject m_entitlement; // GET /me/unemployment-benefit
    QString m_offered;
    bool m_registerFirst = false;
    bool m_payingAgain = false; // the form open is the returned payment's new card
};

} // namespace ssc
