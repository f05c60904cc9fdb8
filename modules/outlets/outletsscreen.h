#pragma once

#include "moduleapi/choicebuttons.h"
#include "moduleapi/resultscreen.h"

#include <QJsonObject>
#include <QWidget>

namespace ssc {

class OutletsScreen : public QWidget {
    Q_OBJECT
public:
    explicit OutletsScreen(const ModuleContext& context, QWidget* parent = nullptr);

    // For tests and the kiosk's own buttons: choose a region (code) and a kind ("" = all).
    void choose(const QString& regionCode, const QString& kind);
    QString resultsText() const;
    // The regions' names on their buttons, in the screen's language.
    QStringList regionLabels() const;
    int resultCount() const { return m_resultCount; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadRegions();
    void load();
    void retranslate();

    ModuleContext m_context;
    QString m_region;
    QString m_kind;
    ResultScreenFrame m_frame;
    ChoiceButtons* m_regions;
    QJsonObject m_regionNames; // region code → its name in both languages, as the platform sent it
    ChoiceButtons* m_kinds;
    int m_resultCount = 0;
};

} // namespace ssc
