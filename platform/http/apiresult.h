#pragma once

#include "i18n/translatabletext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace ssc::platform {

// What a handler answers: a status and a JSON object. Errors have one shape everywhere (docs/api.md):
//   {"error": {"code": "card_lost", "message": {"zh_CN": "…", "en": "…"}, "advice": {"zh_CN": "…", "en":
//   "…"}}}
struct ApiResult {
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray html; // when set, the answer is this page (text/html) rather than the JSON body

    static ApiResult page(int status, QByteArray html) { return {status, {}, {}, std::move(html)}; }

    static ApiResult ok(QJsonObject body, int status = 200) { return {status, std::move(body), {}, {}}; }
    static ApiResult noContent() { return {204, {}, {}, {}}; }
    static ApiResult error(int status, const QString& code, const TranslatableText& message,
                           const TranslatableText& advice = {}, const QJsonObject& extra = {});
    // Retry-After: the seconds a 429 or 503 asks the client to wait.
    ApiResult withRetryAfter(int seconds) &&
    {
        headers.append({"Retry-After", QByteArray::number(seconds)});
        return std::move(*this);
    }
    bool isError() const { return status >= 400; }
    QString errorCode() const;
};

// {"zh_CN": …, "en": …}
QJsonObject bilingual(const TranslatableText& text);
// Data in both languages: {"zh_CN": chinese, "en": english, or the Chinese when it has no English form}.
QJsonObject bilingualPair(const QString& chinese, const QString& english);

} // namespace ssc::platform
