#pragma once

#include <QCoreApplication>
#include <QString>

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
    Q_DECLARE_TR_FUNCTIONS(CardStatusPolicy)
public:
    static bool allowsECard(CardStatus status) { return status == CardStatus::Normal; }
    static bool allowsPhysicalCardLogin(CardStatus status) { return status == CardStatus::Normal; }

    static QString displayName(CardStatus status); // 正常 / 封存 / 挂失 / 注销
    static QString meaning(CardStatus status);     // the brief's one-line explanation
    static QString refusal(CardStatus status);     // why the card cannot be used now (empty for normal)
    static QString advice(CardStatus status);      // what to do next (empty for normal)
};

} // namespace ssc
