#include "employmentservices.h"

#include "forms/fieldbuilders.h"

namespace ssc {

const QList<EmploymentOffer>& employmentOffers()
{
    static const QList<EmploymentOffer> all{
        {"policy", QT_TRANSLATE_NOOP("EmploymentServices", "Policy advice"),
         QT_TRANSLATE_NOOP("EmploymentServices",
                           "The employment and start-up policies that apply to you, and help to apply for "
                           "them."),
         ":/icons/records.svg"},
        {"jobs-training", QT_TRANSLATE_NOOP("EmploymentServices", "Job seeking and training"),
         QT_TRANSLATE_NOOP("EmploymentServices",
                           "Career guidance, vacancies, trainee posts, job fairs and training courses."),
         ":/icons/employment.svg"},
        {"business", QT_TRANSLATE_NOOP("EmploymentServices", "Starting a business"),
         QT_TRANSLATE_NOOP(
             "EmploymentServices",
             "Start-up training, advice on opening, financing and the guaranteed start-up loan."),
         ":/icons/certificates.svg"},
        {"assistance", QT_TRANSLATE_NOOP("EmploymentServices", "Employment assistance"),
         QT_TRANSLATE_NOOP("EmploymentServices",
                           "Priority help for people who find work hard to get, including public-benefit "
                           "posts."),
         ":/icons/unemployment.svg"},
    };
    return all;
}

const EmploymentOffer* employmentOffer(const QString& key)
{
    for (const EmploymentOffer& offer : employmentOffers())
        if (key == QLatin1String(offer.key))
            return &offer;
    return nullptr;
}

FormDefinition employmentServiceForm()
{
    using namespace forms;
    const char* const context = "EmploymentServices";
    FormField offer =
        field(QStringLiteral("offer"),
              {context, QT_TRANSLATE_NOOP("EmploymentServices", "Service asked for"), {}}, FieldKind::Choice);
    for (const EmploymentOffer& o : employmentOffers())
        offer.choices.append({QString::fromLatin1(o.key), {context, o.title, {}}});
    return {QStringLiteral("employment-service"),
            {context, QT_TRANSLATE_NOOP("EmploymentServices", "Employment services"), {}},
            {{{context, QT_TRANSLATE_NOOP("EmploymentServices", "The service"), {}}, {offer}}},
            {context,
             QT_TRANSLATE_NOOP("EmploymentServices",
                               "I ask the public employment service to contact me about this service."),
             {}}};
}

} // namespace ssc
