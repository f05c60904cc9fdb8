#pragma once

#include <QString>

class QApplication;

namespace ssc {

// One look for every screen: resources/themes/standard.qss, plus elder.qss for the elder interface.
enum class Theme { Standard, Elder };

QString themeKey(Theme theme); // "standard", "elder"
Theme themeFromKey(QStringView key);
QString themeStyleSheet(Theme theme);
void applyTheme(QApplication& app, Theme theme);

} // namespace ssc
