#include "headerhome.h"

#include "headerbar.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>

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
        for (const QPushButton* back : service->findChildren<QPushButton*>(QStringLiteral("backButton")))
            offered = offered || back->isVisibleTo(service);
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
