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
    double distance = 0; // smaller is more alike
    bool samePerson = false;
};

// The comparison behind one interface, so a stronger matcher (a neural network, a vendor's service) can take
// the reference one's place without the platform changing.
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

// The reference matcher: both faces aligned by their eye centres (dlib's landmarks) into a 64x64 grey crop,
// light evened out, compared by local binary pattern histograms (OpenCV contrib's face module, LBPH,
// chi-square distance). Plain and explainable, weak against a different pose or age: docs/face.md gives its
// measured accuracy and why a production platform would put a stronger matcher behind the same interface.
class LbphFaceMatcher : public FaceMatcher {
public:
    // Measured on the test images (docs/face.md, "Matching"): the same person 44-111, so 125 lets them pass.
    static constexpr double defaultThreshold = 125.0;

    explicit LbphFaceMatcher(double threshold = defaultThreshold);
    ~LbphFaceMatcher() override;

    QString name() const override { return QStringLiteral("lbph-aligned-64"); }
    double threshold() const override { return m_threshold; }
    FaceComparison compare(const QImage& probe, const QImage& reference,
                           const QRectF& referenceBox = {}) override;
    // The aligned crop the comparison uses (to look at, and for tests); null when no face was found.
    QImage alignedFace(const QImage& image, const QRectF& box = {});
    QString loadError() const { return m_loadError; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    double m_threshold;
    QString m_loadError;
};

} // namespace ssc::face
