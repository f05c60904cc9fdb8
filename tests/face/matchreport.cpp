// The matcher's false accepts and false rejects on every real face this machine has (docs/face.md,
// "Matching"):
//   genuine   the photo on file (tests/fixtures/faces/astronaut.png) against 87 camera frames built from it
//   degraded  each face of the npm package's group photos against itself mirrored, and made half size and
//             JPEG quality 40 (the same photo, so weaker evidence than two photos)
//   impostor  two faces of one group photo (certain: different people); the frames of the person on file
//             against every face of the group photos; against the 100 LFW faces (25x25, enlarged)
//   unlabelled two faces of different group photos (who is who across photos is not known): their
//   distribution
//             and the closest pairs, to look at
// Each picture is described once (DescriptorFaceMatcher::describe, as compare() does) and the pairs compared
// by descriptor distance. Prints each distribution and the error rates around the threshold.
//   face_match_report [threshold]
#include "descriptorfacematcher.h"
#include "facephotos.h"
#include "facesequences.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTransform>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace ssc::face;

namespace {

struct Pairs {
    const char* name;
    bool genuine;
    QList<double> distances;
};

QImage degraded(const QImage& image)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(image.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPEG", 40);
    return QImage::fromData(jpeg, "JPEG");
}

void describe(const Pairs& p)
{
    QList<double> d = p.distances;
    std::sort(d.begin(), d.end());
    if (d.isEmpty())
        return std::printf("%-28s none\n", p.name), void();
    std::printf("%-28s %5lld pairs  min %7.3f  p5 %7.3f  median %7.3f  p95 %7.3f  max %7.3f\n", p.name,
                static_cast<long long>(d.size()), d.first(), d[d.size() * 5 / 100], d[d.size() / 2],
                d[d.size() * 95 / 100], d.last());
}

void rates(const QList<Pairs>& sets, double threshold)
{
    long long refused = 0, genuine = 0, accepted = 0, impostor = 0;
    for (const Pairs& p : sets) {
        for (double d : p.distances) {
            if (p.genuine) {
                ++genuine;
                refused += d > threshold;
            } else {
                ++impostor;
                accepted += d <= threshold;
            }
        }
    }
    std::printf("threshold %6.3f: false rejects %lld of %lld (%.2f%%), false accepts %lld of %lld (%.3f%%)\n",
                threshold, refused, genuine, 100.0 * double(refused) / double(std::max(1LL, genuine)),
                accepted, impostor, 100.0 * double(accepted) / double(std::max(1LL, impostor)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    DescriptorFaceMatcher matcher;
    QString error;
    if (!matcher.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double threshold = args.isEmpty() ? matcher.threshold() : args.first().toDouble();
    std::printf("matcher %s, threshold %.3f\n", qPrintable(matcher.name()), threshold);
    using Described = std::optional<FaceDescriptor>;
    auto distance = [](const Described& a, const Described& b) -> std::optional<double> {
        if (!a || !b)
            return std::nullopt;
        return descriptorDistance(*a, *b);
    };

    const QImage onFile = fixtures::photoOnFile();
    const QList<QImage> frames =
        fixtures::framesOf({fixtures::still(6), fixtures::blink(), fixtures::headTurn(), fixtures::nod(),
                            fixtures::mouthOpen()});
    const QList<fixtures::GroupPhoto> photos = fixtures::faceApiSamples();
    if (photos.isEmpty()) {
        std::fprintf(stderr,
                     "the sample photos of @vladmandic/face-api are missing in %s: run "
                     "tools/face-model/fetch.sh\n",
                     qPrintable(fixtures::faceApiDir()));
        return 1;
    }

    const Described described = matcher.describe(onFile);
    QList<Described> frameFaces;
    for (const QImage& frame : frames)
        frameFaces.append(matcher.describe(frame));
    Pairs genuine{"same person, camera frames", true, {}};
    const auto noFace = std::count(frameFaces.begin(), frameFaces.end(), std::nullopt);
    for (const Described& frame : frameFaces)
        if (const auto d = distance(frame, described))
            genuine.distances.append(*d);

    // Each face of the group photos where the fixture's box says it is (the comparison's own detector, a
    // frontal cascade, misses the turned and tilted ones), also in the photo made worse and in the photo
    // mirrored.
    struct Face {
        QString label;
        Described face, degraded, mirrored;
    };
    QList<QList<Face>> groups;
    for (const fixtures::GroupPhoto& photo : photos) {
        QList<Face> faces;
        const QImage worse = degraded(photo.image);
        const double shrink = double(worse.width()) / photo.image.width();
        const QImage mirror = photo.image.mirrored(true, false);
        for (int i = 0; i < photo.faces.size(); ++i) {
            const QRectF box = photo.faces[i];
            const QRectF boxInWorse(box.topLeft() * shrink, box.size() * shrink);
            const QRectF boxInMirror(photo.image.width() - box.right(), box.top(), box.width(), box.height());
            faces.append({QStringLiteral("%1#%2").arg(photo.name).arg(i), matcher.describe(photo.image, box),
                          matcher.describe(worse, boxInWorse), matcher.describe(mirror, boxInMirror)});
        }
        groups.append(faces);
    }

    Pairs sameDegraded{"same photo, degraded", true, {}};
    Pairs sameMirrored{"same photo, mirrored", true, {}};
    Pairs withinPhoto{"two people of one photo", false, {}};
    Pairs personOnFile{"frames vs group faces", false, {}};
    Pairs lfw{"frames vs LFW 25x25", false, {}};
    Pairs acrossPhotos{"unlabelled: across photos", false, {}};
    struct Close {
        double distance;
        QString a, b;
    };
    QList<Close> closest;
    int faceCount = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (qsizetype i = 0; i < groups[g].size(); ++i) {
            const Face& face = groups[g][i];
            ++faceCount;
            if (!face.face) {
                std::printf("no landmarks for %s\n", qPrintable(face.label));
                continue;
            }
            if (const auto d = distance(face.degraded, face.face))
                sameDegraded.distances.append(*d);
            if (const auto d = distance(face.mirrored, face.face))
                sameMirrored.distances.append(*d);
            for (qsizetype j = i + 1; j < groups[g].size(); ++j)
                if (const auto d = distance(face.face, groups[g][j].face))
                    withinPhoto.distances.append(*d);
            for (qsizetype h = g + 1; h < groups.size(); ++h)
                for (const Face& other : groups[h])
                    if (const auto d = distance(face.face, other.face)) {
                        acrossPhotos.distances.append(*d);
                        closest.append({*d, face.label, other.label});
                    }
            for (const Described& frame : frameFaces)
                if (const auto d = distance(frame, face.face))
                    personOnFile.distances.append(*d);
        }
    }
    for (const QString& path : fixtures::otherPeople()) {
        const Described other =
            matcher.describe(fixtures::asPhotoOnFile(QImage(path)), fixtures::otherPersonBox());
        for (const Described& frame : frameFaces)
            if (const auto d = distance(frame, other))
                lfw.distances.append(*d);
    }

    std::printf(
        "%lld camera frames (%lld without a face found), %d faces in %lld group photos, 100 LFW faces\n",
        static_cast<long long>(frames.size()), static_cast<long long>(noFace), faceCount,
        static_cast<long long>(photos.size()));
    const QList<Pairs> labelled = {genuine, sameDegraded, sameMirrored, withinPhoto, personOnFile, lfw};
    for (const Pairs& p : labelled)
        describe(p);
    describe(acrossPhotos);
    std::sort(closest.begin(), closest.end(),
              [](const Close& a, const Close& b) { return a.distance < b.distance; });
    std::printf("closest unlabelled pairs (look at them before counting them either way):\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(5, closest.size()); ++i)
        std::printf("  %7.3f  %s  %s\n", closest[i].distance, qPrintable(closest[i].a),
                    qPrintable(closest[i].b));

    std::printf(
        "error rates over the labelled pairs (genuine: frames, degraded, mirrored; impostor: the rest):\n");
    for (int k = -4; k <= 4; ++k)
        rates(labelled, threshold + k * 0.05);
    std::printf("the same without the LFW faces (25x25: far from any camera picture):\n");
    rates({genuine, sameDegraded, sameMirrored, withinPhoto, personOnFile}, threshold);
    return 0;
}
