#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ssc {
namespace {

std::unique_ptr<QTranslator> ourTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString current;

} // namespace

QStringList supportedLanguages()
{
    return {chineseLanguage, englishLanguage};
}

QString languageFromSystem()
{
    const QString name = QLocale::system().name();
    if (name == u"C" || name.startsWith(u"zh"))
        return chineseLanguage;
    return englishLanguage;
}

bool useLanguage(const QString& code)
{
    if (!supportedLanguages().contains(code))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/ssc_%1.qm").arg(code)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt =
        qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (ourTranslator)
        QCoreApplication::removeTranslator(ourTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    ourTranslator = std::move(ours);
    QCoreApplication::installTranslator(ourTranslator.get());
    qtTranslator = haveQt ? std::move(qt) : nullptr;
    if (qtTranslator)
        QCoreApplication::installTranslator(qtTranslator.get());
    current = code;
    return true;
}

QString currentLanguage()
{
    return current;
}

QString joinSentences(const QStringList& sentences)
{
    QString text;
    for (const QString& sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        const bool afterChinese = !text.isEmpty() && text.back().unicode() >= 0x3000;
        if (!text.isEmpty() && !afterChinese)
            text += u' ';
        text += sentence;
    }
    return text;
}

} // namespace ssc
