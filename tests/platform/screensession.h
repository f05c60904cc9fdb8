#pragma once

#include "demoterminal.h"
#include "platformfixture.h"

#include "moduleapi/servicemodule.h"
#include "platform/platformclient.h"
#include "session/citizensession.h"

#include <QTest>

#include <memory>
#include <optional>

// A demo person logged in on a demo terminal (kiosk or counter) with a fresh e-card code, as the pedestal
// would: the context a service screen gets from the shell, for screen tests against the real platform.
class ScreenSession {
public:
    explicit ScreenSession(PlatformFixture& platform, ssc::TerminalMode mode = ssc::TerminalMode::Kiosk,
                           quint16 port = 0)
        : m_platform(platform), m_mode(mode), m_client(std::make_unique<ssc::PlatformClient>(
                                                  demoterminal::config(port ? port : platform.port(), mode)))
    {}

    ssc::ModuleContext logIn(const QString& person)
    {
        const auto r = m_platform.asTerminal(ssc::terminalModeKey(m_mode), "POST",
                                             QStringLiteral("/api/v1/ecard/resolve"),
                                             {{QStringLiteral("code"), m_platform.mint(person)}});
        m_session = ssc::CitizenSession::fromPlatform(r.json);
        m_client->setCitizenSession(m_session->token);
        ssc::ModuleContext context;
        context.platform = m_client.get();
        context.session = &*m_session;
        context.mode = m_mode;
        context.openService = [this](const QString& id) { m_servicesOpened << id; };
        return context;
    }

    // A staff member of the demo (password demo-password-2026) signed in on this terminal, nobody served: the
    // context a staff task's screen gets (the hall manager's pages).
    ssc::ModuleContext signInStaff(const QString& username)
    {
        m_client->setStaffSession(m_platform.staffSession(username, ssc::terminalModeKey(m_mode)));
        ssc::ModuleContext context;
        context.platform = m_client.get();
        context.mode = m_mode;
        return context;
    }

    // The screen for that person, shown at kiosk size, once it has left its loading page.
    template <class Screen> std::unique_ptr<Screen> open(const QString& person)
    {
        auto screen = std::make_unique<Screen>(logIn(person));
        screen->resize(1280, 800);
        screen->show();
        (void)QTest::qWaitFor([&] { return screen->page() != Screen::Page::Loading; }, 15000);
        return screen;
    }

    // The services a screen led into (ModuleContext::openService), in order.
    const QStringList& servicesOpened() const { return m_servicesOpened; }
    QByteArray token() const { return m_session ? m_session->token.toLatin1() : QByteArray(); }
    ssc::PlatformClient& client() { return *m_client; }

private:
    PlatformFixture& m_platform;
    ssc::TerminalMode m_mode;
    std::unique_ptr<ssc::PlatformClient> m_client;
    std::optional<ssc::CitizenSession> m_session;
    QStringList m_servicesOpened;
};
