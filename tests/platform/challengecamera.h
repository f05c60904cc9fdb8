#pragma once

// A camera for the face screen that shows the person doing what the platform's challenge asks: the
// challenge is random and comes from the platform after the screen opens, so the frames are built when the
// screen first takes one (it takes none before its challenge has come).
#include "facesequences.h"
#include "pension/facecertificationscreen.h"

#include <functional>
#include <memory>

namespace challengecamera {

// Set `*screen` once the screen exists; until then (and until its challenge has come) the camera shows
// nothing.
inline std::function<QImage()> doingTheChallenge(std::shared_ptr<ssc::FaceCertificationScreen*> screen)
{
    auto camera = std::make_shared<std::function<QImage()>>();
    return [screen, camera] {
        if (!*camera) {
            if (!*screen || !(*screen)->challenge())
                return QImage();
            *camera = ssc::face::fixtures::cameraShowing(
                ssc::face::fixtures::framesOf(ssc::face::fixtures::doing((*screen)->challenge()->actions)));
        }
        return (*camera)();
    };
}

} // namespace challengecamera
