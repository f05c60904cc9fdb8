#pragma once

#include "moduleapi/choicebuttons.h"
#include "moduleapi/resultscreen.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

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
    // The region and kind tiles, shown on request: closed, one line says what is shown and the results start
    // above the fold (open, the tiles filled a 1280 x 800 screen in the elder theme and hid every result).
    bool filtersOpen() const { return m_filtersOpen; }
    void showFilters(bool open);

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
    QLabel* m_shown;              // "北京市 · 全部类型": what the results are of
    QPushButton* m_changeFilters; // opens and closes the tiles
    bool m_filtersOpen = false;
    int m_resultCount = 0;
};

} // namespace ssc
