#include "draftstore.h"

namespace ssc {

void DraftStore::keep(const QString& person, const QJsonObject& draft)
{
    m_drafts.insert(person + u'\n' + draft.value(QStringLiteral("kind")).toString(), draft);
}

std::optional<QJsonObject> DraftStore::take(const QString& person, const QString& kind)
{
    const auto found = m_drafts.constFind(person + u'\n' + kind);
    if (found == m_drafts.constEnd())
        return std::nullopt;
    const QJsonObject draft = found.value();
    m_drafts.erase(found);
    return draft;
}

} // namespace ssc
