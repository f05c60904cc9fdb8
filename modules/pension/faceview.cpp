#include "faceview.h"

#include "moduleapi/designsystem.h"

#include <QPainter>
#include <QPainterPath>

namespace ssc {

FaceView::FaceView(face::Oval oval, QWidget* parent) : QWidget(parent), m_oval(oval)
{
    setMinimumSize(320, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FaceView::show(const QImage& frame, Tone tone)
{
    m_frame = frame.mirrored(true, false);
    m_tone = tone;
    update();
}

void FaceView::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void FaceView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The picture fitted in 4:3, centred.
    QSizeF size(width(), width() * 3.0 / 4.0);
    if (size.height() > height())
        size = QSizeF(height() * 4.0 / 3.0, height());
    const QRectF area(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    if (m_frame.isNull())
        painter.fillRect(area, QColor(0x1c, 0x27, 0x33));
    else
        painter.drawImage(area, m_frame);

    // Everything outside the oval dimmed, so the eye goes to the oval. Mirroring keeps the oval where it is:
    // it is centred left to right.
    const QRectF oval(area.left() + (m_oval.centre.x() - m_oval.radii.width()) * area.width(),
                      area.top() + (m_oval.centre.y() - m_oval.radii.height()) * area.height(),
                      2 * m_oval.radii.width() * area.width(), 2 * m_oval.radii.height() * area.height());
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath inside;
    inside.addEllipse(oval);
    painter.fillPath(outside.subtracted(inside), QColor(242, 246, 251, 190));
    const QColor ring = m_tone == Tone::Good     ? QColor(0x1d, 0x6b, 0x35)
                        : m_tone == Tone::Fix    ? QColor(0xb3, 0x5c, 0x00)
                        : m_tone == Tone::Failed ? design::toneInk(design::Tone::Error)
                                                 : QColor(0x7a, 0x86, 0x94);
    painter.setPen(QPen(ring, 8));
    painter.drawEllipse(oval);
}

} // namespace ssc
