#include "signincountersscreen.h"

#include "fleet/fleetwords.h"
#include "moduleapi/noticebanner.h"
#include "platform/platformclient.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

SignInCountersScreen::SignInCountersScreen(const ModuleContext& context, QWidget* parent)
    : StaffListPage(context, parent)
{
    retranslate();
    reload();
}

void SignInCountersScreen::reload()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/sign-in-counters"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            m_counters = result.body.value(QStringLiteral("counters")).toArray();
            m_unknownNames = result.body.value(QStringLiteral("unknownNames")).toInt();
            rebuildRows();
            retranslate();
        },
        this);
}

// One row a counter: what it is, how it stands (a blocked one drawn as an error, with its lock's end in
// words), and the button that clears it.
void SignInCountersScreen::rebuildRows()
{
    clearRows();
    m_rowLabels.clear();
    m_rowButtons.clear();
    for (int i = 0; i < m_counters.size(); ++i) {
        const Row row = addRow();
        setRowTone(row, blocked(i) ? design::Tone::Error : design::Tone::Warning);
        connect(row.button, &QPushButton::clicked, this, [this, i] { clear(i); });
        m_rowLabels.append(row.label);
        m_rowButtons.append(row.button);
    }
}

void SignInCountersScreen::clear(int index)
{
    if (index < 0 || index >= m_counters.size() || m_busy || !m_context.platform)
        return;
    m_busy = true;
    retranslate();
    const QJsonObject counter = m_counters[index].toObject();
    m_context.platform->post(
        QStringLiteral("/api/v1/staff/sign-in-counters/clear"),
        {{QStringLiteral("kind"), counter.value(QStringLiteral("kind"))},
         {QStringLiteral("name"), counter.value(QStringLiteral("name"))}},
        [this](const PlatformResult& result) {
            m_busy = false;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            reload();
        },
        {}, this);
}

QString SignInCountersScreen::describe(const QJsonObject& counter) const
{
    const bool account = counter.value(QStringLiteral("kind")).toString() == u"account";
    const QString name = counter.value(QStringLiteral("name")).toString();
    const int failures = counter.value(QStringLiteral("failures")).toInt();
    QString text = (account ? tr("Account %1").arg(name) : terminal(counter)) + QLatin1Char('\n') +
                   tr("%n wrong sign-in(s) in a row", "", failures);
    if (counter.contains(QStringLiteral("blockedUntil")))
        text +=
            QLatin1Char('\n') +
            tr("Blocked until %1")
                .arg(QDateTime::fromMSecsSinceEpoch(counter.value(QStringLiteral("blockedUntil")).toInteger())
                         .toString(QStringLiteral("HH:mm:ss")));
    else
        text += QLatin1Char('\n') + tr("Not blocked: signing in still works");
    return text;
}

// A terminal as the manager knows it, by where it stands and what it is, and this one marked: wrong
// sign-ins at the counter the manager sits at are most likely their own.
QString SignInCountersScreen::terminal(const QJsonObject& counter) const
{
    const QString id = counter.value(QStringLiteral("name")).toString();
    const QJsonValue name = counter.value(QStringLiteral("terminalName"));
    const QString mode = counter.value(QStringLiteral("terminalMode")).toString();
    // By its name and kind; the id only for an id no terminal has (a guessed one), all there is to show.
    QString text = !name.isObject() ? tr("Terminal %1").arg(id)
                   : mode.isEmpty() ? tr("Terminal %1").arg(dataInCurrentLanguage(name))
                                    : tr("%1 (%2)").arg(dataInCurrentLanguage(name), FleetWords::mode(mode));
    if (m_context.platform && id == m_context.platform->config().terminalId)
        text = tr("%1 · this terminal").arg(text);
    return text;
}

bool SignInCountersScreen::blocked(int index) const
{
    return m_counters[index].toObject().contains(QStringLiteral("blockedUntil"));
}

QString SignInCountersScreen::rowText(int index) const
{
    return m_rowLabels.value(index) ? m_rowLabels[index]->text() : QString();
}

void SignInCountersScreen::retranslate()
{
    m_title->setText(tr("Wrong sign-ins"));
    m_back->setText(tr("Back"));
    for (int i = 0; i < m_rowLabels.size(); ++i) {
        m_rowLabels[i]->setText(describe(m_counters[i].toObject()));
        // Unblocking is what a blocked one needs; one not blocked only has its count cleared.
        m_rowButtons[i]->setText(blocked(i) ? tr("Clear and unblock") : tr("Clear the count"));
        m_rowButtons[i]->setEnabled(!m_busy);
    }
    const QString unknown =
        m_unknownNames > 0 ? tr("%n user name(s) that no account has were tried too; they are not shown.", "",
                                m_unknownNames)
                           : QString();
    if (!m_loaded)
        return m_notice->setNotice(design::Tone::Info, tr("Looking up wrong sign-ins…"));
    if (!m_problem.isEmpty())
        return m_notice->setNotice(design::Tone::Error, m_problem);
    if (m_counters.isEmpty())
        return m_notice->setNotice(design::Tone::Success, tr("No wrong sign-ins."), unknown);
    int blockedCount = 0;
    for (int i = 0; i < m_counters.size(); ++i)
        blockedCount += blocked(i) ? 1 : 0;
    m_notice->setNotice(design::Tone::Warning,
                        blockedCount > 0
                            ? tr("%n account(s) or terminal(s) with wrong sign-ins, blocked ones first.", "",
                                 int(m_counters.size()))
                            : tr("%n account(s) or terminal(s) with wrong sign-ins, none blocked.", "",
                                 int(m_counters.size())),
                        tr("Clear a count only when you know who made the wrong sign-ins.") +
                            (unknown.isEmpty() ? QString() : QLatin1Char(' ') + unknown));
}

void SignInCountersScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
