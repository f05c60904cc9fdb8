#pragma once

#include <QString>

#include "i18n/translatabletext.h"

#include <optional>

namespace ssc {

// 社保卡应用状态, as the brief defines them.
enum class CardStatus {
    Normal,    // 正常: the physical card and the e-card both work
    Sealed,    // 封存: the card is made and about to be handed over
    Lost,      // 挂失: the holder reported it lost
    Cancelled, // 注销: the card is cancelled
};

QString cardStatusKey(CardStatus status); // "normal", "sealed", "lost", "cancelled"
std::optional<CardStatus> cardStatusFromKey(QStringView key);

// What a card status allows, and what the citizen is told when it does not. The brief: only a physical
// card in normal state gives a usable e-card; a lost or cancelled card also disables its e-card.
class CardStatusPolicy {
public:
    static bool allowsECard(CardStatus status) { return status == CardStatus::Normal; }
    static bool allowsPhysicalCardLogin(CardStatus status) { return status == CardStatus::Normal; }

    // Translated into the current language.
    static QString displayName(CardStatus status) { return displayNameText(status).translated(); }
    static QString meaning(CardStatus status) { return meaningText(status).translated(); }
    static QString refusal(CardStatus status) { return refusalText(status).translated(); } // empty for normal
    static QString advice(CardStatus status) { return adviceText(status).translated(); }   // empty for normal

    // Untranslated, for answers in both languages (the platform): 正常 / 封存 / 挂失 / 注销, the brief's
    // explanation, why the card cannot be used now, what to do next.
    static TranslatableText displayNameText(CardStatus status);
    static TranslatableText meaningText(CardStatus status);
    static TranslatableText refusalText(CardStatus status);
    static TranslatableText adviceText(CardStatus status);
};

} // namespace ssc
