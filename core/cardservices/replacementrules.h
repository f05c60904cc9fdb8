#pragma once

#include "domain/cardstatus.h"
#include "i18n/translatabletext.h"

#include <QString>

#include <optional>

namespace ssc {

// Why a card is replaced (补换卡), and what each reason costs and requires (docs/card-services.md, "Replace
// the card"). One rule for the platform, which decides, and the terminal, which shows the fee before anything
// is filed.
enum class ReplacementReason {
    Lost,              // 丢失: reported lost first, so nobody can use it while the new one is made
    Damaged,           // 损坏: the card is still in use (status normal); the chip need not answer any more
    Expired,           // 到期: the card is in use and its validity ends
    InformationChange, // 信息变更: the holder's name or number changed; the card is in use
};

QString replacementReasonKey(ReplacementReason reason); // lost, damaged, expired, information-change
std::optional<ReplacementReason> replacementReasonFromKey(QStringView key);

class ReplacementRules {
public:
    // The fee in fen (分). A DEMO TABLE, not a published tariff: the product brief names no fee and fees are
    // set by each province (many waive them). Lost and damaged 20 yuan (the holder's doing); expired and an
    // information change free (the issuer's or the state's doing). docs/card-services.md says so.
    static int feeFen(ReplacementReason reason);
    // "¥20.00", "free" in the current language.
    static QString feeText(int fen);
    // The card status this reason requires of the old card: lost for a lost card, normal for every other
    // reason. A sealed card is not yet handed over, a cancelled one is gone: neither is replaced.
    static CardStatus requiredStatus(ReplacementReason reason);
    // The reason in the citizen's words. (The progress, 申请 → 制卡 → 可领取 → 已领取, is an application's
    // status: applicationStatusLabel.)
    static TranslatableText reasonText(ReplacementReason reason);
};

} // namespace ssc
