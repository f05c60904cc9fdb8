#pragma once

#include "cardstatus.h"

#include <QDate>
#include <QString>

namespace ssc {

// One physical social security card. A person may hold cards issued in several regions.
struct Card {
    QString regionCode;     // six-digit administrative code of the issuing region (发卡地)
    QString regionName;     // e.g. "北京市"
    QString cardNumber;     // 社保卡卡号, nine characters, unique within the region
    QString cardIdentifier; // 卡识别码 from EF05: region, D156000005, serial
    CardStatus status = CardStatus::Normal;
    int generation = 0; // 1, 2 or 3, from the card's specification version
    QDate issued;
    QDate expires;
    QString bankAccount; // the card's financial account, where the card has one

    bool givesUsableECard() const { return CardStatusPolicy::allowsECard(status); }
};

} // namespace ssc
