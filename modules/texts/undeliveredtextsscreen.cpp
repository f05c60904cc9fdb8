#include "undeliveredtextsscreen.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "platform/platformclient.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {
namespace {

// Rows that fit a counter's 1280x800 screen below the notice with room to spare; the rest wait their turn.
constexpr int shownRows = 4;

} // namespace

UndeliveredTextsScreen::UndeliveredTextsScreen(const ModuleContext& context, QWidget* parent)
    : StaffListPage(context, parent)
{
    retranslate();
    reload();
}

void UndeliveredTextsScreen::reload()
{
    load({QStringLiteral("failed"), QStringLiteral("undelivered")}, {});
}

// One state after the other (the platform lists one at a time), then the rows.
void UndeliveredTextsScreen::load(const QStringList& states, QJsonArray collected)
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/notifications?state=") + states.first(),
        [this, states, collected](const PlatformResult& result) mutable {
            if (result.ok()) {
                for (const QJsonValue& text : result.body.value(QStringLiteral("texts")).toArray())
                    collected.append(text);
                m_gateway = result.body.value(QStringLiteral("gatewayConfigured")).toBool();
                if (states.size() > 1)
                    return load(states.mid(1), collected);
            }
            m_loaded = true;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            // Failed and undelivered together, newest first.
            QList<QJsonValue> texts(collected.begin(), collected.end());
            std::sort(texts.begin(), texts.end(), [](const QJsonValue& a, const QJsonValue& b) {
                return a[QStringLiteral("createdAt")].toInteger() >
                       b[QStringLiteral("createdAt")].toInteger();
            });
            m_texts = QJsonArray();
            for (const QJsonValue& text : texts)
                m_texts.append(text);
            rebuildRows();
            retranslate();
        },
        this);
}

// One row a text, its own widget: a reload drops the old rows whole.
void UndeliveredTextsScreen::rebuildRows()
{
    clearRows();
    m_rowLabels.clear();
    m_rowButtons.clear();
    for (int i = 0; i < std::min(int(m_texts.size()), shownRows); ++i) {
        const Row row = addRow();
        setRowTone(row, design::Tone::Error); // each one a text that did not reach its person
        connect(row.button, &QPushButton::clicked, this, [this, i] { sendAgain(i); });
        m_rowLabels.append(row.label);
        m_rowButtons.append(row.button);
    }
}

void UndeliveredTextsScreen::sendAgain(int index)
{
    if (index < 0 || index >= m_texts.size() || m_busy || !m_context.platform)
        return;
    m_busy = true;
    retranslate();
    const qint64 id = m_texts[index].toObject().value(QStringLiteral("id")).toInteger();
    m_context.platform->post(
        QStringLiteral("/api/v1/staff/notifications/%1/retry").arg(id), {},
        [this](const PlatformResult& result) {
            m_busy = false;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            reload();
        },
        {}, this);
}

QString UndeliveredTextsScreen::describe(const QJsonObject& text) const
{
    const QString receipt =
        design::unbroken(design::groupForReading(text.value(QStringLiteral("receipt")).toString()));
    const QString phone = text.value(QStringLiteral("phone")).toString(); // masked by the platform
    const QString when = QDateTime::fromMSecsSinceEpoch(text.value(QStringLiteral("createdAt")).toInteger())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString outcome =
        text.value(QStringLiteral("state")).toString() == u"undelivered"
            ? tr("The phone network reported it not delivered")
            : tr("Could not be sent after %n attempt(s)", "", text.value(QStringLiteral("attempts")).toInt());
    // The text as the person would read it: Chinese in every interface language, like the message itself.
    return tr("Receipt %1 · to %2 · decided %3").arg(receipt, phone, when) + QLatin1Char('\n') + outcome +
           QLatin1Char('\n') + text.value(QStringLiteral("text")).toString();
}

QString UndeliveredTextsScreen::rowText(int index) const
{
    return m_rowLabels.value(index) ? m_rowLabels[index]->text() : QString();
}

void UndeliveredTextsScreen::retranslate()
{
    m_title->setText(tr("Undelivered texts"));
    m_back->setText(tr("Back"));
    for (int i = 0; i < m_rowLabels.size(); ++i) {
        m_rowLabels[i]->setText(describe(m_texts[i].toObject()));
        m_rowButtons[i]->setText(tr("Send again"));
        m_rowButtons[i]->setEnabled(!m_busy);
    }
    if (!m_loaded)
        return m_notice->setNotice(design::Tone::Info, tr("Looking up undelivered texts…"));
    if (!m_problem.isEmpty())
        return m_notice->setNotice(design::Tone::Error, m_problem);
    if (!m_gateway)
        return m_notice->setNotice(
            design::Tone::Warning, tr("Decisions cannot be sent by text for now."),
            // What the manager can do, and what the applicants still have meanwhile: not a dead end.
            tr("The texts are kept and go out by themselves once sending works again; please call technical "
               "support. Meanwhile applicants see each decision under My applications at a kiosk, or at a "
               "counter."));
    if (m_texts.isEmpty())
        return m_notice->setNotice(design::Tone::Success, tr("Every text has been sent."));
    m_notice->setNotice(
        design::Tone::Warning,
        tr("%n text(s) did not reach the person, newest first.", "", int(m_texts.size())),
        (m_texts.size() > shownRows
             ? tr("The newest %1 are shown; the others follow once these are dealt with.").arg(shownRows) +
                   QLatin1Char(' ')
             : QString()) +
            tr("Check the phone number on file with the person before sending a text again."));
}

void UndeliveredTextsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
