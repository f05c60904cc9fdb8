#pragma once

#include "formdefinition.h"

namespace ssc::forms {

// Small helpers the form definitions share: a field of a kind, a choice, a yes/no that must be yes.
FormField field(const QString& key, const TranslatableText& label, FieldKind kind);
FormField optional(FormField field);
FormField shownWhenEquals(FormField field, const QString& otherKey, const QString& value);

} // namespace ssc::forms
