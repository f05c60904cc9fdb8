#include "theme.h"

#include "moduleapi/designsystem.h"

#include <QApplication>
#include <QFile>

namespace ssc {
namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString themeKey(Theme theme)
{
    return theme == Theme::Elder ? QStringLiteral("elder") : QStringLiteral("standard");
}

Theme themeFromKey(QStringView key)
{
    return key == u"elder" ? Theme::Elder : Theme::Standard;
}

QString themeStyleSheet(Theme theme)
{
    QString sheet = readResource(QStringLiteral(":/themes/standard.qss"));
    sheet += u'\n' + design::toneStyleSheet();
    if (theme == Theme::Elder)
        sheet += u'\n' + readResource(QStringLiteral(":/themes/elder.qss"));
    return sheet;
}

void applyTheme(QApplication& app, Theme theme)
{
    app.setStyleSheet(themeStyleSheet(theme));
}

} // namespace ssc
