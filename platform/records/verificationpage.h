#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ssc::platform {

// The verification of a printed rights record as a plain HTML page, for whoever scans the record's QR code
// with a phone or types the address into a browser: genuine or not in words, with a mark and a colour, then
// who issued it, where and when, and the record's summary, masked (recordverification.h). One language per
// page ("zh_CN" or "en"), with a link to the other; no script, no outside resource.
QByteArray verificationPage(const QJsonObject& verification, const QString& language);
// The page for a code under which no record was issued.
QByteArray unknownCodePage(const QString& code, const QString& language);

// The page's language: ?lang= when given, else the browser's Accept-Language (English when it comes
// first), else Chinese.
QString pageLanguage(const QString& langQuery, const QString& acceptLanguage);

} // namespace ssc::platform
