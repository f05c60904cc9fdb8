#pragma once

#include "demoterminal.h"

#include "allmodules.h"
#include "mainwindow.h"
#include "moduleapi/servicemodule.h"
#include "outbox/outboxsender.h"
#include "platform/platformclient.h"
#include "session/loginflow.h"
#include "session/stafflogin.h"
#include "staffloginscreen.h"
#include "usb/devicecatalog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace demoterminal {

// A counter's or a home-visit laptop's own window against the test's platform, with every module and the
// staff's diagnostics page, shown at 1280x800 and waiting for a staff member to sign in. A field laptop's
// outbox, when given, keeps what is filed without a network.
struct StaffWindow {
    ssc::PlatformClient client;
    ssc::LoginFlow flow{client};
    ssc::StaffLogin staff{client};
    ssc::ModuleRegistry modules;
    ssc::DeviceCatalog catalog = ssc::DeviceCatalog::standard();
    std::unique_ptr<ssc::MainWindow> window;

    StaffWindow(quint16 port, ssc::TerminalMode mode, ssc::OutboxSender* outbox = nullptr)
        : client(config(port, mode))
    {
        ssc::registerAllModules(modules);
        ssc::ShellServices services{&flow, &modules, &client, &staff, 3600, 20};
        services.catalog = &catalog;
        services.outbox = outbox;
        window = std::make_unique<ssc::MainWindow>(mode, true, ssc::Theme::Standard, services);
        window->resize(1280, 800);
        window->show();
    }

    // Types the user name and password into the staff login screen and presses its button, as staff do.
    void signIn(const QString& user, const QString& password)
    {
        auto* screen = window->staffLoginScreen();
        screen->findChild<QLineEdit*>(QStringLiteral("staffUser"))->setText(user);
        screen->findChild<QLineEdit*>(QStringLiteral("staffPassword"))->setText(password);
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("staffSubmit")), Qt::LeftButton);
    }
};

} // namespace demoterminal
