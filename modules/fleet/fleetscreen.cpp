#include "fleetscreen.h"

#include "fleetwords.h"
#include "moduleapi/noticebanner.h"
#include "platform/platformclient.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {
namespace {

// 2: an alert (incident), 1: something else wrong, 0: working.
int severity(const QJsonObject& terminal)
{
    int worst = 0;
    for (const QJsonValue& p : terminal.value(QStringLiteral("problems")).toArray())
        worst = std::max(worst, p.toObject().value(QStringLiteral("alert")).toBool() ? 2 : 1);
    return worst;
}

} // namespace

FleetScreen::FleetScreen(const ModuleContext& context, QWidget* parent) : StaffListPage(context, parent)
{
    m_refresh.setInterval(std::chrono::seconds(30));
    connect(&m_refresh, &QTimer::timeout, this, &FleetScreen::reload);
    m_refresh.start();
    retranslate();
    reload();
}

void FleetScreen::reload()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/fleet"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            if (!result.ok())
                return retranslate(); // the last list stays, with the problem above it
            m_time = result.body.value(QStringLiteral("time")).toInteger();
            QList<QJsonObject> terminals;
            for (const QJsonValue& v : result.body.value(QStringLiteral("terminals")).toArray())
                terminals.append(v.toObject());
            std::stable_sort(
                terminals.begin(), terminals.end(),
                [](const QJsonObject& a, const QJsonObject& b) { return severity(a) > severity(b); });
            m_terminals = {};
            for (const QJsonObject& t : terminals)
                m_terminals.append(t);
            m_newIncidents = m_incidents.news(m_terminals);
            rebuildRows();
            retranslate();
        },
        this);
}

void FleetScreen::rebuildRows()
{
    clearRows();
    m_rowLabels.clear();
    for (int i = 0; i < m_terminals.size(); ++i) {
        const Row row = addRow();
        row.label->setTextFormat(Qt::PlainText);
        row.button->hide(); // nothing to do on a row: the terminal is mended where it stands
        // The tone's icon and edge say how it stands, the words say it too, so colour is never the only sign.
        // One that has not reported is not known to serve: a warning, not a note.
        const QJsonObject terminal = m_terminals[i].toObject();
        const int level = severity(terminal);
        const bool reported = terminal.value(QStringLiteral("reported")).toBool();
        setRowTone(row, !reported || level == 1 ? design::Tone::Warning
                        : level == 2            ? design::Tone::Error
                                                : design::Tone::Success);
        m_rowLabels.append(row.label);
    }
}

QString FleetScreen::describe(const QJsonObject& t) const
{
    // The terminal by its name and kind, as the manager knows it; its id is for the diagnostics page.
    QString text = tr("%1 (%2)").arg(dataInCurrentLanguage(t.value(QStringLiteral("name"))),
                                     FleetWords::mode(t.value(QStringLiteral("mode")).toString()));
    if (m_context.platform &&
        t.value(QStringLiteral("id")).toString() == m_context.platform->config().terminalId)
        text = tr("%1 · this terminal").arg(text); // the one the manager is looking at
    if (!t.value(QStringLiteral("reported")).toBool())
        return text + QLatin1Char('\n') + tr("Has not reported yet.");
    const QJsonArray problems = t.value(QStringLiteral("problems")).toArray();
    const int level = severity(t);
    text += QLatin1Char('\n') +
            (level == 2   ? tr("Needs attention now")
             : level == 1 ? tr("Working, with a warning")
                          : tr("Working")) +
            QStringLiteral(" · ") +
            FleetWords::lastSeen(t.value(QStringLiteral("lastSeenAt")).toInteger(), m_time) +
            QStringLiteral(" · ") + tr("version %1").arg(t.value(QStringLiteral("version")).toString());
    const QJsonArray incidents = t.value(QStringLiteral("incidents")).toArray();
    for (const QJsonValue& p : problems) {
        text += QStringLiteral("\n• ") + FleetWords::problem(p.toObject());
        for (const QJsonValue& i : incidents)
            if (const QJsonObject incident = i.toObject();
                incident.value(QStringLiteral("kind")) == p.toObject().value(QStringLiteral("code")) &&
                incident.value(QStringLiteral("flaps")).toInt() > 0)
                text += u' ' + FleetWords::flaps(incident.value(QStringLiteral("flaps")).toInt());
    }
    return text;
}

// In the language of the moment: kept as codes, put in words each time.
QString FleetScreen::newIncidentLines() const
{
    QStringList lines;
    for (const QJsonObject& incident : m_newIncidents)
        lines << tr("%1: %2").arg(dataInCurrentLanguage(incident.value(QStringLiteral("name"))),
                                  FleetWords::problem(incident));
    return lines.join(QLatin1Char('\n'));
}

QString FleetScreen::rowText(int index) const
{
    return m_rowLabels.value(index) ? m_rowLabels[index]->text() : QString();
}

void FleetScreen::retranslate()
{
    m_title->setText(tr("Terminals"));
    m_back->setText(tr("Back"));
    for (int i = 0; i < m_rowLabels.size(); ++i)
        m_rowLabels[i]->setText(describe(m_terminals[i].toObject()));
    if (!m_loaded)
        return m_notice->setNotice(design::Tone::Info, tr("Looking up the hall's terminals…"));
    if (!m_problem.isEmpty())
        return m_notice->setNotice(design::Tone::Error, m_problem);
    int alerts = 0;
    int warnings = 0;
    for (const QJsonValue& t : m_terminals)
        (severity(t.toObject()) == 2 ? alerts : warnings) += severity(t.toObject()) > 0 ? 1 : 0;
    if (!m_newIncidents.isEmpty())
        return m_notice->setNotice(design::Tone::Error,
                                   tr("%n new problem(s) in the hall.", "", int(m_newIncidents.size())),
                                   newIncidentLines());
    if (alerts > 0)
        return m_notice->setNotice(
            design::Tone::Warning, tr("%n terminal(s) need attention now.", "", alerts),
            tr("They are listed first. The list is looked up again every 30 seconds."));
    if (m_terminals.isEmpty())
        return m_notice->setNotice(design::Tone::Info, tr("No terminals are registered in this hall."));
    // A terminal that has not reported is not known to be serving: the summary never says "all" over it.
    qsizetype unreported = 0;
    for (const QJsonValue& t : m_terminals)
        unreported += t.toObject().value(QStringLiteral("reported")).toBool() ? 0 : 1;
    if (unreported > 0) {
        const QString why =
            tr("A terminal reports within a minute of starting; one that never does is switched "
               "off or cannot reach the service.");
        if (unreported == m_terminals.size())
            return m_notice->setNotice(design::Tone::Warning,
                                       tr("None of the hall's terminals has reported yet."), why);
        return m_notice->setNotice(design::Tone::Warning,
                                   tr("%1 of %2 terminals are serving; %3 not reported yet.")
                                       .arg(m_terminals.size() - unreported)
                                       .arg(m_terminals.size())
                                       .arg(unreported),
                                   why);
    }
    m_notice->setNotice(design::Tone::Success,
                        tr("All %n terminal(s) are serving.", "", int(m_terminals.size())),
                        warnings > 0 ? tr("%n with a warning.", "", warnings) : QString());
}

void FleetScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
