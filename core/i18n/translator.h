#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ssc {

// UI languages: Chinese first (primary), English second. Codes as in the .ts file names.
inline const QString chineseLanguage = QStringLiteral("zh_CN");
inline const QString englishLanguage = QStringLiteral("en");
QStringList supportedLanguages();

// The language to use when none is configured: Chinese unless the system locale is non-Chinese.
QString languageFromSystem();

// Loads our translations (embedded :/i18n/ssc_<code>.qm) and Qt's own for that language, replacing the
// ones installed before; widgets then receive QEvent::LanguageChange. False for an unknown code.
bool useLanguage(const QString& code);
// The code last passed to a successful useLanguage(); empty before.
QString currentLanguage();

// Sentences one after the other, as each language writes them: after a Chinese sentence (one ending in a CJK
// character or mark) the next follows without a space, after an English one with a space. Empty ones are left
// out.
QString joinSentences(const QStringList& sentences);

} // namespace ssc
