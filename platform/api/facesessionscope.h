#pragma once

#include <QList>
#include <QString>

namespace ssc::platform {

// What a citizen session opened by face alone (faceloginapi.cpp: a forgotten PIN, or no card or phone at
// hand) may do: the one table of docs/card-services.md, "Face instead of a forgotten PIN". A face matched
// with the photo on file says who is at the kiosk, but not as much as a card with its PIN or the person's
// own phone: so what reads the person's own records, reports their card lost or estimates is allowed, and
// what changes their card or money, acts for someone else or hands out whole numbers is not. Routes are
// named as the router names them ("POST /api/v1/me/applications"). A citizen route that is not in the table
// is refused to face sessions: a new service is closed until someone decides it here.
struct FaceSessionRule {
    const char* route;
    bool allowed;
    const char* service; // what it is, as docs/card-services.md's table says it
};
const QList<FaceSessionRule>& faceSessionRules();
// Whether a face session may use this route (false for a route not in the table).
bool faceSessionAllows(const QString& route);

} // namespace ssc::platform
