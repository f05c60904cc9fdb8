#pragma once

#include "moduleapi/formview.h"

#include <QDate>

// A typical unemployment registration entered on a FormView, all three steps, up to the review: a bachelor,
// healthy, from elsewhere, dismissed ten days ago. False when a step would not let go (a field was refused).
inline bool fillRegistration(ssc::FormView& view, const QString& reason = QStringLiteral("21"))
{
    view.enter(QStringLiteral("phone"), QStringLiteral("13812345678"));
    view.enter(QStringLiteral("education"), QStringLiteral("bachelor"));
    view.enter(QStringLiteral("health"), QStringLiteral("good"));
    view.enter(QStringLiteral("household"), QStringLiteral("other-urban"));
    view.enter(QStringLiteral("residence"), QStringLiteral("深圳市南山区科技园"));
    if (!view.next())
        return false;
    view.enter(QStringLiteral("unemployedOn"), QDate::currentDate().addDays(-10).toString(Qt::ISODate));
    view.enter(QStringLiteral("unemploymentProvince"), QStringLiteral("44"));
    view.enter(QStringLiteral("unemploymentCity"), QStringLiteral("440300"));  // 深圳市
    view.enter(QStringLiteral("unemploymentPlace"), QStringLiteral("440305")); // 南山区
    view.enter(QStringLiteral("reason"), reason);
    view.enter(QStringLiteral("claimingInsurance"), QStringLiteral("yes"));
    if (!view.next())
        return false;
    view.enter(QStringLiteral("skillLevel"), QStringLiteral("4"));
    view.enter(QStringLiteral("jobIntention"), QStringLiteral("employer"));
    return view.next();
}
