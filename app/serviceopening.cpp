// MainWindow's part in opening services: visitor mode (public services without a login), a service asked for
// and refused kindly when it needs a login or more than a face, the context a service screen gets, and its
// closing.
#include "mainwindow.h"

#include "homescreen.h"
#include "i18n/translator.h"
#include "idlewatcher.h"
#include "messagescreen.h"
#include "moduleapi/servicemodule.h"
#include "screenvoice.h"
#include "session/loginflow.h"
#include "session/stafflogin.h"
#include "sessionnotices.h"
#include "startscreen.h"

#include <QStackedWidget>

namespace ssc {

// A refusal only people can mend, at a kiosk: the service outlets (addresses, hours), open to anyone, with
// Home and its logout back to the start.
void MainWindow::findCounter()
{
    if (m_services.flow)
        m_services.flow->dismissRefusal();
    enterVisitorMode();
    if (m_visitor)
        openService(QStringLiteral("outlets"));
}

void MainWindow::enterVisitorMode()
{
    if (!m_services.modules || (m_services.flow && m_services.flow->state() != LoginFlow::State::Idle))
        return;
    m_visitor = true;
    m_home->showVisitor(offeredServices(), m_mode == TerminalMode::Field);
    showScreen(m_home);
    if (m_idle)
        m_idle->start();
}

void MainWindow::leaveVisitorMode()
{
    if (!m_visitor)
        return;
    m_visitor = false;
    if (m_idle)
        m_idle->stop();
    closeServiceScreen();
    m_home->clear();
    m_notices->clearAll();
    resetForNextCitizen();
    showScreen(m_start);
}

void MainWindow::openService(const QString& id)
{
    const ServiceModule* module = m_services.modules ? m_services.modules->find(id) : nullptr;
    if (!module || !ModuleRegistry::offeredTo(*module, staffRoles()))
        return;
    const bool loggedIn = m_services.flow && m_services.flow->session();
    if (!loggedIn && module->requiresLogin) {
        // The brief: personal look-ups need a login; visitors are told so, kindly, and stay where they were.
        // A clerk (or a visiting officer) is told to identify the citizen served, not that "you" must log in.
        if (m_mode == TerminalMode::Kiosk)
            m_message->showRefusal(
                [] { return tr("This service needs you to log in"); },
                [] { return tr("It shows your own records, so we need to know who you are first."); },
                [] { return tr("Show your e-card QR code to the scanner."); }, design::Tone::Info);
        else
            m_message->showRefusal(
                [] { return tr("First identify the citizen you serve"); },
                [] { return tr("This service works on a citizen's own records."); },
                [] {
                    return tr(
                        "Ask them to show their e-card QR code to the scanner or to insert their card.");
                },
                design::Tone::Info); // a step still to take, not a failure
        showScreen(m_message);
        return;
    }
    if (!loggedIn && !m_visitor)
        return;
    if (loggedIn && m_services.flow->session()->method == u"face" && !module->forFaceSession) {
        // The platform would refuse it (face_session_not_enough): said before anything is asked of the
        // person.
        m_message->showRefusal([] { return tr("You signed in with your face only"); },
                               [] {
                                   return tr("This service changes your card or your money, or files an "
                                             "application, so it needs more than your face.");
                               },
                               [] {
                                   return tr(
                                       "Insert your card and enter its PIN, or show your e-card QR code, "
                                       "or go to a service counter.");
                               },
                               design::Tone::Warning);
        showScreen(m_message);
        return;
    }
    closeServiceScreen();
    ModuleContext context = moduleContext(loggedIn);
    context.back = [this] { leaveService(); };
    // Queued: the screen asking is closed by it, and it asks from one of its own buttons.
    context.openService = [this](const QString& next) {
        QMetaObject::invokeMethod(
            this, [this, next] { openService(next); }, Qt::QueuedConnection);
    };
    m_serviceScreen = module->createScreen(context);
    m_screens->addWidget(m_serviceScreen);
    showScreen(m_serviceScreen);
}

ModuleContext MainWindow::moduleContext(bool loggedIn)
{
    ModuleContext context;
    context.session = loggedIn ? &*m_services.flow->session() : nullptr;
    context.mode = m_mode;
    context.platform = m_services.platform;
    context.printer = m_services.printer;
    context.drafts = m_mode == TerminalMode::Kiosk ? nullptr : &m_drafts;
    context.camera = m_cameraPhoto;
    context.cameraProblem = m_cameraProblem;
    context.outbox = m_services.outbox;
    context.fieldDay =
        m_services.staff && m_services.staff->fieldDay() ? &*m_services.staff->fieldDay() : nullptr;
    context.visitChallenges = m_services.visitChallenges;
    context.readAloud = [this](const QWidget* screen) {
        if (m_theme == Theme::Elder && m_services.voice)
            m_services.voice->say(screenText(screen), currentLanguage());
    };
    context.cards = m_cardService;
    context.encoder = m_cardEncoder;
    context.holdCardSession = [this](bool hold) {
        if (m_services.flow)
            m_services.flow->holdCardSession(hold);
    };
    return context;
}

void MainWindow::leaveService()
{
    closeServiceScreen();
    showScreen(m_home);
}

void MainWindow::closeServiceScreen()
{
    if (m_serviceScreen) {
        m_screens->removeWidget(m_serviceScreen);
        m_serviceScreen->deleteLater();
        m_serviceScreen = nullptr;
    }
    if (m_services.flow && m_services.flow->state() == LoginFlow::State::LoggedIn)
        showScreen(m_home);
}

} // namespace ssc
