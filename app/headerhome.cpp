#include "headerhome.h"

#include "headerbar.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>

namespace ssc {

HeaderHomeOffer::HeaderHomeOffer(QStackedWidget& screens, HeaderBar& header,
                                 std::function<QWidget*()> serviceScreen, QObject* parent)
    : QObject(parent), m_screens(screens), m_header(header), m_serviceScreen(std::move(serviceScreen))
{
    connect(&m_screens, &QStackedWidget::currentChanged, this, &HeaderHomeOffer::update);
    qApp->installEventFilter(this);
    update();
}

void HeaderHomeOffer::update()
{
    m_updateQueued = false;
    QWidget* service = m_serviceScreen();
    bool offered = false;
    if (service && m_screens.currentWidget() == service) {
        const auto shows = [service](const QString& name) {
            const auto buttons = service->findChildren<QPushButton*>(name);
            return std::any_of(buttons.begin(), buttons.end(),
                               [service](const QPushButton* b) { return b->isVisibleTo(service); });
        };
        // One header everywhere (EXPERIENCE.md, question 9): Home stays in it wherever the page may be left,
        // by its Back or by its own Home (a result page, whose Home is the primary action at the foot). Only
        // a page that hides both, because leaving now would break something, has none.
        offered = shows(QStringLiteral("backButton")) || shows(QStringLiteral("homeButton"));
    }
    m_header.setHomeOffered(offered);
}

bool HeaderHomeOffer::eventFilter(QObject* watched, QEvent* event)
{
    // Every widget's shows and hides pass here; only those inside the open service screen count (a Back, or a
    // page holding one), and they are looked at once per turn of the event loop.
    const bool shownOrHidden = event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent;
    if (shownOrHidden && !m_updateQueued && watched->isWidgetType()) {
        QWidget* service = m_serviceScreen();
        if (service && service->isAncestorOf(static_cast<QWidget*>(watched))) {
            m_updateQueued = true;
            QMetaObject::invokeMethod(this, &HeaderHomeOffer::update, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ssc
