#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

namespace ssc {

// 我的办件: every application of the person served — registrations, benefit claims, disputes — newest first,
// each with what it is, how far it has come in words, its receipt and date, and why when returned. At a
// counter this is the clerk's view of the citizen's cases; at a kiosk the citizen's own progress query.
class ApplicationsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationsScreen(const ModuleContext& context, QWidget* parent = nullptr);
    QString statusText() const;
    int shown() const { return int(m_applications.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ResultScreenFrame m_frame;
    QJsonArray m_applications;
    bool m_loaded = false;
    QString m_problem;
};

} // namespace ssc
