#pragma once

#include "liveness.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace ssc::face::fixtures {

// Camera frame sequences built from one real photo (tests/fixtures/faces/astronaut.png: Eileen Collins, NASA,
// public domain), the way a camera would show a person at a kiosk: 640x480, the face in the oval, a little
// sensor noise in every frame. Each sequence changes one thing, so each check and each challenge can be
// asserted on its own. Deterministic: the same frames every run.
struct Sequence {
    QString name;
    QList<QImage> frames;
    int framesPerSecond = 15;
    qint64 timeOfFrameMs(int index) const { return qint64(index) * 1000 / framesPerSecond; }
};

QString photoPath();
QImage portrait(); // the person, face centred in the oval, looking at the camera
// The person's photo on file at the card office: the original photo cut to head and shoulders.
QImage photoOnFile();
// Other people's faces as photos on file: the 100 faces of the LFW subset (tests/fixtures/faces/lfw, 25x25
// grey, cut tight round the face), each enlarged to 100x100; otherPersonBox() is where the face is in them.
QStringList otherPeople();
QImage asPhotoOnFile(const QImage& lfwFace);
QRectF otherPersonBox();
// A photo cut and shrunk the way the LFW subset's faces are (25x25 grey, brows to chin).
QImage lfwStyleCrop(const QImage& photo);

Sequence still(int count = 20);
Sequence blink();                           // open, closing, closed, opening, open
Sequence eyesClosed(int count = 20);        // never opens them
Sequence headTurn(double peakDegrees = 25); // turns one way and back, with depth: the nose moves more
Sequence nod(double peakDegrees = 20);      // chin down and back
Sequence mouthOpen();                       // opens and closes the mouth
Sequence lookingUp(int count = 18);         // head tilted back, then held
Sequence secondFace();                      // another face slides in at the side
Sequence dark(int count = 10);              // the lights off (a fifth of the light)
Sequence blurred(int count = 10);           // out of focus / moving
Sequence maskOverMouth(int count = 10);     // a surgical mask over nose and mouth
Sequence darkGlasses(int count = 10);       // sunglasses over the eyes
Sequence offCentre(int count = 10);         // face half out of the oval, at the frame's edge
Sequence tooFar(int count = 10);            // a small face far from the camera
Sequence tooClose(int count = 10);          // the face larger than the oval
Sequence shaking(int count = 16);           // head moving from side to side every frame
Sequence noFace(int count = 6);             // an empty frame
Sequence printedPhoto(int count = 45);      // a printed photo held up, tilted and moved, never blinking

// The frames of several sequences, one after another.
QList<QImage> framesOf(const QList<Sequence>& sequences);
// An action done as a liveness challenge asks for it.
Sequence performing(LivenessAction action);
// The person doing what a certification seeded with `seed` asks for (LivenessCheck::randomActions), with
// still moments before, between and after.
QList<Sequence> doingWhatIsAsked(quint32 seed);
// The person doing these actions in this order (a platform's challenge), with the same still moments.
QList<Sequence> doing(const QList<LivenessAction>& actions);
// A camera that shows `frames` in turn, one per call, holding the last one (ModuleContext::camera).
std::function<QImage()> cameraShowing(QList<QImage> frames);
// Another person as a camera would show them: an LFW face enlarged into a 640x480 frame.
QImage someoneElse();

// Frames recorded as a terminal records a certification (EvidenceRecording at the certification's size), one
// every 1/15 s from 0: the AVI's bytes and each frame's time, as an attempt sends them.
struct Recording {
    QByteArray avi;
    QList<qint64> timesMs;
};
Recording recorded(const QList<QImage>& frames);

// Writes every sequence as numbered PNGs under `directory` (to look at them, or to replay them in the demo).
bool writeAll(const QString& directory);

} // namespace ssc::face::fixtures
