#include "qrcommand.h"

#include "camera/framereader.h"

#include <QImage>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace ssc::ctl {
namespace {

class QrText {
    Q_DECLARE_TR_FUNCTIONS(QrCommand)
public:
    static QString usage() { return tr("usage: ssc-ctl qr decode IMAGE..."); }
    static QString nothing(const QString& reason) { return tr("nothing read: %1").arg(reason); }
};

// One line per image: tabs and line breaks inside a code's text are shown escaped.
QString oneLine(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\t', QStringLiteral("\\t"))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\r', QStringLiteral("\\r"));
}

} // namespace

int runQr(CommandContext& context)
{
    QCommandLineParser parser;
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.value(0) != u"decode" || args.size() < 2)
        return context.usageError(QrText::usage());
    bool all = true;
    QJsonArray results;
    for (const QString& path : args.mid(1)) {
        // The camera pipeline's reader with every extra way of looking: what a kiosk would read, frame by
        // frame.
        const QrReading reading = FrameReader::readAll(QImage(path));
        all = all && reading.found();
        if (context.json()) {
            QJsonObject o{{QStringLiteral("image"), path},
                          {QStringLiteral("found"), reading.found()},
                          {QStringLiteral("microseconds"), reading.microseconds}};
            o.insert(reading.found() ? QStringLiteral("text") : QStringLiteral("reason"),
                     reading.found() ? reading.text : reading.reason());
            results.append(o);
        } else {
            context.print(path + u'\t' +
                          (reading.found() ? oneLine(reading.text) : QrText::nothing(reading.reason())));
        }
    }
    if (context.json())
        context.printJson(results);
    return all ? Ok : Negative;
}

} // namespace ssc::ctl
