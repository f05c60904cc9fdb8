#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ssc {

IdleWatcher::IdleWatcher(int timeoutSeconds, int warnSeconds, QObject* parent)
    : QObject(parent), m_timeoutSeconds(std::max(5, timeoutSeconds)),
      m_warnSeconds(std::clamp(warnSeconds, 1, m_timeoutSeconds))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::tick);
}

void IdleWatcher::start()
{
    m_secondsLeft = m_timeoutSeconds;
    QCoreApplication::instance()->installEventFilter(this);
    m_tick.start();
    emit secondsLeftChanged(m_secondsLeft);
}

void IdleWatcher::stop()
{
    m_tick.stop();
    QCoreApplication::instance()->removeEventFilter(this);
    emit secondsLeftChanged(0);
}

void IdleWatcher::poke()
{
    const bool wasWarning = m_tick.isActive() && m_secondsLeft <= m_warnSeconds;
    const bool changed = m_tick.isActive() && m_secondsLeft != m_timeoutSeconds;
    m_secondsLeft = m_timeoutSeconds;
    if (changed)
        emit secondsLeftChanged(m_secondsLeft);
    if (wasWarning)
        emit activity();
}

void IdleWatcher::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0)
        emit secondsLeftChanged(m_secondsLeft);
    if (m_secondsLeft <= 0) {
        stop();
        emit timedOut();
    } else if (m_secondsLeft <= m_warnSeconds) {
        emit countdown(m_secondsLeft);
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ssc
