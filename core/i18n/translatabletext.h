#pragma once

#include <QString>
#include <QStringList>

namespace ssc {

// A user-facing text kept untranslated until it is shown, so it can be rendered in the terminal's current
// language or in a given one (the platform answers every error in zh_CN and en at once). The source must be
// marked with QT_TRANSLATE_NOOP(context, "...") so lupdate finds it.
struct TranslatableText {
    const char* context = nullptr;
    const char* source = nullptr;
    QStringList args; // substituted for %1, %2, ... after translation

    bool isEmpty() const { return source == nullptr; }
    QString translated() const;                // in the language installed with useLanguage()
    QString in(const QString& language) const; // "zh_CN" or "en", whatever is installed
};

} // namespace ssc
