#pragma once

// The matrix tst_conformance judges every screen in — {zh, en} x {standard, elder} x {1280x800, 1080x1920} —
// the rules for each combination, and the screens known not to pass yet (docs/design-system.md).
#include "conformance.h"

#include "domain/terminalmode.h"
#include "i18n/translator.h"
#include "moduleapi/designsystem.h"
#include "theme.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

namespace conformance {

struct Combination {
    QString language;
    ssc::Theme theme;
    QSize size;
    QString name() const
    {
        return QStringLiteral("%1/%2/%3x%4")
            .arg(language, ssc::themeKey(theme))
            .arg(size.width())
            .arg(size.height());
    }
};

inline const QList<Combination>& combinations()
{
    static const QList<Combination> all = [] {
        QList<Combination> list;
        for (const QString& language : {ssc::chineseLanguage, ssc::englishLanguage})
            for (ssc::Theme theme : {ssc::Theme::Standard, ssc::Theme::Elder})
                for (QSize size : {QSize(1280, 800), QSize(1080, 1920)})
                    list.append({language, theme, size});
        return list;
    }();
    return all;
}

inline conformance::Rules rulesFor(const Combination& c, bool needsTitleAndHome,
                                   ssc::TerminalMode mode = ssc::TerminalMode::Kiosk)
{
    const bool elder = c.theme == ssc::Theme::Elder;
    conformance::Rules rules;
    rules.minFontPx = elder ? 32 : 24;
    // A clerk's mouse at a counter or a visitor's laptop needs 44 px; a finger at a kiosk 60 (80 elder).
    rules.minTargetPx = mode != ssc::TerminalMode::Kiosk ? ssc::design::counterTargetPx : elder ? 80 : 60;
    rules.minContrast = elder ? 7.0 : 4.5;
    rules.screen = QRect(QPoint(0, 0), c.size);
    rules.needsTitleAndHome = needsTitleAndHome;
    return rules;
}

inline QString report(const QList<Violation>& violations)
{
    QStringList lines;
    for (const Violation& v : violations)
        lines << v.toString();
    lines.removeDuplicates();
    return lines.join(u'\n');
}

// Screens checked by every rule that still break some, with what breaks (docs/design-system.md). Each entry
// is a defect to fix, not an exemption: the test expects these to fail and fails when one passes.
inline const QHash<QString, QString>& notYetConforming()
{
    static const QHash<QString, QString> list{};
    return list;
}

} // namespace conformance
