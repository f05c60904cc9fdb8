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
    QString name;
    QString socialSecurityNumber; // canonical form from checkSocialSecurityNumber()
    IdKind idKind = IdKind::Unknown;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString phone;
    QList<Card> cards;

    // Cards whose status allows the e-card, in the order the platform gave them.
    QList<Card> cardsWithUsableECard() const;
    std::optional<Card> cardInRegion(QStringView regionCode) const;
    int ageOn(QDate day) const; // full years; -1 when the birth date is unknown
};

} // namespace ssc
