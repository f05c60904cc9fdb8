#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace ssc {
namespace {

// The value-holding widget a wheel event is aimed at (a spin box's own line edit counts as the spin box).
QWidget* valueWidget(QWidget* widget)
{
    for (int depth = 0; widget && depth < 3; ++depth, widget = widget->parentWidget()) {
        if (qobject_cast<QScrollBar*>(widget))
            return nullptr; // scroll bars are for scrolling
        if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QAbstractSlider*>(widget))
            return widget;
    }
    return nullptr;
}

} // namespace

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    QWidget* target = valueWidget(static_cast<QWidget*>(watched));
    if (!target || target->hasFocus())
        return QObject::eventFilter(watched, event);
    // Not being worked in: the page around it scrolls, the value stays.
    for (QWidget* up = target->parentWidget(); up; up = up->parentWidget())
        if (auto* area = qobject_cast<QAbstractScrollArea*>(up)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    return true;
}

} // namespace ssc
