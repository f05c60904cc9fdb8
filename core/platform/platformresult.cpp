#include "platformresult.h"

#include "i18n/translator.h"

namespace ssc {
namespace {

TranslatableText text(const char* source)
{
    return {"PlatformClient", source, {}};
}

} // namespace

QString inCurrentLanguage(const QJsonObject& texts)
{
    const QString language = currentLanguage().isEmpty() ? chineseLanguage : currentLanguage();
    return texts.value(language).toString(texts.value(chineseLanguage).toString());
}

QString dataInCurrentLanguage(const QJsonValue& value)
{
    return value.isObject() ? inCurrentLanguage(value.toObject()) : value.toString();
}

QString PlatformResult::fromBody(const char* field) const
{
    return inCurrentLanguage(
        body.value(QStringLiteral("error")).toObject().value(QLatin1String(field)).toObject());
}

QString PlatformResult::message() const
{
    switch (kind) {
    case Kind::Ok:
        return {};
    case Kind::Refused:
        if (const QString m = fromBody("message"); !m.isEmpty())
            return m;
        break;
    case Kind::TimedOut:
        return text(QT_TRANSLATE_NOOP("PlatformClient", "Data timed out. Please try again later."))
            .translated();
    case Kind::Unreachable:
        return text(QT_TRANSLATE_NOOP("PlatformClient",
                                      "The social security system cannot be reached right now."))
            .translated();
    case Kind::CertificateMismatch:
        return text(QT_TRANSLATE_NOOP(
                        "PlatformClient",
                        "The social security system's identity could not be verified, so no data was sent."))
            .translated();
    case Kind::InsecureTransport:
        return text(QT_TRANSLATE_NOOP(
                        "PlatformClient",
                        "The social security system's address is plain http:// on another computer, "
                        "so no data was sent: it must start with https://."))
            .translated();
    case Kind::BadAnswer:
        break;
    }
    return text(QT_TRANSLATE_NOOP(
                    "PlatformClient",
                    "The social security system gave an answer this terminal does not understand."))
        .translated();
}

QString PlatformResult::messageAndAdvice() const
{
    return joinSentences({message(), advice()});
}

QString PlatformResult::advice() const
{
    if (kind == Kind::Refused)
        return fromBody("advice");
    if (kind == Kind::CertificateMismatch || kind == Kind::InsecureTransport)
        return text(QT_TRANSLATE_NOOP("PlatformClient",
                                      "Please tell the hall staff: this terminal needs attention."))
            .translated();
    if (kind == Kind::Ok)
        return {};
    return text(QT_TRANSLATE_NOOP("PlatformClient",
                                  "Please try again in a moment, or ask at a service counter."))
        .translated();
}

} // namespace ssc
