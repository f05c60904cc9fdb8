#pragma once

#include "card.h"
#include "identity/idkind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssc {

// A citizen as the terminal knows them during one session. Wiped at logout (see Session, issue 4).
struct Person {
    // The platform sends the name and numbers masked, as screens show them: the terminal never holds a whole
    // number it was not asked to show (docs/privacy.md, "Least data on the wire").
    QString reference; // opaque, the same for this person on this terminal: "the same person again"
    QString name;      // masked: 张*明
    QString maskedSsn; // 11**************2X
    IdKind idKind = IdKind::Unknown;
    Sex sex = Sex::Unknown;
    QDate birthDate;     // whole: the age and pension rules need it
    QString maskedPhone; // 138****5678; applications send it back unchanged to mean "the one on file"
    QList<Card> cards;

    // Cards whose status allows the e-card, in the order the platform gave them.
    QList<Card> cardsWithUsableECard() const;
    std::optional<Card> cardInRegion(QStringView regionCode) const;
    int ageOn(QDate day) const; // full years; -1 when the birth date is unknown
};

} // namespace ssc
