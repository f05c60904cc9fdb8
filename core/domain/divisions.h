#pragma once

#include "i18n/translatabletext.h"

#include <QList>
#include <QString>

namespace ssc {

// The cities and districts/counties of the 31 provinces (GB/T 2260, 国家统计局 2023;
// core/domain/divisions.tsv, made by tools/divisions/generate.sh), arranged as a citizen picks them: a
// province's cities (or, for 北京, 天津, 上海 and 重庆, their districts directly), then a city's districts
// and counties. Plain data, no widgets: the form's pickers and the platform's check read the same table.
struct Division {
    QString code;          // six digits: "440305"
    QString parent;        // the province ("44") or the city ("440300") it is picked under
    TranslatableText name; // 南山区 / Nanshan District
};

class Divisions {
public:
    static const Divisions& instance();

    // What is picked under a province ("44") or a city ("440300"), in code order; empty for a leaf or an
    // unknown code.
    QList<Division> children(const QString& parent) const;
    const Division* find(const QString& code) const;
    bool hasChildren(const QString& code) const { return !children(code).isEmpty(); }
    static bool isMunicipality(const QString& province); // 11, 12, 31, 50: districts directly
    // The name of a division in the language of the moment; anything else (free text from before the pickers)
    // as it is.
    static QString displayName(const QString& codeOrText);
    qsizetype size() const { return m_all.size(); }

private:
    Divisions();
    QList<Division> m_all;
    QList<QByteArray> m_names; // the bilingual sources the names point into, kept alive here
};

// The platform's and the terminal's rule for a picked place: `code` must be a current division picked under
// `parent` (a province or a city). Empty: fine; otherwise why not, in words for the citizen.
TranslatableText checkDivision(const QString& parent, const QString& code);

} // namespace ssc
