#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QStackedWidget;

namespace ssc {

class HeaderBar;

// Keeps the header's Home button (EXPERIENCE.md: "Back and Home always there") offered exactly where leaving
// is: while a service screen shows a way back. A screen hides its Back while leaving would break something (a
// card being written, a payment whose "do not pay now" says what becomes of the order); Home follows it, so
// the two never disagree. A page that ends with its own Home (a result page) keeps the header's too: the
// header is the same on every service page. Watches the screens' stack and the shows and hides inside the
// open service screen.
class HeaderHomeOffer : public QObject {
    Q_OBJECT
public:
    HeaderHomeOffer(QStackedWidget& screens, HeaderBar& header, std::function<QWidget*()> serviceScreen,
                    QObject* parent = nullptr);

    void update();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStackedWidget& m_screens;
    HeaderBar& m_header;
    std::function<QWidget*()> m_serviceScreen;
    bool m_updateQueued = false;
};

} // namespace ssc
