#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ssc {

// Drafts of the forms a clerk is filling for citizens, kept in memory for as long as the clerk is logged in:
// an idle logout, or the citizen stepping away to fetch a document, loses nothing of the clerk's case, and
// the same idempotency key comes back with the draft, so finishing it later still files one application. Only
// counters and home visits have a store; kiosks never keep what a citizen typed. Nothing is written to disk,
// and the clerk's logout clears it all.
class DraftStore {
public:
    // `person` is whatever identifies the citizen for the session (the shell uses the platform's opaque
    // reference for the person on this terminal: no number).
    void keep(const QString& person, const QJsonObject& draft);
    // The draft of that kind for that person, removed from the store; nullopt when there is none.
    std::optional<QJsonObject> take(const QString& person, const QString& kind);
    void clear() { m_drafts.clear(); }
    qsizetype size() const { return m_drafts.size(); }

private:
    QHash<QString, QJsonObject> m_drafts; // person + '\n' + kind → draft
};

} // namespace ssc
