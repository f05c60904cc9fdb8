#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

class QPushButton;

namespace ssc {

class NoticeBanner;
struct AccessLogRun;

// 谁用过我的信息: who used the logged-in person's data and when, from the platform's audit (GET
// /api/v1/me/access-log): staff (masked, in the role they acted in) or the person's own logins, where, and
// the service in plain words; the person's own logins in a row at one terminal as one entry; newest first, a
// page at a time ("earlier entries"), and after them what to do about an entry that was not the person.
// Reached from "My social security card" on a kiosk.
class AccessLogScreen : public QWidget {
    Q_OBJECT
public:
    explicit AccessLogScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int entryCount() const { return int(m_entries.size()); }
    int cardCount() const { return m_cardCount; } // the entries as shown: the own logins in a row as one
    int total() const { return m_total; }
    QString statusText() const;
    QString resultsText() const; // every label, the notice's words included
    NoticeBanner* notice() const { return m_notice; }
    QPushButton* moreButton() const { return m_more; }
    // Under the entries: what to do about one that was not the person (report the card lost, then a
    // counter or 12333); its button, where the person's card can still be reported lost.
    NoticeBanner* notMeNotice() const { return m_notMe; }

    static constexpr int pageSize = 20;

signals:
    // "Report my card lost" under the entries: the card the person signed in with is to be reported lost.
    void reportLostRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(int page);
    void retranslate();
    QString entryText(const AccessLogRun& run) const;
    void addNotMeNotice();
    bool canReportLost() const; // the session's own card, in use, is known: it can be reported lost

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    NoticeBanner* m_notice;          // the empty state and the error state, each with its way on
    QPushButton* m_more;             // the next page, under the entries
    NoticeBanner* m_notMe = nullptr; // "not you?" after the entries; null while there are none
    QPushButton* m_noticeAction;
    QJsonArray m_entries;
    int m_page = 0;
    int m_total = 0;
    int m_cardCount = 0;
    int m_byStaff = 0; // of the total, entries a staff member made
    bool m_loaded = false;
    bool m_loading = false;
    std::function<QString()> m_problem; // the platform's words in the language of the moment; empty: none
};

} // namespace ssc
