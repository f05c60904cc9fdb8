#include "cardstatus.h"

namespace ssc {
namespace {

constexpr const char* context = "CardStatusPolicy";

TranslatableText text(const char* source)
{
    return {context, source, {}};
}

} // namespace

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

TranslatableText CardStatusPolicy::displayNameText(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy", "Sealed"));
    case CardStatus::Lost:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy", "Reported lost"));
    case CardStatus::Cancelled:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy", "Cancelled"));
    case CardStatus::Normal:
        break;
    }
    return text(QT_TRANSLATE_NOOP("CardStatusPolicy", "Active"));
}

TranslatableText CardStatusPolicy::meaningText(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return text(QT_TRANSLATE_NOOP(
            "CardStatusPolicy", "Your social security card has been made and will be handed to you soon."));
    case CardStatus::Lost:
        return text(
            QT_TRANSLATE_NOOP("CardStatusPolicy", "Your social security card was reported lost by you."));
    case CardStatus::Cancelled:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy", "Your social security card has been cancelled."));
    case CardStatus::Normal:
        break;
    }
    return text(
        QT_TRANSLATE_NOOP("CardStatusPolicy", "Your physical card and your e-card can both be used."));
}

TranslatableText CardStatusPolicy::refusalText(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return text(
            QT_TRANSLATE_NOOP("CardStatusPolicy",
                              "Your new card has not been handed to you yet, so its e-card cannot be used."));
    case CardStatus::Lost:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy",
                                      "This card was reported lost, so its e-card cannot be used."));
    case CardStatus::Cancelled:
        return text(QT_TRANSLATE_NOOP("CardStatusPolicy",
                                      "This card has been cancelled, so its e-card cannot be used."));
    case CardStatus::Normal:
        break;
    }
    return {};
}

TranslatableText CardStatusPolicy::adviceText(CardStatus status)
{
    switch (status) {
    case CardStatus::Sealed:
        return text(QT_TRANSLATE_NOOP(
            "CardStatusPolicy",
            "Collect your card at the issuing service outlet, then claim your e-card again."));
    case CardStatus::Lost:
        return text(QT_TRANSLATE_NOOP(
            "CardStatusPolicy",
            "Found the card again? Insert it and enter its PIN to cancel the loss report. Otherwise apply "
            "for a "
            "new card (many outlets issue one on the spot), then claim your e-card again."));
    case CardStatus::Cancelled:
        return text(QT_TRANSLATE_NOOP(
            "CardStatusPolicy", "Apply for a new social security card at a service outlet; once you have it, "
                                "claim your e-card again."));
    case CardStatus::Normal:
        break;
    }
    return {};
}

} // namespace ssc
