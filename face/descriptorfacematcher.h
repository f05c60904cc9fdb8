#pragma once

#include "facematcher.h"

#include <QCoreApplication>

#include <array>
#include <memory>
#include <optional>

namespace ssc::face {

// A face as dlib's face recognition network describes it: 128 numbers, the same person within ~0.6 (Euclid).
using FaceDescriptor = std::array<float, 128>;

double descriptorDistance(const FaceDescriptor& a, const FaceDescriptor& b);

// The platform's matcher (docs/face.md, "Matching"): both faces found (StillFaceFinder), cut into dlib's
// 150x150 chip (facechip.h) and described by dlib's ResNet face recognition network (99.38 % on LFW by its
// authors), run by OpenCV's dnn module from the ONNX file tools/face-model/fetch.sh makes; the distance is
// the Euclidean distance of the descriptors. The model file is checked against its pinned SHA-256 before it
// is read: a wrong or damaged file is refused, never half-used.
class DescriptorFaceMatcher : public FaceMatcher {
    Q_DECLARE_TR_FUNCTIONS(DescriptorFaceMatcher)
public:
    // Chosen from the measured pairs (docs/face.md, "Matching"; tests/face/matchreport.cpp).
    static constexpr double defaultThreshold = 0.5;

    struct Settings {
        QString modelPath;   // empty: defaultModelPath()
        QString modelSha256; // empty: the pinned hash (tools/face-model/pins.env)
        double threshold = defaultThreshold;
    };

    DescriptorFaceMatcher();
    explicit DescriptorFaceMatcher(Settings settings);
    ~DescriptorFaceMatcher() override;

    // $SSC_FACE_MODEL if set, else the file in the model cache the build was configured with.
    static QString defaultModelPath();
    static QString pinnedSha256();

    // Reads the model (23 MB: hashed and parsed in ~0.25 s) and the landmark model (~0.4 s). Called by the
    // first comparison if not before; false with the reason in the interface language, tr() (also in
    // loadError()).
    bool load(QString* error = nullptr);
    QString loadError() const { return m_loadError; }

    QString name() const override { return QStringLiteral("dlib-resnet-128"); }
    double threshold() const override { return m_settings.threshold; }
    // Fills `error` when the model cannot be used: then the result says nothing about either face.
    FaceComparison compare(const QImage& probe, const QImage& reference,
                           const QRectF& referenceBox = {}) override;

    // The descriptor of the face in `image` (the largest, or the one in `box`); nullopt when none is found or
    // the model cannot be loaded.
    std::optional<FaceDescriptor> describe(const QImage& image, const QRectF& box = {});
    // The descriptor of a chip already cut (FaceChip::networkSize square, RGB).
    std::optional<FaceDescriptor> describeChip(const QImage& chip);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Settings m_settings;
    QString m_loadError;
};

} // namespace ssc::face
