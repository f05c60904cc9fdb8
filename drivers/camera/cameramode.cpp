#include "cameramode.h"

#include <QMetaEnum>

#include <cmath>
#include <tuple>

namespace ssc {
namespace {

constexpr float smoothFrameRate = 15;
constexpr double wantedPixels = 1280.0 * 720.0;

// 0: the grey plane is there as delivered; 1: a colour conversion; 2: a decode first (MJPEG) or unknown.
int formatCost(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY:
        return 0;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRX8888:
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return 1;
    default:
        return 2;
    }
}

} // namespace

int chooseCameraMode(const QList<CameraMode>& modes)
{
    int best = -1;
    std::tuple<bool, int, double> bestKey;
    for (int i = 0; i < modes.size(); ++i) {
        const CameraMode& m = modes[i];
        const double pixels = double(m.resolution.width()) * m.resolution.height();
        if (pixels <= 0)
            continue;
        // How far from 1280x720, as a ratio either way (twice the pixels is as far as half).
        const double distance = std::abs(std::log(pixels / wantedPixels));
        const std::tuple<bool, int, double> key{m.maxFrameRate < smoothFrameRate, formatCost(m.pixelFormat),
                                                distance};
        if (best < 0 || key < bestKey) {
            best = i;
            bestKey = key;
        }
    }
    return best;
}

CameraControls chooseCameraControls(const std::function<bool(QCamera::FocusMode)>& focusSupported,
                                    const std::function<bool(QCamera::ExposureMode)>& exposureSupported)
{
    CameraControls chosen;
    // Continuous auto focus over the whole range first: the same camera takes the face pictures at arm's
    // length, and Qt's GStreamer backend makes "auto near" a macro mode. Near only where plain auto is not
    // offered.
    for (const QCamera::FocusMode mode : {QCamera::FocusModeAuto, QCamera::FocusModeAutoNear})
        if (focusSupported(mode)) {
            chosen.focus = mode;
            chosen.focusChosen = true;
            break;
        }
    // Barcode exposure keeps a bright screen's modules apart; where it is not offered the camera's own
    // automatic exposure (its default) stays, rather than a scene mode made for something else.
    if (exposureSupported(QCamera::ExposureBarcode)) {
        chosen.exposure = QCamera::ExposureBarcode;
        chosen.exposureChosen = true;
    }
    return chosen;
}

QString describeCameraControls(const CameraControls& controls)
{
    const auto key = [](auto value) {
        return QString::fromLatin1(QMetaEnum::fromType<decltype(value)>().valueToKey(value));
    };
    return QStringLiteral("focus %1, exposure %2")
        .arg(controls.focusChosen ? key(controls.focus) : QStringLiteral("not offered (left as it is)"),
             controls.exposureChosen ? key(controls.exposure)
                                     : QStringLiteral("camera's own (barcode not offered)"));
}

} // namespace ssc
