#include "benefitscreen.h"

#include "payments/money.h"
#include "payouts/payoutaccountform.h"
#include "payouts/payoutprogress.h"
#include "platform/platformclient.h"
#include "unemployment/benefitclaimform.h"

#include <QJsonArray>

namespace ssc {
BenefitScreen::BenefitScreen(const ModuleContext& context, const QString& kind, QWidget* parent)
    : ApplicationScreen(context, kind, parent)
{
    connect(result(), &ResultPage::nextServiceRequested, this, [this] {
        if (page() == Page::Status && returnedPayout())
            payToAnotherCard();
        else if (!m_offered.isEmpty())
            switchKind(std::exchange(m_offered, QString()));
        else if (leadsIntoRegistration())
            this->context().openService(QStringLiteral("unemployment-registration"));
    });
    load();
}

void BenefitScreen::payToAnotherCard()
{
    m_payingAgain = true;
    openForm(payouts::payoutAccountForm());
    // After the form opened: its first drawing still ran on the status page, which offers the way in again.
    result()->offerNextService({});
}

QString BenefitScreen::filingPath() const
{
    if (!m_payingAgain)
        return ApplicationScreen::filingPath();
    return QStringLiteral("/api/v1/me/payouts/%1/account")
        .arg(applications().first().value(QStringLiteral("receipt")).toString());
}

void BenefitScreen::filed(const QJsonObject& answer)
{
    if (!m_payingAgain)
        return ApplicationScreen::filed(answer);
    QJsonObject latest = applications().first(); // the claim, its payment due again
    latest.insert(QStringLiteral("payout"), answer.value(QStringLiteral("payout")));
    replaceLatestApplication(latest);
}

QString BenefitScreen::filedHeadline() const
{
    return m_payingAgain ? tr("It will be paid again") : ApplicationScreen::filedHeadline();
}

QJsonObject BenefitScreen::claim() const
{
    for (const QJsonValue& c : m_entitlement.value(QStringLiteral("claims")).toArray())
        if (c.toObject().value(QStringLiteral("kind")).toString() == kind())
            return c.toObject();
    return {};
}

void BenefitScreen::beforeForm()
{
    if (!context().platform)
        return;
    context().platform->get(
        QStringLiteral("/api/v1/me/unemployment-benefit"),
        [this](const PlatformResult& result) {
            if (!result.ok())
                return refuse([result] { return result.messageAndAdvice(); });
            m_entitlement = result.body;
            m_offered.clear();
            const QJsonObject source = isInsuranceBenefit() ? m_entitlement : claim();
            m_registerFirst = source.value(QStringLiteral("code")).toString() == u"not_registered";
            const bool due = isInsuranceBenefit() ? m_entitlement.value(QStringLiteral("entitled")).toBool()
                                                  : claim().value(QStringLiteral("entitled")).toBool();
            if (!due) {
                // The first of the other claims that is due, offered with one tap.
                for (const QJsonValue& c : m_entitlement.value(QStringLiteral("claims")).toArray())
                    if (c.toObject().value(QStringLiteral("entitled")).toBool() &&
                        c.toObject().value(QStringLiteral("kind")).toString() != kind()) {
                        m_offered = c.toObject().value(QStringLiteral("kind")).toString();
                        break;
                    }
                return refuse([this] { return refusalText(); });
            }
            QString cardAccount;
            for (const QJsonValue& a : m_entitlement.value(QStringLiteral("accounts")).toArray())
                if (a.toObject().value(QStringLiteral("kind")).toString() == u"card")
                    cardAccount = a.toObject().value(QStringLiteral("account")).toString();
            openForm(*unemploymentClaimForm(kind(), cardAccount));
        },
        this);
}

// Why not, and (asked again on a language change) the button into the claim that is due instead.
QString BenefitScreen::refusalText()
{
    const QJsonObject source = isInsuranceBenefit() ? m_entitlement : claim();
    const QString reason = inCurrentLanguage(source.value(QStringLiteral("reason")).toObject());
    if (!m_offered.isEmpty()) {
        const QString offered = unemploymentClaimForm(m_offered, {})->title.translated();
        result()->offerNextService(tr("Claim the %1").arg(offered.toLower()), true);
        return tr("%1\n\nYou can claim the %2 instead: one tap below.").arg(reason, offered.toLower());
    }
    if (leadsIntoRegistration()) {
        result()->offerNextService(tr("Register as unemployed"), true);
        // The headline says what comes first; the words say why and how long, not the same again.
        return tr("Benefits are claimed once you register as unemployed. It takes a few minutes here; then "
                  "you can claim.");
    }
    result()->offerNextService({});
    const QString instead = inCurrentLanguage(m_entitlement.value(QStringLiteral("instead")).toObject());
    return instead.isEmpty() || !isInsuranceBenefit()
               ? reason
               : tr("%1\n\nWhat you can claim instead: %2").arg(reason, instead);
}

design::Tone BenefitScreen::refusalTone() const
{
    return m_offered.isEmpty() && !leadsIntoRegistration() ? ApplicationScreen::refusalTone()
                                                           : design::Tone::Info;
}

QString BenefitScreen::refusalHeadline() const
{
    if (leadsIntoRegistration())
        return tr("First, register as unemployed");
    return m_offered.isEmpty() ? ApplicationScreen::refusalHeadline()
                               : tr("Not this one, but another benefit is due to you");
}

QString BenefitScreen::titleText() const
{
    if (m_payingAgain)
        return payouts::payoutAccountForm().title.translated();
    return unemploymentClaimForm(kind(), {})->title.translated();
}

QString BenefitScreen::introText() const
{
    if (m_payingAgain)
        return tr("Give another bank card in your own name: the payment the bank sent back is paid to it.");
    if (!isInsuranceBenefit()) {
        const QJsonObject c = claim();
        const int months = c.value(QStringLiteral("months")).toInt();
        return tr("You can receive %1 a month for %n month(s), %2 in all.", "", months)
            .arg(payments::moneyText(c.value(QStringLiteral("monthlyFen")).toInteger()),
                 payments::moneyText(c.value(QStringLiteral("totalFen")).toInteger()));
    }
    const int months = m_entitlement.value(QStringLiteral("months")).toInt();
    const int paid = m_entitlement.value(QStringLiteral("contributionMonths")).toInt();
    const int untilRetirement = m_entitlement.value(QStringLiteral("nearRetirementMonths")).toInt();
    QString text =
        tr("You can receive unemployment benefit for %n month(s), from %1 months of contributions.", "",
           months)
            .arg(paid);
    if (untilRetirement > 0)
        text +=
            u' ' + tr("This includes %n month(s) until you reach the retirement age.", "", untilRetirement);
    return text;
}

QString BenefitScreen::submittingText() const
{
    return m_payingAgain ? tr("Sending the card number…") : tr("Submitting your claim…");
}

QString BenefitScreen::filedText(const QString& /*receipt: on the result page, grouped*/) const
{
    if (m_payingAgain) {
        const QJsonObject payout = applications().first().value(QStringLiteral("payout")).toObject();
        return tr("%1 is paid to %2 in the next payment run, usually within 2 working days. You can follow "
                  "it "
                  "here.")
            .arg(payments::moneyText(payout.value(QStringLiteral("amountFen")).toInteger()),
                 payout.value(QStringLiteral("account")).toString());
    }
    if (!isInsuranceBenefit())
        return tr("The claim is reviewed within 5 working days; the money is then paid to the account you "
                  "chose.");
    return tr("The claim is reviewed within 5 working days; the benefit is then paid every month to the "
              "account you chose.");
}

QString BenefitScreen::againText() const
{
    return tr("Claim again");
}

bool BenefitScreen::returnedPayout() const
{
    const QJsonObject payout = applications().first().value(QStringLiteral("payout")).toObject();
    return payout.value(QStringLiteral("state")).toString() == u"returned";
}

// Every state of the latest claim ends here: approved, returned or under review, on the result page with
// the receipt grouped in its box and Home (and "Claim again" when returned).
std::optional<ApplicationScreen::StatusEnd> BenefitScreen::statusEnd() const
{
    const QJsonObject& latest = applications().first();
    const QString receipt = latest.value(QStringLiteral("receipt")).toString();
    const QString status = latest.value(QStringLiteral("status")).toString();
    // The bank sent the money back: a problem the person has to act on, not a success.
    if (status == u"approved" && returnedPayout())
        return StatusEnd{design::Tone::Warning, tr("The payment could not be made"), receipt};
    if (status == u"approved")
        return StatusEnd{design::Tone::Success, tr("Your claim was approved"), receipt};
    if (status == u"returned")
        return StatusEnd{design::Tone::Warning, tr("Your claim was returned"), receipt};
    return StatusEnd{design::Tone::Info, tr("Your claim is being reviewed"), receipt};
}

QString BenefitScreen::showStatus()
{
    const QJsonObject& latest = applications().first();
    const QString status = latest.value(QStringLiteral("status")).toString();
    if (status == u"approved") {
        // What became of the money, once the platform has made the payout (docs/operations.md).
        const QString payout = payouts::payoutProgressText(latest.value(QStringLiteral("payout")).toObject());
        const QString paid = isInsuranceBenefit()
                                 ? tr("The benefit is paid every month to the account you chose.")
                                 : tr("The money is paid to the account you chose.");
        // Sent back by the bank: the way on is another card of the person's, one tap away.
        result()->offerNextService(
            returnedPayout() && !m_payingAgain ? tr("Pay it to another card") : QString(), true);
        if (payout.isEmpty())
            return paid;
        // Returned: only what went wrong and what to do; otherwise how it is paid, then this payment.
        return returnedPayout() ? payout : paid + u'\n' + payout;
    }
    if (status == u"returned")
        return tr("The reason: %1. You can claim again.")
            .arg(latest.value(QStringLiteral("reason")).toString());
    return tr("A decision usually comes within 5 working days; you will be told by text message.");
}

} // namespace ssc
