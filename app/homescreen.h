#pragma once

#include "domain/terminalmode.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ssc {

struct CitizenSession;
class ScrollPage;
struct ServiceModule;
class ServiceTile;

// The citizen's home: who is logged in (masked), the card used, the services of this mode, logout. The idle
// countdown and the "someone else scanned" question are the window's (SessionNotices), above any screen.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);
    // At a counter the clerk reads this screen, not the citizen: the greeting says whose session it is
    // ("Serving 张*"), and the session ends in one place, the citizen panel's "End session".
    void setAtCounter(bool atCounter);

    void showSession(const CitizenSession& session, const std::vector<const ServiceModule*>& services);
    // Visitor mode: every service, those open to all first, personal ones marked as needing a login. A home
    // visit (the field laptop with nobody served yet) is titled as the visiting staff's services.
    void showVisitor(const std::vector<const ServiceModule*>& services, bool homeVisit = false);
    void clear(); // wipes every trace of the person from the widgets, and scrolls back to the top
    // The services the platform cannot offer now (GET /health's closedServices): their tiles say so before a
    // tap, and a tap still opens them, where the service says where to go instead.
    void setClosedServices(const QStringList& ids);
    QString greeting() const;

signals:
    void serviceChosen(const QString& id);
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void wrapTiles(); // breaks each tile's words for the width it has now
    void placeTiles(const QList<ServiceTile*>& tiles, int columns); // in rows of `columns`

    const CitizenSession* m_session = nullptr;
    bool m_visitor = false;
    bool m_homeVisit = false;
    bool m_atCounter = false;
    std::vector<const ServiceModule*> m_services;
    QStringList m_closed;
    QLabel* m_greeting;
    QLabel* m_cardLine;
    QGridLayout* m_tiles;
    QPushButton* m_logout;
    ScrollPage* m_page;
    // A visitor's heading over the services that need a login ("After logging in …"), so each of those tiles
    // can say what it does instead of repeating that it needs a login; none otherwise.
    QLabel* m_loginHeading = nullptr;
    int m_placedColumns = 3;
};

} // namespace ssc
