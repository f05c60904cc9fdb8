#include "registrationscreen.h"

#include "moduleapi/designsystem.h"
#include "session/citizensession.h"
#include "unemployment/registrationform.h"
#include "unemployment/unemploymentrules.h"

namespace ssc {

RegistrationScreen::RegistrationScreen(const ModuleContext& context, QWidget* parent)
    : ApplicationScreen(context, QStringLiteral("unemployment-registration"), parent)
{
    load();
}

void RegistrationScreen::beforeForm()
{
    // Asked before anything is typed: the platform checks again (pension, earlier registrations) on filing.
    if (context().session) {
        const Person& person = context().session->person;
        RegistrationApplicant applicant;
        applicant.birthDate = person.birthDate;
        applicant.group = person.sex == Sex::Female ? RetirementGroup::WomanCadre : RetirementGroup::Man;
        const Eligibility eligible = checkRegistration(applicant, QDate::currentDate());
        if (!eligible.eligible)
            return refuse([reason = eligible.reason] { return reason.translated(); });
    }
    openForm(unemploymentRegistrationForm(QDate::currentDate()));
}

QString RegistrationScreen::titleText() const
{
    return tr("Unemployment registration");
}

QString RegistrationScreen::introText() const
{
    return tr("Three short steps. Choose where you can; type only where you must.");
}

QString RegistrationScreen::submittingText() const
{
    return tr("Submitting your registration…");
}

QString RegistrationScreen::filedText(const QString& /*receipt: on the result page, grouped*/) const
{
    return tr("The review usually takes up to 5 working days; you can look up the result here.");
}

QString RegistrationScreen::againText() const
{
    return tr("Register again");
}

QString RegistrationScreen::showStatus()
{
    const QJsonObject& latest = applications().first();
    // Grouped as on the result page and the printed receipt, and never broken across lines.
    const QString receipt =
        design::unbroken(design::groupForReading(latest.value(QStringLiteral("receipt")).toString()));
    const QString status = latest.value(QStringLiteral("status")).toString();
    if (status == u"approved")
        return tr("You are registered as unemployed (receipt %1). Your registration has been approved.")
            .arg(receipt);
    if (status == u"returned")
        return tr("Your registration (receipt %1) was returned: %2. You can register again.")
            .arg(receipt, latest.value(QStringLiteral("reason")).toString());
    return tr("Your registration (receipt %1) is being reviewed, usually within 5 working days.")
        .arg(receipt);
}

} // namespace ssc
