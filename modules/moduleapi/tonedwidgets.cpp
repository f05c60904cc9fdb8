#include "tonedwidgets.h"

#include "sharedicons.h"

#include <QLabel>
#include <QStyle>
#include <QVariant>

namespace ssc::design {

void showToneIcon(QLabel* icon, Tone tone, int sizePx)
{
    icon->setPixmap(sharedIcon(toneIcon(tone)).pixmap(sizePx, sizePx));
    icon->setAccessibleName(toneWord(tone)); // what the shape means, for screen readers
}

void restyle(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setStyleProperty(QWidget* widget, const char* name, const QVariant& value)
{
    if (widget->property(name) == value)
        return;
    widget->setProperty(name, value);
    restyle(widget);
}

} // namespace ssc::design
