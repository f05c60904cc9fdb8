#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

namespace ssc {

class NoticeBanner;

// 我的办件: every application of the person served — registrations, benefit claims, disputes — newest first,
// each with what it is, how far it has come in words, its receipt and date, and why when returned. At a
// counter this is the clerk's view of the citizen's cases; at a kiosk the citizen's own progress query.
class ApplicationsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationsScreen(const ModuleContext& context, QWidget* parent = nullptr);
    QString statusText() const;
    int shown() const { return int(m_applications.size()); }
    NoticeBanner* emptyNotice() const { return m_empty; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    void showEmptyState();

    ResultScreenFrame m_frame;
    NoticeBanner* m_empty;  // nothing filed yet: what this page is for and where to go to file something
    QString m_personServed; // masked; at a counter or a home visit the clerk is told whose cases these are
    bool m_staff = false;
    QJsonArray m_applications;
    bool m_loaded = false;
    QString m_problem;
};

} // namespace ssc
