#pragma once

// Presentations of a phone showing an e-card code to a kiosk or pedestal camera, several consecutive frames
// each, made with OpenCV from the code's own image (renderQrCode, as ssc-ctl ecard qr draws it) — harder and
// more varied than hardframes.h: every presentation has one main trouble at a strong severity and milder
// amounts of the others, as a held phone has. The phone screen is projected into the frame by a homography
// (tilt is real perspective), the screen's pixel grid is point-sampled by the sensor (moiré comes from
// aliasing, not drawn stripes), a reflection moves between frames as the hand moves, and the sensor adds
// blur and noise. Each code is a real signed e-card code (docs/ecard-code.md), so a reading is checked as the
// terminal checks one: shape and signature. Deterministic for a seed: tune on one seed, report on another.
#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

namespace phoneframes {

enum class Trouble { Glare, Moire, Tilt, Blur, Dim, Small, Rotated };
inline constexpr int troubleCount = 7;
const char* name(Trouble trouble);

struct Presentation {
    QString code; // the e-card code's text
    Trouble trouble = Trouble::Glare;
    std::vector<QImage> frames; // grey, consecutive
};

// The `index`-th presentation of the set `seed`: its main trouble is index % troubleCount, everything else
// is drawn from (seed, index). The same arguments give the same frames at any size (scaled with the height).
Presentation presentation(quint32 seed, int index, QSize size, int frames = 5);

// True when `text` is an e-card code signed by the key the presentations are signed with: what the terminal's
// offline pre-check accepts (ECardCodeText::parse, then the signature).
bool validCode(const QString& text);

} // namespace phoneframes
