#pragma once

#include <QString>

#include <optional>

namespace ssc::platform {

// The text message a review decision sends (docs/notifications.md): always Chinese — the platform does not
// know a person's language, and the texts go to numbers on the mainland — and it names nothing about the
// person: the kind of application, the receipt's last four characters, the new status, where to read more.
// `kind` is an application's kind or "pension-certification"; `status` the status the decision moved it to.
// nullopt when that status sends no text (submitted, or a kind the table does not know).
std::optional<QString> decisionText(const QString& kind, const QString& status, const QString& receipt);

} // namespace ssc::platform
