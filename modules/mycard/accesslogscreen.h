#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

class QPushButton;

namespace ssc {

class NoticeBanner;

// 我的信息使用记录: who used the logged-in person's data and when, from the platform's audit (GET
// /api/v1/me/access-log): staff (masked, in the role they acted in) or the person's own logins, where, and
// the service in plain words; newest first, a page at a time ("earlier entries"). Reached from "My social
// security card" on a kiosk.
class AccessLogScreen : public QWidget {
    Q_OBJECT
public:
    explicit AccessLogScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int entryCount() const { return int(m_entries.size()); }
    int total() const { return m_total; }
    QString statusText() const;
    QString resultsText() const; // every label, the notice's words included
    NoticeBanner* notice() const { return m_notice; }
    QPushButton* moreButton() const { return m_more; }

    static constexpr int pageSize = 20;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(int page);
    void retranslate();
    QString entryText(const QJsonObject& entry) const;

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    NoticeBanner* m_notice; // the empty state and the error state, each with its way on
    QPushButton* m_more;    // the next page, under the entries
    QPushButton* m_noticeAction;
    QJsonArray m_entries;
    int m_page = 0;
    int m_total = 0;
    bool m_loaded = false;
    bool m_loading = false;
    std::function<QString()> m_problem; // the platform's words in the language of the moment; empty: none
};

} // namespace ssc
