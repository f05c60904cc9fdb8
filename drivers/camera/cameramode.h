#pragma once

#include <QCamera>
#include <QList>
#include <QSize>
#include <QVideoFrameFormat>

#include <functional>

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

// How the camera focuses and exposes for reading a phone's code (docs/hardware.md, "The camera"), chosen from
// what it says it supports (QCamera::isFocusModeSupported / isExposureModeSupported, asked through the
// functions so the choice can be tested without a camera). A phone is held 10–30 cm from a pedestal or kiosk
// camera: focus near where offered, else plain auto focus; expose for barcodes where offered. Where the
// camera offers neither, nothing is set (a fixed-focus camera keeps its own setting) and `focusChosen` /
// `exposureChosen` say so.
struct CameraControls {
    QCamera::FocusMode focus = QCamera::FocusModeAuto;
    bool focusChosen = false;
    QCamera::ExposureMode exposure = QCamera::ExposureAuto;
    bool exposureChosen = false;
};
CameraControls chooseCameraControls(const std::function<bool(QCamera::FocusMode)>& focusSupported,
                                    const std::function<bool(QCamera::ExposureMode)>& exposureSupported);
// One line for the log: what was chosen, or that the camera offered nothing to choose.
QString describeCameraControls(const CameraControls& controls);

} // namespace ssc
