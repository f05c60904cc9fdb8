#include "stillfacefinder.h"

#include "faceanalyzer.h"
#include "facegeometry.h"

namespace ssc::face {

struct StillFaceFinder::Impl {
    FaceAnalyzer analyzer{[] {
        FaceAnalyzer::Settings settings;
        settings.detectionScale = 1.0; // stills: one detection at full size, however small the face
        settings.minimumFacePixels = 48;
        return settings;
    }()};
};

StillFaceFinder::StillFaceFinder() : m_impl(std::make_unique<Impl>()) {}

StillFaceFinder::~StillFaceFinder() = default;

bool StillFaceFinder::load(QString* error)
{
    return m_impl->analyzer.load(error);
}

std::optional<Landmarks> StillFaceFinder::landmarks(const QImage& image, const QRectF& box)
{
    if (image.isNull())
        return std::nullopt;
    if (!box.isEmpty()) {
        // As after a detection: a box from elsewhere is not the box the predictor was trained on, so fit
        // once, then again on the box of the points found.
        const auto rough = m_impl->analyzer.landmarksIn(image, box);
        if (!rough)
            return std::nullopt;
        return m_impl->analyzer.landmarksIn(image, landmarkBox(*rough));
    }
    m_impl->analyzer.reset(); // a still is a new picture, not the next frame of the last one
    const FaceMeasurement m = m_impl->analyzer.analyse(image, 0);
    if (!m.hasLandmarks)
        return std::nullopt;
    return m.landmarks;
}

} // namespace ssc::face
