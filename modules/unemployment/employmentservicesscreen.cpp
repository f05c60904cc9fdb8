#include "employmentservicesscreen.h"

#include "session/citizensession.h"

#include "moduleapi/choicebuttons.h"
#include "unemployment/employmentservices.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace ssc {
namespace {

QString offerTitle(const QString& key)
{
    const EmploymentOffer* offer = employmentOffer(key);
    return offer ? QCoreApplication::translate("EmploymentServices", offer->title) : key;
}

// A tile: the service's name, one line that fits a finger-sized button in every language and theme; what
// each offers is said in a card beside the tiles.
QString tileLabel(const QString& key)
{
    return offerTitle(key);
}

// What each service offers, in the brief's words (rich text, escaped).
QString offersCard()
{
    QStringList lines;
    for (const EmploymentOffer& offer : employmentOffers())
        lines << QStringLiteral("<b>%1</b><br>%2")
                     .arg(QCoreApplication::translate("EmploymentServices", offer.title).toHtmlEscaped(),
                          QCoreApplication::translate("EmploymentServices", offer.summary).toHtmlEscaped());
    return lines.join(QStringLiteral("<br><br>"));
}

} // namespace

EmploymentServicesScreen::EmploymentServicesScreen(const ModuleContext& context, QWidget* parent)
    : ApplicationScreen(context, QStringLiteral("employment-service"), parent), m_offers(new ChoiceButtons(2))
{
    m_offers->setObjectName(QStringLiteral("employmentOffers"));
    QList<std::pair<QString, QString>> tiles;
    for (const EmploymentOffer& offer : employmentOffers())
        tiles.append({QString::fromLatin1(offer.key), tileLabel(QString::fromLatin1(offer.key))});
    m_offers->setChoices(tiles);
    auto* controls = new QVBoxLayout;
    controls->addWidget(m_offers);
    frame().placeBesideResults(controls);
    // The tiles and the cards take the room the status page leaves (the frame's stretch would otherwise
    // share it, and the card saying what each service offers would start below the fold).
    frame().body->setStretchFactor(frame().resultsArea, 100);
    connect(m_offers, &ChoiceButtons::chosen, this, &EmploymentServicesScreen::ask);
    load();
}

void EmploymentServicesScreen::beforeForm()
{
    showStatusPage(); // nothing asked for yet: the tiles
}

void EmploymentServicesScreen::ask(const QString& offer)
{
    openForm(employmentServiceForm());
    form().set(QStringLiteral("offer"), offer);
    if (!form().next())
        return;
    formView()->showStep(); // the review: at a counter the citizen confirms it with their code or card
    if (context().mode != TerminalMode::Kiosk)
        return;
    form().acceptCommitment(true); // on a kiosk the citizen's own tap is the request
    submit();
}

QString EmploymentServicesScreen::titleText() const
{
    return tr("Employment services");
}

// At a counter or on a home visit staff read the screen: they are addressed, the citizen named (masked, as
// the platform sends the name); on a kiosk the citizen reads it.
QString EmploymentServicesScreen::servedCitizen() const
{
    return context().mode != TerminalMode::Kiosk && context().session ? context().session->person.name
                                                                      : QString();
}

QString EmploymentServicesScreen::introText() const
{
    const QString citizen = servedCitizen();
    return citizen.isEmpty() ? tr("Check the service you ask for.")
                             : tr("Check with %1 the service they ask for.").arg(citizen);
}

QString EmploymentServicesScreen::submittingText() const
{
    return tr("Sending your request…");
}

QString EmploymentServicesScreen::filedText(const QString& /*receipt: on the result page*/) const
{
    if (const QString citizen = servedCitizen(); !citizen.isEmpty())
        return tr("The employment service will phone %1 within 5 working days, free of charge. Give them the "
                  "receipt number for when they call.")
            .arg(citizen);
    return tr("The employment service will phone you within 5 working days, free of charge. Keep the receipt "
              "number for when they call.");
}

QString EmploymentServicesScreen::againText() const
{
    return tr("Ask for another service");
}

QString EmploymentServicesScreen::showStatus()
{
    // Relabelled, never rebuilt: this runs inside a tile's own click (the form's first step is drawn before
    // the page changes), and rebuilding would delete the button being clicked.
    m_offers->relabel(tileLabel);
    frame().clearResults();
    frame().addResultCard(offersCard());
    for (const QJsonObject& request : applications())
        frame().addResultCard(
            applicationCardText(request, offerTitle(request.value(QStringLiteral("subject")).toString())));
    frame().resultsArea->show();
    // Staff read it at a counter or on a visit: the applicant is named, never "you" (docs/glossary.md).
    if (const QString citizen = servedCitizen(); !citizen.isEmpty())
        return applications().isEmpty()
                   ? tr("Registered as unemployed, %1 can ask the public employment service for these "
                        "services, free of charge. Tap the one they want and let them confirm it: the office "
                        "will contact them.")
                         .arg(citizen)
                   : tr("Tap the service %1 wants and let them confirm it: the office will contact them. "
                        "What they have asked for is listed after what each service offers.")
                         .arg(citizen);
    return applications().isEmpty()
               ? tr("Registered as unemployed, you can ask the public employment service for these services, "
                    "free of charge. Tap one: the office will contact you.")
               : tr("Tap a service to ask for it: the office will contact you. What you have asked for is "
                    "listed after what each service offers.");
}

} // namespace ssc
