#pragma once

#include <QList>
#include <QSize>
#include <QVideoFrameFormat>

namespace ssc {

// One way a camera can deliver frames (QCameraFormat's content, which only Qt can construct, so the choice
// can be tested on plain values).
struct CameraMode {
    QSize resolution;
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    float maxFrameRate = 0;
};

// Which mode a kiosk camera should run in to read codes off phones (docs/hardware.md, "The camera"): at least
// 15 frames a second (a held phone moves), a format whose grey plane decoding takes as is (Y8, NV12, YUV
// 4:2:0, YUYV: no colour conversion, no JPEG decode), and near 1280x720 (a phone's code at arm's length needs
// the lines; more only costs decoding time). In that order of importance. -1: no modes.
int chooseCameraMode(const QList<CameraMode>& modes);

} // namespace ssc
