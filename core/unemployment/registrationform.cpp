#include "registrationform.h"

#include "domain/provinces.h"
#include "forms/fieldbuilders.h"
#include "forms/placefields.h"
#include "unemploymentrules.h"

namespace ssc {
namespace {

using forms::field;

TranslatableText t(const char* source)
{
    return {"RegistrationForm", source, {}};
}

FieldChoice choice(const char* key, const char* label)
{
    return {QString::fromLatin1(key), t(label)};
}

} // namespace

FormDefinition unemploymentRegistrationForm(QDate today)
{
    FormField phone = field(QStringLiteral("phone"), t(QT_TRANSLATE_NOOP("RegistrationForm", "Mobile phone")),
                            FieldKind::Phone);
    phone.prefillFrom = QStringLiteral("phone");
    FormField education = field(QStringLiteral("education"),
                                t(QT_TRANSLATE_NOOP("RegistrationForm", "Education")), FieldKind::Choice);
    education.choices = {
        choice("primary", QT_TRANSLATE_NOOP("RegistrationForm", "Primary school")),
        choice("junior", QT_TRANSLATE_NOOP("RegistrationForm", "Junior secondary")),
        choice("senior", QT_TRANSLATE_NOOP("RegistrationForm", "Senior secondary")),
        choice("vocational", QT_TRANSLATE_NOOP("RegistrationForm", "Technical or vocational school")),
        choice("college", QT_TRANSLATE_NOOP("RegistrationForm", "College")),
        choice("bachelor", QT_TRANSLATE_NOOP("RegistrationForm", "Bachelor")),
        choice("postgraduate", QT_TRANSLATE_NOOP("RegistrationForm", "Master or above"))};
    FormField health = field(QStringLiteral("health"), t(QT_TRANSLATE_NOOP("RegistrationForm", "Health")),
                             FieldKind::Choice);
    health.choices = {choice("good", QT_TRANSLATE_NOOP("RegistrationForm", "Healthy or good")),
                      choice("fair", QT_TRANSLATE_NOOP("RegistrationForm", "Fair or weak")),
                      choice("ill", QT_TRANSLATE_NOOP("RegistrationForm", "Ill")),
                      choice("physical", QT_TRANSLATE_NOOP("RegistrationForm", "Physical defect")),
                      choice("disabled", QT_TRANSLATE_NOOP("RegistrationForm", "Disabled"))};
    FormField grade = field(QStringLiteral("disabilityGrade"),
                            t(QT_TRANSLATE_NOOP("RegistrationForm", "Disability grade")), FieldKind::Choice);
    for (int g = 1; g <= 10; ++g)
        grade.choices.append(
            {QString::number(g),
             {"RegistrationForm", QT_TRANSLATE_NOOP("RegistrationForm", "Grade %1"), {QString::number(g)}}});
    grade.shownWhen = [](const FormValues& v) { return v.value(QStringLiteral("health")) == u"disabled"; };
    FormField household =
        field(QStringLiteral("household"), t(QT_TRANSLATE_NOOP("RegistrationForm", "Household registration")),
              FieldKind::Choice);
    household.choices = {choice("local-urban", QT_TRANSLATE_NOOP("RegistrationForm", "Local, urban")),
                         choice("local-rural", QT_TRANSLATE_NOOP("RegistrationForm", "Local, rural")),
                         choice("other-urban", QT_TRANSLATE_NOOP("RegistrationForm", "Elsewhere, urban")),
                         choice("other-rural", QT_TRANSLATE_NOOP("RegistrationForm", "Elsewhere, rural"))};
    FormField residence =
        field(QStringLiteral("residence"), t(QT_TRANSLATE_NOOP("RegistrationForm", "Address of residence")),
              FieldKind::Text);

    FormField unemployedOn =
        field(QStringLiteral("unemployedOn"), t(QT_TRANSLATE_NOOP("RegistrationForm", "Unemployed since")),
              FieldKind::Date);
    unemployedOn.rule = [today](const QString& value, const FormValues&) {
        const Eligibility e = checkUnemploymentDate(QDate::fromString(value, Qt::ISODate), today);
        return e.eligible ? TranslatableText{} : e.reason;
    };
    FormField province = field(
        QStringLiteral("unemploymentProvince"),
        t(QT_TRANSLATE_NOOP("RegistrationForm", "Province where the unemployment began")), FieldKind::Choice);
    for (const Province& p : provinces())
        province.choices.append({QString::fromLatin1(p.code), p.name});
    province.prefillFrom = QStringLiteral("province"); // the card's issuing province: usually right already
    // Stored as division codes; registrations filed before the pickers hold the place as typed text.
    const forms::PlaceFields place = forms::placeFields(
        province.key, QStringLiteral("unemploymentCity"), QStringLiteral("unemploymentPlace"),
        t(QT_TRANSLATE_NOOP("RegistrationForm", "City (prefecture, league)")),
        t(QT_TRANSLATE_NOOP("RegistrationForm", "District or county")));
    FormField reason =
        field(QStringLiteral("reason"),
              t(QT_TRANSLATE_NOOP("RegistrationForm", "Reason for the unemployment")), FieldKind::Choice);
    for (const UnemploymentReason& r : unemploymentReasons())
        reason.choices.append({QString::number(r.code), {"UnemploymentReason", r.name, {}}});
    FormField claiming =
        field(QStringLiteral("claimingInsurance"),
              t(QT_TRANSLATE_NOOP("RegistrationForm", "Claim unemployment benefit?")), FieldKind::YesNo);

    FormField skill =
        field(QStringLiteral("skillLevel"),
              t(QT_TRANSLATE_NOOP("RegistrationForm", "Vocational skill level")), FieldKind::Choice);
    skill.choices = {choice("none", QT_TRANSLATE_NOOP("RegistrationForm", "None")),
                     choice("5", QT_TRANSLATE_NOOP("RegistrationForm", "Level 5 (junior)")),
                     choice("4", QT_TRANSLATE_NOOP("RegistrationForm", "Level 4 (intermediate)")),
                     choice("3", QT_TRANSLATE_NOOP("RegistrationForm", "Level 3 (senior)")),
                     choice("2", QT_TRANSLATE_NOOP("RegistrationForm", "Level 2 (technician)")),
                     choice("1", QT_TRANSLATE_NOOP("RegistrationForm", "Level 1 (senior technician)"))};
    FormField intention = field(QStringLiteral("jobIntention"),
                                t(QT_TRANSLATE_NOOP("RegistrationForm", "Work sought")), FieldKind::Choice);
    intention.choices = {choice("employer", QT_TRANSLATE_NOOP("RegistrationForm", "A job with an employer")),
                         choice("flexible", QT_TRANSLATE_NOOP("RegistrationForm", "Flexible work")),
                         choice("business", QT_TRANSLATE_NOOP("RegistrationForm", "Starting a business")),
                         choice("training", QT_TRANSLATE_NOOP("RegistrationForm", "Vocational training"))};
    FormField occupation =
        field(QStringLiteral("desiredOccupation"),
              t(QT_TRANSLATE_NOOP("RegistrationForm", "Work wanted (optional)")), FieldKind::Text);
    occupation.required = false;
    occupation.maxLength = 50;

    return {
        QStringLiteral("unemployment-registration"),
        t(QT_TRANSLATE_NOOP("RegistrationForm", "Unemployment registration")),
        {{t(QT_TRANSLATE_NOOP("RegistrationForm", "Basic information")),
          {phone, education, health, grade, household, residence}},
         {t(QT_TRANSLATE_NOOP("RegistrationForm", "Unemployment")),
          {unemployedOn, province, place.city, place.district, reason, claiming}},
         {t(QT_TRANSLATE_NOOP("RegistrationForm", "Looking for work")), {skill, intention, occupation}}},
        t(QT_TRANSLATE_NOOP("RegistrationForm",
                            "I confirm that what I have entered is true, that I am of working age, able and "
                            "willing to work, and without work. I know that false statements may mean paying "
                            "back what I received and legal consequences."))};
}

} // namespace ssc
