#pragma once

// Frames as a pedestal or kiosk camera really sees a phone showing an e-card code, made from a clean QR
// image: the phone screen (white, rounded, small) in a grey scene, then what goes wrong — blur (out of focus
// or moving), glare (a ceiling light reflected on the screen), tilt (held at an angle), moiré (the camera
// sampling the screen's pixel grid), dim light with sensor noise. Deterministic for a given seed.
#include <QImage>
#include <QPainter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace hardframes {

enum class Trouble { None, Blur, Glare, Tilt, Moire, Dim, All };

// Box blur along rows, `radius` pixels either side.
inline QImage boxRows(const QImage& image, int radius)
{
    QImage out(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        const uchar* in = image.constScanLine(y);
        uchar* o = out.scanLine(y);
        int sum = 0;
        for (int x = -radius; x <= radius; ++x)
            sum += in[std::clamp(x, 0, image.width() - 1)];
        for (int x = 0; x < image.width(); ++x) {
            o[x] = uchar(sum / (2 * radius + 1));
            sum += in[std::min(x + radius + 1, image.width() - 1)] - in[std::max(x - radius, 0)];
        }
    }
    return out;
}

// Three box passes each way: close to a Gaussian blur (a camera out of focus, or a hand moving).
inline QImage blurred(const QImage& source, int radius)
{
    QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    for (int pass = 0; pass < 3; ++pass)
        image = boxRows(image, radius);
    image = image.transformed(QTransform().rotate(90));
    for (int pass = 0; pass < 3; ++pass)
        image = boxRows(image, radius);
    return image.transformed(QTransform().rotate(-90));
}

// `severity` from 0 (barely) to 1 (as bad as a kiosk camera sees in practice).
inline QImage frame(const QImage& qr, QSize size, Trouble trouble, quint32 seed = 1, double severity = 0.5)
{
    QRandomGenerator random(seed);
    const double scale = size.height() / 480.0;
    QImage scene(size, QImage::Format_RGB32);
    scene.fill(QColor(120, 124, 128)); // the pedestal's grey housing
    QPainter p(&scene);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double side = size.height() * 0.55;
    QTransform place;
    place.translate(size.width() / 2.0, size.height() / 2.0);
    if (trouble == Trouble::Tilt || trouble == Trouble::All) {
        place.rotate(10 + 30 * severity);
        place.rotate(15 + 45 * severity, Qt::XAxis); // the top of the phone leans away
    }
    p.setTransform(place);
    const QRectF screen(-side * 0.62, -side * 0.75, side * 1.24, side * 1.5);
    p.setBrush(QColor(245, 245, 245));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(screen, side * 0.08, side * 0.08);
    p.drawImage(QRectF(-side / 2, -side / 2, side, side), qr);
    p.resetTransform();
    if (trouble == Trouble::Glare || trouble == Trouble::All) {
        const double reach = side * (0.25 + 0.3 * severity);
        QRadialGradient light(QPointF(size.width() * 0.55, size.height() * 0.42), reach);
        light.setColorAt(0, QColor(255, 255, 255, int(150 + 100 * severity)));
        light.setColorAt(0.5, QColor(255, 255, 255, int(90 + 110 * severity)));
        light.setColorAt(1, QColor(255, 255, 255, 0));
        p.setBrush(light);
        p.drawEllipse(light.center(), reach, reach * 0.66);
    }
    if (trouble == Trouble::Moire || trouble == Trouble::All) {
        // The screen's pixel grid beating against the sensor's: fine diagonal stripes of changing strength.
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                const double stripe = std::sin((x * 0.9 + y * 0.35) * 1.7) * std::sin(x * 0.021 + y * 0.013);
                QRgb* px = reinterpret_cast<QRgb*>(scene.scanLine(y)) + x;
                // Dark modules brighten and light ones darken with the stripes, as on a real sensor.
                const double depth = 0.2 + 0.6 * severity;
                const auto beat = [stripe, depth](int v) {
                    return std::clamp(
                        int(v * (1.0 - depth * std::abs(stripe)) + 200 * depth * std::max(stripe, 0.0)), 0,
                        255);
                };
                *px = qRgb(beat(qRed(*px)), beat(qGreen(*px)), beat(qBlue(*px)));
            }
    }
    p.end();
    QImage grey = scene.convertToFormat(QImage::Format_Grayscale8);
    if (trouble == Trouble::Blur || trouble == Trouble::All)
        grey = blurred(grey, std::max(1, int(scale * (1 + 3.5 * severity))));
    if (trouble == Trouble::Dim || trouble == Trouble::All) {
        for (int y = 0; y < grey.height(); ++y) {
            uchar* line = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x) {
                const int spread = int(10 + 50 * severity);
                const int noise = int(random.bounded(2 * spread + 1)) - spread;
                line[x] = uchar(std::clamp(int(line[x] * (0.6 - 0.4 * severity)) + 25 + noise, 0, 255));
            }
        }
    }
    return grey;
}

} // namespace hardframes
