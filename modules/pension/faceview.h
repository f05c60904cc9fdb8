#pragma once

#include "facemeasurement.h"

#include <QImage>
#include <QWidget>

namespace ssc {

// The camera's picture as a mirror (people move the right way in a mirror) with the oval to keep the face in:
// green while the face is usable, amber while the guidance asks for something, grey before a face is seen,
// and the failure colour when the attempt failed.
class FaceView : public QWidget {
    Q_OBJECT
public:
    enum class Tone { Waiting, Fix, Good, Failed };

    explicit FaceView(face::Oval oval = {}, QWidget* parent = nullptr);
    void show(const QImage& frame, Tone tone);
    void setTone(Tone tone); // the same picture, another ring
    Tone tone() const { return m_tone; }
    QSize sizeHint() const override { return {640, 480}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 3 / 4; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    face::Oval m_oval;
    QImage m_frame;
    Tone m_tone = Tone::Waiting;
};

} // namespace ssc
