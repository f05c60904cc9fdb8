#pragma once

#include "moduleapi/resultscreen.h"

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;

namespace ssc {

class OutletsScreen : public QWidget {
    Q_OBJECT
public:
    explicit OutletsScreen(const ModuleContext& context, QWidget* parent = nullptr);

    // For tests and the kiosk's own buttons: choose a region (code) and a kind ("" = all).
    void choose(const QString& regionCode, const QString& kind);
    QString resultsText() const;
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
    QHBoxLayout* m_regions;
    QHBoxLayout* m_kinds;
    QButtonGroup* m_regionGroup;
    QButtonGroup* m_kindGroup;
    int m_resultCount = 0;
};

} // namespace ssc
