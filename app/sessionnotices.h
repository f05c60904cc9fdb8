#pragma once

#include "moduleapi/designsystem.h"

#include <QTimer>
#include <QWidget>

#include <functional>

namespace ssc {

class NoticeBanner;

// The notices above whatever screen is open (a service screen included), so a citizen sees them where they
// are: the idle countdown with "I am still here", the question before switching to another person's code,
// and a short word afterwards about what happened (logged out for inactivity, a scanned code that changed
// nothing). Texts are kept as functions and rendered again when the language changes.
class SessionNotices : public QWidget {
    Q_OBJECT
public:
    explicit SessionNotices(QWidget* parent = nullptr);

    // `current` and `next` are the masked names of the two people.
    void askSwitch(const QString& current, const QString& next);
    void hideSwitch();
    bool askingSwitch() const;
    void showCountdown(int secondsLeft); // 0 hides it
    int countdownShown() const { return m_secondsLeft; }
    // A notice that goes by itself after `seconds` (or with its OK button).
    void tell(design::Tone tone, std::function<QString()> headline, std::function<QString()> detail,
              int seconds = 30);
    void hideTold();
    void clearAll();

    NoticeBanner* switchBanner() const { return m_switch; }
    NoticeBanner* countdownBanner() const { return m_countdown; }
    NoticeBanner* toldBanner() const { return m_told; }

signals:
    void switchConfirmed();
    void switchDeclined();
    void stillHere();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void claimHeight(); // the height the shown notices need at this width

    NoticeBanner* m_switch;
    NoticeBanner* m_countdown;
    NoticeBanner* m_told;
    QString m_current;
    QString m_next;
    int m_secondsLeft = 0;
    design::Tone m_toldTone = design::Tone::Info;
    std::function<QString()> m_toldHeadline;
    std::function<QString()> m_toldDetail;
    QTimer m_toldTimer;
};

} // namespace ssc
