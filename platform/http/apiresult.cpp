#include "apiresult.h"

#include "i18n/translator.h"

namespace ssc::platform {

QJsonObject bilingual(const TranslatableText& text)
{
    return {{chineseLanguage, text.in(chineseLanguage)}, {englishLanguage, text.in(englishLanguage)}};
}

QJsonObject bilingualPair(const QString& chinese, const QString& english)
{
    return {{chineseLanguage, chinese}, {englishLanguage, english.isEmpty() ? chinese : english}};
}

ApiResult ApiResult::error(int status, const QString& code, const TranslatableText& message,
                           const TranslatableText& advice, const QJsonObject& extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), bilingual(message));
    if (!advice.isEmpty())
        error.insert(QStringLiteral("advice"), bilingual(advice));
    return {status, QJsonObject{{QStringLiteral("error"), error}}, {}, {}};
}

QString ApiResult::errorCode() const
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace ssc::platform
