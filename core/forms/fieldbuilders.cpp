#include "fieldbuilders.h"

namespace ssc::forms {

FormField field(const QString& key, const TranslatableText& label, FieldKind kind)
{
    FormField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    return f;
}

FormField optional(FormField field)
{
    field.required = false;
    return field;
}

FormField shownWhenEquals(FormField field, const QString& otherKey, const QString& value)
{
    field.shownWhen = [otherKey, value](const FormValues& values) { return values.value(otherKey) == value; };
    return field;
}

} // namespace ssc::forms
