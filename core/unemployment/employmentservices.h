#pragma once

#include "forms/formdefinition.h"
#include "i18n/translatabletext.h"

#include <QList>

namespace ssc {

// The free services of the public employment service after unemployment registration (the brief "失业登记后
// 可享受哪些服务"): policy advice, job seeking and training, business start-up, employment assistance. The
// citizen asks for one with one tap; the platform records the request (an application of kind
// employment-service, its offer as the subject) and the office contacts them (docs/unemployment-benefits.md,
// "Services after registration").
struct EmploymentOffer {
    const char* key;     // policy | jobs-training | business | assistance
    const char* title;   // QT_TRANSLATE_NOOP("EmploymentServices", …)
    const char* summary; // what the office does, in the citizen's words
    const char* icon;    // an SVG resource
};
const QList<EmploymentOffer>& employmentOffers();
const EmploymentOffer* employmentOffer(const QString& key);

// The request as a form the platform checks like any other: the offer chosen, and the citizen's wish to be
// contacted as its commitment. Filed without showing it: the tile is the choice.
FormDefinition employmentServiceForm();

} // namespace ssc
