#include "formstate.h"
#include "security/secretwipe.h"

#include <QDate>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace ssc {
namespace {

TranslatableText text(const char* source, QStringList args = {})
{
    return {"FormState", source, std::move(args)};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

const FormField* FormDefinition::field(const QString& key) const
{
    for (const FormStep& step : steps)
        for (const FormField& f : step.fields)
            if (f.key == key)
                return &f;
    return nullptr;
}

FormState::FormState(FormDefinition definition) : m_definition(std::move(definition)), m_key(newKey()) {}

void FormState::prefill(const FormValues& known)
{
    for (const FormStep& step : m_definition.steps)
        for (const FormField& f : step.fields)
            if (!f.prefillFrom.isEmpty() && m_values.value(f.key).isEmpty() && known.contains(f.prefillFrom))
                m_values[f.key] = known.value(f.prefillFrom);
}

void FormState::prefillOnFile(const FormValues& masked)
{
    prefill(masked);
    for (const FormStep& step : m_definition.steps)
        for (const FormField& f : step.fields)
            if (!f.prefillFrom.isEmpty() && !masked.value(f.prefillFrom).isEmpty())
                m_onFile[f.key] = masked.value(f.prefillFrom);
}

bool FormState::isOnFile(const QString& key) const
{
    return m_onFile.contains(key) && m_values.value(key) == m_onFile.value(key);
}

TranslatableText FormState::set(const QString& key, const QString& value)
{
    const FormField* f = m_definition.field(key);
    if (!f)
        return text(QT_TRANSLATE_NOOP("FormState", "This form has no such field."));
    m_values[key] = value.trimmed();
    m_committed = false; // what was confirmed has changed
    return check(*f, m_values[key]);
}

void FormState::forgetUnoffered(const QString& changedKey)
{
    bool after = false; // only answers asked after the one changed follow it
    for (const FormStep& step : m_definition.steps)
        for (const FormField& other : step.fields) {
            if (after && other.choicesFrom && m_values.contains(other.key)) {
                const QList<FieldChoice> choices = other.choicesFrom(m_values);
                if (std::none_of(choices.begin(), choices.end(),
                                 [&](const FieldChoice& c) { return c.key == m_values[other.key]; }))
                    m_values.remove(other.key);
            }
            after = after || other.key == changedKey;
        }
}

TranslatableText FormState::check(const FormField& f, const QString& value) const
{
    if (value.isEmpty())
        return f.required ? text(QT_TRANSLATE_NOOP("FormState", "Please fill this in.")) : TranslatableText{};
    if (m_onFile.contains(f.key) && value == m_onFile.value(f.key))
        return {}; // the platform's own value, unchanged
    if (value.size() > f.maxLength)
        return text(QT_TRANSLATE_NOOP("FormState", "At most %1 characters, please."),
                    {QString::number(f.maxLength)});
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::IdNumber: // its own rule judges the number (core/identity)
        for (const QChar c : value)
            if (c.category() == QChar::Other_Control)
                return text(
                    QT_TRANSLATE_NOOP("FormState", "Please use letters, digits and punctuation only."));
        break;
    case FieldKind::Digits:
        if (!QRegularExpression(QStringLiteral("^\\d+$")).match(value).hasMatch())
            return text(QT_TRANSLATE_NOOP("FormState", "Digits only, please."));
        break;
    case FieldKind::Phone:
        if (!QRegularExpression(QStringLiteral("^1[3-9]\\d{9}$")).match(value).hasMatch())
            return text(QT_TRANSLATE_NOOP("FormState", "A mobile number has 11 digits and starts with 1."));
        break;
    case FieldKind::Date:
        if (!QDate::fromString(value, Qt::ISODate).isValid() || value.size() != 10)
            return text(QT_TRANSLATE_NOOP("FormState", "Please choose a date."));
        break;
    case FieldKind::Choice: {
        const QList<FieldChoice> choices = f.choicesGiven(m_values);
        const bool known = std::any_of(choices.begin(), choices.end(),
                                       [&value](const FieldChoice& c) { return c.key == value; });
        if (!known) { // the field's own rule may say better why (a district outside the chosen city)
            const TranslatableText why = f.rule ? f.rule(value, m_values) : TranslatableText{};
            return why.isEmpty() ? text(QT_TRANSLATE_NOOP("FormState", "Please choose one of the options."))
                                 : why;
        }
        break;
    }
    case FieldKind::YesNo:
        if (value != u"yes" && value != u"no")
            return text(QT_TRANSLATE_NOOP("FormState", "Please answer yes or no."));
        break;
    case FieldKind::Files: {
        const QStringList ids = value.split(u',');
        const QRegularExpression id(QStringLiteral("^E[0-9A-F]{16}$"));
        if (ids.size() > 10)
            return text(
                QT_TRANSLATE_NOOP("FormState", "At most 10 files, please. Put more in one ZIP archive."));
        if (!std::all_of(ids.begin(), ids.end(), [&id](const QString& i) { return id.match(i).hasMatch(); }))
            return text(QT_TRANSLATE_NOOP("FormState", "Please attach the files again."));
        break;
    }
    case FieldKind::Money: {
        const QRegularExpression money(QStringLiteral("^\\d{1,9}(\\.\\d{1,2})?$"));
        if (!money.match(value).hasMatch() || value.toDouble() > 100'000'000)
            return text(QT_TRANSLATE_NOOP("FormState", "An amount in yuan, like 3500 or 3500.50."));
        break;
    }
    }
    return f.rule ? f.rule(value, m_values) : TranslatableText{};
}

QMap<QString, TranslatableText> FormState::problems(int step) const
{
    QMap<QString, TranslatableText> found;
    if (step < 0 || step >= stepCount())
        return found;
    for (const FormField& f : m_definition.steps[step].fields) {
        if (!f.shown(m_values))
            continue;
        const TranslatableText problem = check(f, m_values.value(f.key));
        if (!problem.isEmpty())
            found.insert(f.key, problem);
    }
    return found;
}

bool FormState::next()
{
    if (atReview() || !problems(m_step).isEmpty())
        return false;
    ++m_step;
    return true;
}

void FormState::back()
{
    if (m_step > 0)
        --m_step;
}

bool FormState::readyToSubmit() const
{
    if (!atReview())
        return false;
    for (int s = 0; s < stepCount(); ++s)
        if (!problems(s).isEmpty())
            return false;
    return m_committed || m_definition.commitment.isEmpty();
}

QJsonObject FormState::submission() const
{
    if (!readyToSubmit())
        return {};
    QJsonObject values;
    for (const FormStep& step : m_definition.steps)
        for (const FormField& f : step.fields)
            if (f.shown(m_values) && !m_values.value(f.key).isEmpty())
                values.insert(f.key, m_values.value(f.key));
    return {{QStringLiteral("kind"), m_definition.kind},
            {QStringLiteral("values"), values},
            {QStringLiteral("committed"), m_committed}};
}

QJsonObject FormState::draft() const
{
    QJsonObject values;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("kind"), m_definition.kind},
            {QStringLiteral("step"), m_step},
            {QStringLiteral("key"), m_key},
            {QStringLiteral("values"), values}};
}

bool FormState::restore(const QJsonObject& draft)
{
    if (draft.value(QStringLiteral("kind")).toString() != m_definition.kind)
        return false;
    const QString key = draft.value(QStringLiteral("key")).toString();
    if (QUuid::fromString(key).isNull())
        return false;
    FormValues values;
    const QJsonObject stored = draft.value(QStringLiteral("values")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (m_definition.field(it.key()))
            values.insert(it.key(), it.value().toString());
    m_values = values;
    m_key = key; // a retry after restoring files the same application, not a second one
    m_step = std::clamp(draft.value(QStringLiteral("step")).toInt(), 0, stepCount());
    while (m_step > 0 && !problems(m_step - 1).isEmpty())
        --m_step; // never past a step that is not complete
    m_committed = false;
    return true;
}

void FormState::wipe()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        wipeSecret(it.value());
    m_values.clear();
    m_onFile.clear();
    m_step = 0;
    m_committed = false;
    m_key = newKey();
}

} // namespace ssc
