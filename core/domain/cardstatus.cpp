#include "cardstatus.h"

namespace ssc {

QString cardStatusKey(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return QStringLiteral("sealed");
    case CardStatus::Lost:
        return QStringLiteral("lost");
    case CardStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CardStatus::Normal:
        break;
    }
    return QStringLiteral("normal");
}

std::optional<CardStatus> cardStatusFromKey(QStringView key)
{
    for (CardStatus status :
         {CardStatus::Normal, CardStatus::Sealed, CardStatus::Lost, CardStatus::Cancelled})
        if (key == cardStatusKey(status))
            return status;
    return std::nullopt;
}

QString CardStatusPolicy::displayName(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return tr("Sealed");
    case CardStatus::Lost:
        return tr("Reported lost");
    case CardStatus::Cancelled:
        return tr("Cancelled");
    case CardStatus::Normal:
        break;
    }
    return tr("Normal");
}

QString CardStatusPolicy::meaning(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return tr("Your social security card has been made and will be handed to you soon.");
    case CardStatus::Lost:
        return tr("Your social security card was reported lost by you.");
    case CardStatus::Cancelled:
        return tr("Your social security card has been cancelled.");
    case CardStatus::Normal:
        break;
    }
    return tr("Your physical card and your electronic card can both be used.");
}

QString CardStatusPolicy::refusal(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return tr("Your new card has not been handed to you yet, so its electronic card cannot be used.");
    case CardStatus::Lost:
        return tr("This card was reported lost, so its electronic card cannot be used.");
    case CardStatus::Cancelled:
        return tr("This card has been cancelled, so its electronic card cannot be used.");
    case CardStatus::Normal:
        break;
    }
    return {};
}

QString CardStatusPolicy::advice(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return tr("Collect your card at the issuing service outlet, then claim your electronic card again.");
    case CardStatus::Lost:
        return tr("Apply for a replacement card (many outlets issue one on the spot); once you have the new "
                  "card, claim your electronic card again.");
    case CardStatus::Cancelled:
        return tr("Apply for a new social security card at a service outlet; once you have it, claim your "
                  "electronic card again.");
    case CardStatus::Normal:
        break;
    }
    return {};
}

} // namespace ssc
