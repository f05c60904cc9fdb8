#include "landmarkpredictor.h"

#include <opencv2/core.hpp>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>

#include <QFileInfo>

#include <cmath>
#include <map>
#include <mutex>

namespace ssc::face {

struct LandmarkPredictor::Model {
    dlib::shape_predictor predictor;
};

LandmarkPredictor::LandmarkPredictor() = default;
LandmarkPredictor::~LandmarkPredictor() = default;

QString LandmarkPredictor::defaultModelPath()
{
    return QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
}

namespace {

// The models read so far, by path, kept for the life of the process: an analyser is made for every
// certification (and the platform for every worker), and reading the ~100 MB model again took 0.6 s each time
// in a release build. The model is never changed after reading, and dlib's shape_predictor::operator() const
// only reads it (its working values are locals), so analysers on several threads share one.
std::mutex loadedModelsMutex;
std::map<QString, std::shared_ptr<const LandmarkPredictor::Model>>& loadedModels()
{
    static std::map<QString, std::shared_ptr<const LandmarkPredictor::Model>> models;
    return models;
}

} // namespace

bool LandmarkPredictor::load(const QString& modelPath, QString* error)
{
    if (m_model)
        return true;
    // Held while reading, so two threads asking for the same model at once read it once.
    const std::lock_guard lock(loadedModelsMutex);
    if (const auto found = loadedModels().find(modelPath); found != loadedModels().end()) {
        m_model = found->second;
        return true;
    }
    if (!QFileInfo(modelPath).isReadable()) {
        if (error)
            *error = QStringLiteral("face landmark model not found: %1").arg(modelPath);
        return false;
    }
    auto model = std::make_shared<Model>();
    try {
        dlib::deserialize(modelPath.toStdString()) >> model->predictor;
    } catch (const std::exception& e) {
        if (error)
            *error = QStringLiteral("face landmark model unreadable: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    if (model->predictor.num_parts() != 68) {
        if (error)
            *error =
                QStringLiteral("face landmark model has %1 points, not 68").arg(model->predictor.num_parts());
        return false;
    }
    loadedModels().emplace(modelPath, model);
    m_model = std::move(model);
    return true;
}

bool LandmarkPredictor::isLoaded() const
{
    return m_model != nullptr;
}

Landmarks LandmarkPredictor::predict(const cv::Mat& grey, const QRectF& box) const
{
    Landmarks points{};
    if (!m_model || grey.empty())
        return points;
    const dlib::cv_image<unsigned char> image(grey);
    const dlib::rectangle rect(long(box.left()), long(box.top()), long(box.right()), long(box.bottom()));
    const dlib::full_object_detection shape = m_model->predictor(image, rect);
    for (unsigned long i = 0; i < shape.num_parts() && i < points.size(); ++i)
        points[i] = QPointF(double(shape.part(i).x()), double(shape.part(i).y()));
    return points;
}

std::array<double, 6> LandmarkPredictor::faceChipTransform(const Landmarks& points, int size, double padding)
{
    std::vector<dlib::point> parts;
    parts.reserve(points.size());
    for (const QPointF& p : points)
        parts.emplace_back(std::lround(p.x()), std::lround(p.y()));
    const dlib::full_object_detection shape(dlib::rectangle(), parts);
    const dlib::chip_details chip =
        dlib::get_face_chip_details(shape, static_cast<unsigned long>(size), padding);
    const dlib::point_transform_affine toChip = dlib::get_mapping_to_chip(chip);
    const dlib::matrix<double, 2, 2> m = toChip.get_m();
    const dlib::vector<double, 2> b = toChip.get_b();
    return {m(0, 0), m(0, 1), b.x(), m(1, 0), m(1, 1), b.y()};
}

} // namespace ssc::face
