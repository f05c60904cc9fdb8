#pragma once

#include "fleetincidents.h"
#include "moduleapi/stafflistpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

class QLabel;

namespace ssc {

// 终端状态, at a counter, for the hall manager: the hall's terminals, those with an alert first (a scanner
// gone, a printer out of paper or toner, silent), each with its state, when it was last heard from and what
// is wrong in plain words. Looked up again every 30 seconds; an incident that was not there before is
// announced at the top in the error colour until the manager has seen the list without new ones.
class FleetScreen : public StaffListPage {
    Q_OBJECT
public:
    explicit FleetScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int terminalCount() const { return int(m_terminals.size()); }
    QString rowText(int index) const;
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildRows();
    void retranslate();
    QString describe(const QJsonObject& terminal) const;
    QString newIncidentLines() const;

    QJsonArray m_terminals; // alerts first
    qint64 m_time = 0;      // the platform's clock at the last answer
    bool m_loaded = false;
    QString m_problem;
    FleetIncidents m_incidents;
    QList<QJsonObject> m_newIncidents; // {name, code, subject} since the previous look-up
    QList<QLabel*> m_rowLabels;
    QTimer m_refresh;
};

} // namespace ssc
