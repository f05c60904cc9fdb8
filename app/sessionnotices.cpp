#include "sessionnotices.h"

#include "moduleapi/noticebanner.h"

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

SessionNotices::SessionNotices(QWidget* parent)
    : QWidget(parent), m_switch(new NoticeBanner), m_countdown(new NoticeBanner), m_told(new NoticeBanner)
{
    setObjectName(QStringLiteral("sessionNotices"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 16, 48, 0);
    layout->setSpacing(8);
    for (NoticeBanner* banner : {m_switch, m_countdown, m_told}) {
        layout->addWidget(banner);
        banner->hide();
    }
    // Staying is the safe answer and the primary one: a stray scan must not invite logging the person out.
    connect(m_switch->addAction(QStringLiteral("switchNo")), &QPushButton::clicked, this,
            &SessionNotices::switchDeclined);
    connect(m_switch->addAction(QStringLiteral("switchYes"), NoticeBanner::Emphasis::Secondary),
            &QPushButton::clicked, this, &SessionNotices::switchConfirmed);
    connect(m_countdown->addAction(QStringLiteral("stillHere")), &QPushButton::clicked, this, [this] {
        showCountdown(0);
        emit stillHere();
    });
    connect(m_told->addAction(QStringLiteral("toldOk")), &QPushButton::clicked, this,
            &SessionNotices::hideTold);
    m_toldTimer.setSingleShot(true);
    connect(&m_toldTimer, &QTimer::timeout, this, &SessionNotices::hideTold);
    hide();
    retranslate();
}

void SessionNotices::askSwitch(const QString& current, const QString& next)
{
    m_current = current;
    m_next = next;
    retranslate();
}

void SessionNotices::hideSwitch()
{
    m_current.clear();
    m_next.clear();
    retranslate();
}

bool SessionNotices::askingSwitch() const
{
    return !m_next.isEmpty();
}

void SessionNotices::showCountdown(int secondsLeft)
{
    m_secondsLeft = std::max(0, secondsLeft);
    m_countdown->setVisible(m_secondsLeft > 0);
    retranslate();
}

void SessionNotices::tell(design::Tone tone, std::function<QString()> headline,
                          std::function<QString()> detail, int seconds)
{
    m_toldTone = tone;
    m_toldHeadline = std::move(headline);
    m_toldDetail = std::move(detail);
    m_told->show();
    m_toldTimer.start(seconds * 1000);
    retranslate();
}

void SessionNotices::hideTold()
{
    m_toldTimer.stop();
    m_toldHeadline = nullptr;
    m_toldDetail = nullptr;
    m_told->hide();
    retranslate();
}

void SessionNotices::clearAll()
{
    hideSwitch();
    showCountdown(0);
    hideTold();
}

void SessionNotices::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    claimHeight();
}

void SessionNotices::claimHeight()
{
    // The window's layout does not ask wrapped words for their height: the notices say it themselves, so
    // a screen below gives way and a notice is never cut.
    const QMargins margins = layout()->contentsMargins();
    int needed = margins.top() + margins.bottom();
    int shown = 0;
    for (NoticeBanner* banner : {m_switch, m_countdown, m_told})
        if (!banner->isHidden()) {
            needed += banner->heightForWidth(width() - margins.left() - margins.right());
            ++shown;
        }
    needed += layout()->spacing() * std::max(0, shown - 1);
    if (needed != minimumHeight())
        setMinimumHeight(needed);
}

void SessionNotices::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionNotices::retranslate()
{
    m_switch->setNotice(
        design::Tone::Warning, tr("Another person's code was scanned"),
        tr("Log %1 out and continue with %2? Nothing is changed until you choose.").arg(m_current, m_next));
    m_switch->findChild<QPushButton*>(QStringLiteral("switchYes"))->setText(tr("Switch to %1").arg(m_next));
    m_switch->findChild<QPushButton*>(QStringLiteral("switchNo"))->setText(tr("Stay with %1").arg(m_current));
    m_countdown->setNotice(design::Tone::Warning, tr("Are you still there?"),
                           tr("For your privacy you will be logged out in %1 seconds.").arg(m_secondsLeft));
    m_countdown->findChild<QPushButton*>(QStringLiteral("stillHere"))->setText(tr("I am still here"));
    if (m_toldHeadline)
        m_told->setNotice(m_toldTone, m_toldHeadline(), m_toldDetail ? m_toldDetail() : QString());
    m_told->findChild<QPushButton*>(QStringLiteral("toldOk"))->setText(tr("OK"));
    // One question at a time: the logout about to happen comes first (it cannot wait), and the switch asked
    // for comes back once "I am still here" is tapped. Two banners at once left the countdown's button cut
    // off in a 1280 x 800 window.
    m_switch->setVisible(!m_next.isEmpty() && m_countdown->isHidden());
    setVisible(!m_switch->isHidden() || !m_countdown->isHidden() || !m_told->isHidden());
    claimHeight();
}

} // namespace ssc
