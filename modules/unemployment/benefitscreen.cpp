#include "benefitscreen.h"

#include "platform/platformclient.h"
#include "unemployment/benefitclaimform.h"

#include <QJsonArray>

namespace ssc {

BenefitScreen::BenefitScreen(const ModuleContext& context, QWidget* parent)
    : ApplicationScreen(context, QStringLiteral("unemployment-benefit"), parent)
{
    load();
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
            if (!m_entitlement.value(QStringLiteral("entitled")).toBool())
                return refuse([this] { return refusalText(); });
            QString cardAccount;
            for (const QJsonValue& a : m_entitlement.value(QStringLiteral("accounts")).toArray())
                if (a.toObject().value(QStringLiteral("kind")).toString() == u"card")
                    cardAccount = a.toObject().value(QStringLiteral("account")).toString();
            openForm(unemploymentBenefitForm(cardAccount));
        },
        this);
}

QString BenefitScreen::refusalText() const
{
    const QString reason = inCurrentLanguage(m_entitlement.value(QStringLiteral("reason")).toObject());
    const QString instead = inCurrentLanguage(m_entitlement.value(QStringLiteral("instead")).toObject());
    return instead.isEmpty() ? reason : tr("%1\n\nWhat you can claim instead: %2").arg(reason, instead);
}

QString BenefitScreen::titleText() const
{
    return tr("Unemployment benefit");
}

QString BenefitScreen::introText() const
{
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
    return tr("Submitting your claim…");
}

QString BenefitScreen::filedText(const QString& /*receipt: on the result page, grouped*/) const
{
    return tr("The claim is reviewed within 5 working days; the benefit is then paid every month to the "
              "account you chose.");
}

QString BenefitScreen::againText() const
{
    return tr("Claim again");
}

QString BenefitScreen::showStatus()
{
    const QJsonObject& latest = applications().first();
    const QString receipt = latest.value(QStringLiteral("receipt")).toString();
    const QString status = latest.value(QStringLiteral("status")).toString();
    if (status == u"approved")
        return tr("Your claim (receipt %1) was approved: the benefit is paid every month to the account you "
                  "chose.")
            .arg(receipt);
    if (status == u"returned")
        return tr("Your claim (receipt %1) was returned: %2. You can claim again.")
            .arg(receipt, latest.value(QStringLiteral("reason")).toString());
    return tr("Your claim (receipt %1) is being reviewed, usually within 5 working days.").arg(receipt);
}

} // namespace ssc
