#pragma once

#include "i18n/translatabletext.h"
#include "privacy/masking.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ssc {

// What a form asks, step by step, with its rules (issue 8: unemployment registration, benefit claims, dispute
// intake, and later services). No widgets: a screen draws a FormDefinition and FormState checks it; the
// platform checks the submission again.
enum class FieldKind {
    Text,   // free text (a pinyin keyboard on kiosks)
    Digits, // digits only (a number pad)
    Phone,  // a mainland mobile number: 11 digits starting with 1
    Date,   // YYYY-MM-DD (a date picker)
    Choice, // one of `choices` (buttons, never typing)
    YesNo,  // "yes" or "no"
    Money,  // yuan with at most two decimals, up to 100 million
    Files,  // evidence already uploaded and checked by the platform: their ids, comma-separated (at most 10)
    // An ID (social security) number: 17 digits and a digit or X, or one of the other kinds
    // docs/identity-numbers.md lists (a number pad with X, and a key to the letters); judged by the field's
    // rule.
    IdNumber,
};

using FormValues = QMap<QString, QString>;

struct FieldChoice {
    QString key;
    TranslatableText label;
};

struct FormField {
    QString key;
    TranslatableText label;
    FieldKind kind = FieldKind::Text;
    bool required = true;
    QList<FieldChoice> choices;
    // Choices that follow earlier answers (a province's cities): when set, used instead of `choices`.
    std::function<QList<FieldChoice>(const FormValues&)> choicesFrom;
    int maxLength = 100;
    // Asked only when this is true of the values so far (a disability grade only for the disabled).
    std::function<bool(const FormValues&)> shownWhen;
    // A rule beyond the kind's: an empty text means the value is fine.
    std::function<TranslatableText(const QString& value, const FormValues& all)> rule;
    QString prefillFrom; // key of the person/card data the platform already holds
    // What the field means, behind a "?" next to it (the brief's 指标解释); empty: none.
    TranslatableText help;
    // A person's number that is not a Phone or an IdNumber (a bank card's): shown masked wherever others may
    // look on (the review of the answers), whole only in its field and on the person's tap (docs/privacy.md).
    std::optional<MaskKind> masked;

    bool shown(const FormValues& values) const { return !shownWhen || shownWhen(values); }
    QList<FieldChoice> choicesGiven(const FormValues& values) const
    {
        return choicesFrom ? choicesFrom(values) : choices;
    }
};

struct FormStep {
    TranslatableText title;
    QList<FormField> fields;
};

struct FormDefinition {
    QString kind; // the submission kind: unemployment-registration, …
    TranslatableText title;
    QList<FormStep> steps;
    TranslatableText commitment; // 本人承诺: what the applicant confirms before submitting (empty: none)

    const FormField* field(const QString& key) const;
};

} // namespace ssc
