#pragma once

#include "cardstatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ssc {

// Where and when the electronic card of a physical card was claimed (one card, one e-card, many channels).
struct ECardClaim {
    QString channel; // e.g. 掌上12333, a bank's app
    QDate claimedOn;
};

// One physical social security card. A person may hold cards issued in several regions. Its numbers come
// masked from the platform; the whole ones only through an audited reveal (docs/privacy.md).
struct Card {
    QString regionCode;       // six-digit administrative code of the issuing region (发卡地)
    QString regionName;       // e.g. "北京市"
    QString regionNameEn;     // e.g. "Beijing"; the Chinese where the platform has no English form on record
    QString maskedCardNumber; // 社保卡卡号 (nine characters, unique within the region), masked: A******78
    QString cardIdentifier;   // 卡识别码 from EF05: region, D156000005, serial
    CardStatus status = CardStatus::Normal;
    int generation = 0; // 1, 2 or 3, from the card's specification version
    QDate issued;
    QDate expires;
    QString maskedBankAccount; // the card's financial account where it has one, masked: 6217***********4567
    QList<ECardClaim> eCardClaims;

    bool givesUsableECard() const { return CardStatusPolicy::allowsECard(status); }
    // The issuing region's name in the language the screen is in: English screens show the English form.
    QString shownRegionName() const;
};

} // namespace ssc
