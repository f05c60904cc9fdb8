#pragma once

#include "i18n/translatabletext.h"

#include <QJsonObject>
#include <QString>

namespace ssc {

// The outcome of one platform call as the terminal's screens need it: what happened, and a message and
// advice in the current language (the platform's own bilingual text, or ours for network failures).
struct PlatformResult {
    enum class Kind {
        Ok,                  // 2xx
        Refused,             // the platform answered with an error (errorCode says which)
        TimedOut,            // no answer in time: "data timed out, try again later"
        Unreachable,         // connection refused, no route, DNS
        CertificateMismatch, // TLS peer is not the pinned platform certificate
        InsecureTransport, // plain HTTP to another computer: nothing was sent (the terminal's secret with it)
        BadAnswer,         // not JSON, or not the shape of the API
    };
    Kind kind = Kind::BadAnswer;
    int status = 0;
    QJsonObject body;
    QString errorCode; // stable code from the platform, or "timeout", "unreachable", "certificate",
                       // "insecure_transport", "bad_answer"
    int attempts = 1;

    bool ok() const { return kind == Kind::Ok; }
    // No answer reached us (timeout or no connection): worth another try, or the offline way where one
    // exists.
    bool noAnswer() const { return kind == Kind::TimedOut || kind == Kind::Unreachable; }
    QString message() const;
    QString advice() const;
    // Both in one line: Chinese sentences follow each other without a space, English ones with one.
    QString messageAndAdvice() const;

private:
    QString fromBody(const char* field) const;
};

// A bilingual text of the platform ({"zh_CN": …, "en": …}) in the current language (Chinese when missing).
QString inCurrentLanguage(const QJsonObject& bilingual);
// A datum the platform sends in both languages where it has an English form ({"zh_CN": …, "en": …}) or as
// plain text where it has not (an employer's registered name): the one of the current language.
QString dataInCurrentLanguage(const QJsonValue& value);

} // namespace ssc
