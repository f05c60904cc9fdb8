#include "outboxscreen.h"

#include "moduleapi/noticebanner.h"
#include "outbox/outboxsender.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

OutboxScreen::OutboxScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_send(new QPushButton(this))
{
    m_send->setObjectName(QStringLiteral("sendNowButton"));
    m_send->setProperty("primary", true);
    m_frame.addTopAction(m_send);
    if (m_context.outbox) {
        connect(m_send, &QPushButton::clicked, m_context.outbox, &OutboxSender::sendNow);
        connect(m_context.outbox, &OutboxSender::changed, this, &OutboxScreen::retranslate);
    }
    retranslate();
}

int OutboxScreen::waiting() const
{
    return m_context.outbox ? m_context.outbox->outbox().count() : 0;
}

QString OutboxScreen::statusText() const
{
    QString text = m_frame.status->text();
    if (m_banner)
        text += u'\n' + m_banner->headline() + u'\n' + m_banner->detail();
    return text.trimmed();
}

void OutboxScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Waiting to be sent"));
    m_send->setText(tr("Send now"));
    m_frame.clearResults();
    if (!m_context.outbox) {
        m_send->hide();
        return m_frame.status->setText(tr("This terminal sends everything at once: nothing waits here."));
    }
    const OutboxSender& sender = *m_context.outbox;
    QStringList unreadable;
    const QList<OutboxItem> items = m_context.outbox->outbox().pending(&unreadable);
    m_send->setEnabled(!sender.isSending() && !items.isEmpty());
    m_send->setVisible(!items.isEmpty() || !unreadable.isEmpty());
    QString status =
        items.isEmpty() ? QString() // said by the banner below, with its icon
        : sender.isSending()
            ? tr("Sending…")
            : tr("%n item(s) waiting to be sent. They are kept encrypted on this device and sent "
                 "as soon as there is a network.",
                 "", int(items.size()));
    // Above what waits, in the page that scrolls: a send that failed, or items this device cannot read, said
    // as a problem with its icon and colour, not as one more line of the count.
    m_banner = nullptr;
    if (!unreadable.isEmpty()) {
        m_banner = new NoticeBanner;
        m_banner->setNotice(
            design::Tone::Error,
            tr("%n item(s) cannot be read on this device and will not be sent.", "", int(unreadable.size())),
            tr("Please report it to the office before the next visit."));
    } else if (const auto problem = sender.lastProblem(); problem && !items.isEmpty()) {
        m_banner = new NoticeBanner;
        m_banner->setNotice(design::Tone::Warning, tr("The last try to send did not work"),
                            problem->messageAndAdvice());
    } else if (items.isEmpty()) {
        // Done, said as done: the visit's work has reached the platform, nothing of it is left here.
        m_banner = new NoticeBanner;
        m_banner->setNotice(design::Tone::Success, tr("Everything has been sent"),
                            tr("What was kept on this device has reached the social security office; "
                               "nothing waits here."));
    }
    if (m_banner)
        m_frame.results->addWidget(m_banner); // cleared with the cards (clearResults)
    m_frame.status->setText(status);
    m_frame.status->setHidden(status.isEmpty());
    for (const OutboxItem& item : items)
        m_frame.addResultCard(QStringLiteral("<b>%1</b><br>%2")
                                  .arg(labelOf(item).toHtmlEscaped(),
                                       tr("kept at %1")
                                           .arg(QDateTime::fromMSecsSinceEpoch(item.createdAtMs)
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                           .toHtmlEscaped()));
}

QString OutboxScreen::labelOf(const OutboxItem& item)
{
    if (item.service == outboxServices::pensionCertification)
        return tr("%1 · pension certification").arg(item.subject);
    return item.label;
}

void OutboxScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
