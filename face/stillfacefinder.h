#pragma once

#include "facemeasurement.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace ssc::face {

// The 68 landmarks of the face in a still picture (a camera frame sent for comparison, a photo on file): one
// detection at full size, however small the face, or the predictor alone in a box already known (a cropped
// face). Shared by the matchers; loads the landmark model (~0.6 s) on first use.
class StillFaceFinder {
public:
    StillFaceFinder();
    ~StillFaceFinder();

    bool load(QString* error);
    // nullopt when no face is found (or the models cannot be loaded: load() says why).
    std::optional<Landmarks> landmarks(const QImage& image, const QRectF& box = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ssc::face
