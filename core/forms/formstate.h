#pragma once

#include "domain/terminalmode.h"
#include "formdefinition.h"

#include <QJsonObject>

namespace ssc {

// One person filling one form: values, the step they are on, what is wrong, the review, the commitment and
// the submission with an idempotency key that stays the same however often it is retried (so a form is filed
// once). A draft survives an idle logout only at a counter (a clerk's case), never on a kiosk.
class FormState {
public:
    explicit FormState(FormDefinition definition);

    const FormDefinition& definition() const { return m_definition; }
    // Data the platform already holds (person, card): fills the fields that name it, where still empty.
    void prefill(const FormValues& known);
    // Data the platform holds but sends masked (the phone on file, "138****5678"): fills the same way, and a
    // field left at that value is fine as it is; the platform puts the whole value in when it files the form
    // (docs/api.md, "Applications"), so the terminal never holds it.
    void prefillOnFile(const FormValues& masked);
    bool isOnFile(const QString& key) const;

    // Sets a field and answers what is wrong with the value (empty: fine). The value is kept either way, so a
    // half-typed entry is not lost; only a step whose fields are all fine can be left forward.
    TranslatableText set(const QString& key, const QString& value);
    // After a person changed `changedKey`: the answers asked after it whose choices followed it and no longer
    // hold go (the city of another province). Screens call it; the platform judges what arrived as it is.
    void forgetUnoffered(const QString& changedKey);
    QString value(const QString& key) const { return m_values.value(key); }
    const FormValues& values() const { return m_values; }

    int step() const { return m_step; }
    int stepCount() const { return int(m_definition.steps.size()); }
    bool atReview() const { return m_step == stepCount(); }
    // The fields of a step that are wrong or missing, by key.
    QMap<QString, TranslatableText> problems(int step) const;
    bool next(); // false (and no move) while the current step has problems
    void back();

    void acceptCommitment(bool accepted) { m_committed = accepted; }
    bool readyToSubmit() const;
    // What is sent: {"kind", "values": {shown fields only}, "committed"}; empty when not ready.
    QJsonObject submission() const;
    QString idempotencyKey() const { return m_key; }

    static bool draftsAllowed(TerminalMode mode) { return mode == TerminalMode::Counter; }
    QJsonObject draft() const;
    // Restores a draft of the same kind of form (values, step, idempotency key); false otherwise.
    bool restore(const QJsonObject& draft);
    // Everything typed goes (logout, idle timeout on a kiosk, cancel).
    void wipe();

private:
    TranslatableText check(const FormField& field, const QString& value) const;

    FormDefinition m_definition;
    FormValues m_values;
    FormValues m_onFile; // field key → the masked value the platform holds for it
    int m_step = 0;
    bool m_committed = false;
    QString m_key;
};

} // namespace ssc
