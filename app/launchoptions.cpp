#include "launchoptions.h"

#include "i18n/translator.h"

#include <QCommandLineParser>

namespace ssc {
namespace {

class LaunchText {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)
public:
    static QString badMode(const QString& mode)
    {
        return tr("unknown mode %1: use kiosk, counter or field").arg(mode);
    }
    static QString badLanguage(const QString& code)
    {
        return tr("unknown language %1: use zh_CN or en").arg(code);
    }
    static QString badTheme(const QString& theme)
    {
        return tr("unknown theme %1: use standard or elder").arg(theme);
    }
};

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("demo mode"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("kiosk|counter|field"),
                                  QStringLiteral("mode"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN|en"), QStringLiteral("code"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("standard|elder"),
                                   QStringLiteral("theme"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("PNG path"),
                                        QStringLiteral("file"));
    const QCommandLineOption cameraVideo(QStringLiteral("camera-video"),
                                         QStringLiteral("video file as the camera"), QStringLiteral("file"));
    parser.addOptions({demo, mode, lang, theme, screenshot, cameraVideo});

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.demo = parser.isSet(demo);
    if (parser.isSet(mode)) {
        options.mode = terminalModeFromKey(parser.value(mode));
        if (!options.mode)
            options.error = LaunchText::badMode(parser.value(mode));
    }
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !supportedLanguages().contains(options.language))
        options.error = LaunchText::badLanguage(options.language);
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && options.theme != u"standard" && options.theme != u"elder")
        options.error = LaunchText::badTheme(options.theme);
    options.screenshotPath = parser.value(screenshot);
    options.cameraVideo = parser.value(cameraVideo);
    return options;
}

} // namespace ssc
