#include "boxbyshape.h"

#include <QEvent>
#include <QWidget>

namespace ssc {

BoxByShape::BoxByShape(QWidget* watched, QBoxLayout* box, Rule sideBySide)
    : QObject(watched), m_box(box), m_sideBySide(std::move(sideBySide))
{
    watched->installEventFilter(this);
    apply(watched->size());
}

void BoxByShape::arrange(QWidget* watched, QBoxLayout* box, Rule sideBySide)
{
    new BoxByShape(watched, box, std::move(sideBySide));
}

bool BoxByShape::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        apply(static_cast<QWidget*>(watched)->size());
    return false;
}

void BoxByShape::apply(QSize size)
{
    const auto direction = m_sideBySide(size) ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_box->direction() != direction)
        m_box->setDirection(direction);
}

} // namespace ssc
