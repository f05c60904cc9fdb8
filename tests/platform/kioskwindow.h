#pragma once

#include "demoterminal.h"

#include "allmodules.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformclient.h"
#include "session/loginflow.h"
#include "simulator/virtualcardreader.h"
#include "theme.h"

#include <QApplication>

#include <memory>

namespace demoterminal {

// The demo kiosk's real window against the test's platform: its client, the login flow, every module, in
// Chinese and the standard theme, shown at 1280x800 — what the shell tests drive. Like the demo's kiosk it
// has a (virtual, empty) card reader, so the services that work on a card are offered. With a voice, the
// elder interface offers "read this screen to me".
inline void openKioskWindow(quint16 port, int idleTimeoutSeconds, int idleWarnSeconds,
                            std::unique_ptr<ssc::PlatformClient>& client,
                            std::unique_ptr<ssc::LoginFlow>& flow, ssc::ModuleRegistry& modules,
                            std::unique_ptr<ssc::MainWindow>& window, ssc::ScreenVoice* voice = nullptr)
{
    ssc::useLanguage(ssc::chineseLanguage);
    ssc::applyTheme(*qApp, ssc::Theme::Standard);
    client = std::make_unique<ssc::PlatformClient>(config(port));
    flow = std::make_unique<ssc::LoginFlow>(*client);
    ssc::registerAllModules(modules);
    ssc::ShellServices services{flow.get(), &modules,           client.get(),
                                nullptr,    idleTimeoutSeconds, idleWarnSeconds};
    services.voice = voice;
    window =
        std::make_unique<ssc::MainWindow>(ssc::TerminalMode::Kiosk, true, ssc::Theme::Standard, services);
    window->setCardService(new ssc::VirtualCardReader(window.get()));
    window->resize(1280, 800);
    window->show();
}

} // namespace demoterminal
