// MainWindow's part in "face instead of a forgotten PIN" (docs/card-services.md): where it is offered, and
// the face login screen opened and closed around the login flow. The screens are modules/pension's; the
// platform decides.
#include "mainwindow.h"

#include "idlewatcher.h"
#include "moduleapi/pinpadscreen.h"
#include "pension/faceloginscreen.h"
#include "session/loginflow.h"
#include "startscreen.h"

#include <QStackedWidget>

namespace ssc {

void MainWindow::setCameraPhoto(std::function<QImage()> photo, std::function<QString()> problem)
{
    m_cameraPhoto = std::move(photo);
    m_cameraProblem = std::move(problem);
    m_start->offerFaceLogin(faceLoginOffered());
}

bool MainWindow::faceLoginOffered() const
{
    // A kiosk: at a counter a clerk checks an ID card, on a visit the staff know the person. A camera, and a
    // platform to decide.
    return m_mode == TerminalMode::Kiosk && m_cameraPhoto && m_services.flow && m_services.platform;
}

void MainWindow::openFaceLogin(const QJsonObject& claim)
{
    if (!faceLoginOffered())
        return;
    closeServiceScreen();
    auto* screen = new FaceLoginScreen(moduleContext(false), claim);
    m_serviceScreen = screen;
    m_screens->addWidget(screen);
    showScreen(screen);
    if (m_idle)
        m_idle->start(); // an ID number typed and left: the idle timeout clears it with the screen
    LoginFlow* flow = m_services.flow;
    connect(screen, &FaceLoginScreen::signedIn, this, [this, flow](const QJsonObject& answer) {
        closeServiceScreen();
        flow->adoptSession(answer);
    });
    connect(screen, &FaceLoginScreen::closed, this, [this] {
        closeServiceScreen();
        followFlow(); // back to the PIN pad while the card is in, else the start
    });
    // The card taken out, another card or a code: whatever the person does instead ends the face login.
    connect(flow, &LoginFlow::stateChanged, screen, [this, screen](LoginFlow::State state) {
        if (m_serviceScreen == screen && state != LoginFlow::State::LoggedIn) {
            closeServiceScreen();
            followFlow();
        }
    });
}

} // namespace ssc
