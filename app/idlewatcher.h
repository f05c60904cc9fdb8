#pragma once

#include <QObject>
#include <QTimer>

namespace ssc {

// Kiosk idle logout: any touch, click or key restarts the clock; in the last `warnSeconds` it counts down
// visibly (countdown), then says timedOut. Runs only while someone is logged in (start/stop).
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    IdleWatcher(int timeoutSeconds, int warnSeconds, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_tick.isActive(); }
    int secondsLeft() const { return m_secondsLeft; }
    void poke(); // user activity

signals:
    void secondsLeftChanged(int secondsLeft); // every second while running, on activity, 0 when stopped
    void countdown(int secondsLeft);          // only inside the warning window; 0 never emitted
    void activity();                          // the countdown is over because the user did something
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    int m_timeoutSeconds;
    int m_warnSeconds;
    int m_secondsLeft = 0;
    QTimer m_tick;
};

} // namespace ssc
