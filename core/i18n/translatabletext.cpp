#include "translatabletext.h"

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

} // namespace

QString TranslatableText::translated() const
{
    if (isEmpty())
        return {};
    return substitute(QCoreApplication::translate(context, source), args);
}

QString TranslatableText::in(const QString& language) const
{
    if (isEmpty())
        return {};
    const QTranslator* translator = translatorFor(language);
    QString text = translator ? translator->translate(context, source) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return substitute(text, args);
}

} // namespace ssc
