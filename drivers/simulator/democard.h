#pragma once

#include "simulatedcard.h"

#include <QJsonObject>

namespace ssc {

// A demo person's card as the demo platform lists it (GET /api/v1/demo/people: the chip's files and the
// card's own key, as the card office writes them at personalisation), ready for a SimulatedCard.
SimulatedCard::Personalisation demoCardPersonalisation(const QJsonObject& person);

} // namespace ssc
