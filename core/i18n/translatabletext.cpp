#include "translatabletext.h"

#include "bilingualname.h"
#include "translator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

namespace ssc {
namespace {

QString substitute(QString text, const QStringList& args)
{
    for (const QString& arg : args)
        text = text.arg(arg);
    return text;
}

// One translator per language, loaded once; used from any thread (QTranslator::translate is const).
const QTranslator* translatorFor(const QString& language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> cache;
    QMutexLocker lock(&mutex);
    auto& slot = cache[language];
    if (!slot) {
        slot = std::make_unique<QTranslator>();
        if (!slot->load(QStringLiteral(":/i18n/ssc_%1.qm").arg(language)))
            return nullptr;
    }
    return slot.get();
}

// The Chinese or the English part of a bilingual name: Chinese is primary, so anything but English gets it.
QString bilingualPart(const char* source, const QString& language)
{
    const QString both = QString::fromUtf8(source);
    const qsizetype separator = both.indexOf(QChar(0x1f));
    if (separator < 0)
        return both;
    return language == englishLanguage ? both.mid(separator + 1) : both.left(separator);
}

bool isBilingual(const char* context)
{
    return context && qstrcmp(context, bilingualContext) == 0;
}

} // namespace

QString TranslatableText::translated() const
{
    if (isEmpty())
        return {};
    if (isBilingual(context))
        return substitute(bilingualPart(source, currentLanguage()), args);
    return substitute(QCoreApplication::translate(context, source), args);
}

QString TranslatableText::in(const QString& language) const
{
    if (isEmpty())
        return {};
    if (isBilingual(context))
        return substitute(bilingualPart(source, language), args);
    const QTranslator* translator = translatorFor(language);
    QString text = translator ? translator->translate(context, source) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return substitute(text, args);
}

} // namespace ssc
