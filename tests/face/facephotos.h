#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace ssc::face::fixtures {

// Real photos of real people for the matcher (docs/face.md, "Matching"), not kept in the repository: the six
// sample photos of the npm package @vladmandic/face-api (MIT), unpacked by tools/face-model/fetch.sh into the
// model cache beside the model. Each is a group of three to five different people: two faces of one photo are
// two people for certain; who is who across photos is not labelled.
struct GroupPhoto {
    QString name;
    QImage image;
    QList<QRectF> faces; // tests/fixtures/faces/face-api-samples.txt, left to right
};

// The unpacked package (SSC_FACE_API_DIR, cmake/SscFaceModel.cmake).
QString faceApiDir();
// Empty when the package is missing (the tests then fail on that, they do not skip).
QList<GroupPhoto> faceApiSamples();

} // namespace ssc::face::fixtures
