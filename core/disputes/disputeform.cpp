#include "disputeform.h"

#include "employers/unifiedsocialcreditcode.h"
#include "forms/fieldbuilders.h"

#include <QRegularExpression>

namespace ssc {
namespace {

using namespace forms;

TranslatableText t(const char* source)
{
    return {"DisputeForm", source, {}};
}

FormField text(const char* key, const char* label, int maxLength)
{
    FormField f = field(QString::fromLatin1(key), t(label), FieldKind::Text);
    f.maxLength = maxLength;
    return f;
}

// A date that has happened: the dispute cannot arise, nor the employment end, tomorrow.
TranslatableText notInFuture(const QString& value, QDate today)
{
    return QDate::fromString(value, Qt::ISODate) > today
               ? t(QT_TRANSLATE_NOOP("DisputeForm", "This date is in the future."))
               : TranslatableText{};
}

QList<FieldChoice> categories()
{
    const std::pair<const char*, const char*> list[] = {
        {"labour-relation", QT_TRANSLATE_NOOP("DisputeForm", "Whether there is a labour relation")},
        {"contract", QT_TRANSLATE_NOOP("DisputeForm", "Signing, performing, changing or ending a contract")},
        {"dismissal", QT_TRANSLATE_NOOP("DisputeForm", "Dismissal or resignation")},
        {"hours", QT_TRANSLATE_NOOP("DisputeForm", "Working hours, rest and leave")},
        {"insurance", QT_TRANSLATE_NOOP("DisputeForm", "Social insurance")},
        {"welfare", QT_TRANSLATE_NOOP("DisputeForm", "Welfare, training or labour protection")},
        {"pay", QT_TRANSLATE_NOOP("DisputeForm", "Pay")},
        {"injury", QT_TRANSLATE_NOOP("DisputeForm", "Work injury medical costs")},
        {"compensation", QT_TRANSLATE_NOOP("DisputeForm", "Economic compensation or damages")},
        {"other", QT_TRANSLATE_NOOP("DisputeForm", "Another labour dispute")}};
    QList<FieldChoice> choices;
    for (const auto& [key, label] : list)
        choices.append({QString::fromLatin1(key), t(label)});
    return choices;
}

} // namespace

FormDefinition disputeForm(QDate today)
{
    FormField phone =
        field(QStringLiteral("phone"), t(QT_TRANSLATE_NOOP("DisputeForm", "Mobile phone")), FieldKind::Phone);
    phone.prefillFrom = QStringLiteral("phone");
    FormField address = text("address", QT_TRANSLATE_NOOP("DisputeForm", "Address"), 100);
    FormField email = optional(text("email", QT_TRANSLATE_NOOP("DisputeForm", "E-mail (optional)"), 80));
    email.rule = [](const QString& value, const FormValues&) {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return shape.match(value).hasMatch()
                   ? TranslatableText{}
                   : t(QT_TRANSLATE_NOOP("DisputeForm", "An e-mail address looks like name@example.com."));
    };

    FormField employer = text("employerName", QT_TRANSLATE_NOOP("DisputeForm", "Employer's name"), 100);
    FormField code =
        text("employerCode",
             QT_TRANSLATE_NOOP("DisputeForm", "Employer's unified social credit code (18 characters)"), 20);
    code.rule = [](const QString& value, const FormValues&) {
        return checkUnifiedSocialCreditCode(value).reason;
    };
    FormField employerAddress =
        text("employerAddress", QT_TRANSLATE_NOOP("DisputeForm", "Employer's address"), 100);
    FormField employerContact =
        optional(text("employerContact",
                      QT_TRANSLATE_NOOP("DisputeForm", "Employer's phone or contact person (optional)"), 50));

    FormField category =
        field(QStringLiteral("category"), t(QT_TRANSLATE_NOOP("DisputeForm", "What is the dispute about?")),
              FieldKind::Choice);
    category.choices = categories();
    FormField stillEmployed =
        field(QStringLiteral("stillEmployed"),
              t(QT_TRANSLATE_NOOP("DisputeForm", "Still working for this employer?")), FieldKind::YesNo);
    FormField endedOn = shownWhenEquals(
        field(QStringLiteral("endedOn"), t(QT_TRANSLATE_NOOP("DisputeForm", "When did the employment end?")),
              FieldKind::Date),
        QStringLiteral("stillEmployed"), QStringLiteral("no"));
    endedOn.rule = [today](const QString& value, const FormValues&) { return notInFuture(value, today); };
    FormField arose = field(
        QStringLiteral("aroseOn"),
        t(QT_TRANSLATE_NOOP("DisputeForm", "Date the dispute arose (when the infringement became known)")),
        FieldKind::Date);
    arose.rule = [today](const QString& value, const FormValues&) { return notInFuture(value, today); };
    FormField amount = optional(field(QStringLiteral("amount"),
                                      t(QT_TRANSLATE_NOOP("DisputeForm", "Amount claimed in yuan (if any)")),
                                      FieldKind::Money));
    FormField claims = text("claims", QT_TRANSLATE_NOOP("DisputeForm", "What is claimed"), 300);
    FormField facts = text("facts", QT_TRANSLATE_NOOP("DisputeForm", "What happened"), 1000);

    FormField evidence = optional(field(QStringLiteral("evidence"),
                                        t(QT_TRANSLATE_NOOP("DisputeForm", "Evidence: contract, pay slips, "
                                                                           "photos (optional)")),
                                        FieldKind::Files));
    evidence.maxLength = 10 * 18;

    return {QStringLiteral("labour-dispute"),
            t(QT_TRANSLATE_NOOP("DisputeForm", "Labour dispute mediation")),
            {{t(QT_TRANSLATE_NOOP("DisputeForm", "The applicant")), {phone, address, email}},
             {t(QT_TRANSLATE_NOOP("DisputeForm", "The employer")),
              {employer, code, employerAddress, employerContact}},
             {t(QT_TRANSLATE_NOOP("DisputeForm", "The dispute")),
              {category, stillEmployed, endedOn, arose, amount, claims, facts}},
             {t(QT_TRANSLATE_NOOP("DisputeForm", "Evidence")), {evidence}}},
            t(QT_TRANSLATE_NOOP(
                "DisputeForm", "I confirm that what I have entered is true and that the evidence is genuine. "
                               "Mediation is free of charge; I may apply for arbitration if it does not "
                               "succeed within 15 days."))};
}

std::optional<LimitationCheck> disputeLimitation(const FormValues& values, QDate today)
{
    const QDate arose = QDate::fromString(values.value(QStringLiteral("aroseOn")), Qt::ISODate);
    if (!arose.isValid())
        return std::nullopt;
    const bool stillEmployed = values.value(QStringLiteral("stillEmployed")) == u"yes";
    const QDate ended = QDate::fromString(values.value(QStringLiteral("endedOn")), Qt::ISODate);
    if (!stillEmployed && !ended.isValid() && values.value(QStringLiteral("stillEmployed")) == u"no")
        return std::nullopt;
    const bool wageArrears = values.value(QStringLiteral("category")) == u"pay";
    return checkArbitrationLimitation(arose, today, wageArrears, stillEmployed ? QDate() : ended);
}

} // namespace ssc
