#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace ssc::face {

// How alike two faces are: the platform compares the best frame of a certification with the photo on file.
struct FaceComparison {
    bool probeHasFace = false;
    bool referenceHasFace = false;
    double distance = 0; // smaller is more alike, on the matcher's own scale (compare with its threshold())
    bool samePerson = false;
    // Set when the matcher could not compare at all (its model is missing or failed its check): then the
    // other fields say nothing about the faces, and the attempt must not be judged on them.
    QString error;
};

// The comparison behind one interface, so another matcher (a vendor's service) can take this one's place
// without the platform changing. Not thread-safe: one comparison at a time (the platform holds a lock).
class FaceMatcher {
public:
    virtual ~FaceMatcher() = default;
    virtual QString name() const = 0;
    virtual double threshold() const = 0;
    // `referenceBox`: where the face is in the reference when that is already known (a cropped face); empty:
    // found by detection.
    virtual FaceComparison compare(const QImage& probe, const QImage& reference,
                                   const QRectF& referenceBox = {}) = 0;
};

// The matcher the platform uses: today DescriptorFaceMatcher (descriptorfacematcher.h) with its model from
// the model cache. Loads nothing until the first comparison (or its load()).
std::unique_ptr<FaceMatcher> makeFaceMatcher();

} // namespace ssc::face
