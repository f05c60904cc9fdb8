#include "divisions.h"

#include "i18n/bilingualname.h"

#include <QFile>

#include <algorithm>

namespace ssc {
namespace {

TranslatableText text(const char* source, QStringList args = {})
{
    return {"Divisions", source, std::move(args)};
}

} // namespace

Divisions::Divisions()
{
    QFile file(QStringLiteral(":/divisions/divisions.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("divisions.tsv is not compiled in"); // a build fault, never a citizen's
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (line.startsWith('#') || cells.size() != 4)
            continue;
        // The name's bytes live in m_names; a QByteArray's data stays where it is when the list grows.
        m_names.append(cells[2] + '\x1f' + cells[3]);
        m_all.append({QString::fromLatin1(cells[0]), QString::fromLatin1(cells[1]),
                      bilingualName(m_names.last().constData())});
    }
}

const Divisions& Divisions::instance()
{
    static const Divisions divisions;
    return divisions;
}

QList<Division> Divisions::children(const QString& parent) const
{
    QList<Division> found;
    if (parent.isEmpty())
        return found;
    for (const Division& d : m_all)
        if (d.parent == parent)
            found.append(d);
    return found;
}

const Division* Divisions::find(const QString& code) const
{
    const auto it = std::lower_bound(m_all.begin(), m_all.end(), code,
                                     [](const Division& d, const QString& c) { return d.code < c; });
    return it != m_all.end() && it->code == code ? &*it : nullptr;
}

bool Divisions::isMunicipality(const QString& province)
{
    return province == u"11" || province == u"12" || province == u"31" || province == u"50";
}

QString Divisions::displayName(const QString& codeOrText)
{
    const Division* d = instance().find(codeOrText);
    return d ? d->name.translated() : codeOrText;
}

TranslatableText checkDivision(const QString& parent, const QString& code)
{
    const Division* d = Divisions::instance().find(code);
    if (!d)
        return text(QT_TRANSLATE_NOOP("Divisions", "This place is not a current city, district or county. "
                                                   "Please choose it from the list."));
    if (d->parent != parent)
        return text(QT_TRANSLATE_NOOP("Divisions", "This place is not in the province or city chosen above. "
                                                   "Please choose it again."));
    return {};
}

} // namespace ssc
