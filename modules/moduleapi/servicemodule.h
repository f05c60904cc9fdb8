#pragma once

#include "domain/terminalmode.h"
#include "i18n/translatabletext.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QImage;
class QWidget;

namespace ssc {

class CardEncoder;
class CardSource;
class DraftStore;
class FieldDay;
class OutboxSender;
class PlatformClient;
class VisitChallenges;
class PrintService;
struct CitizenSession;

// What a service screen gets from the shell.
struct ModuleContext {
    const CitizenSession* session = nullptr; // null in visitor mode
    TerminalMode mode = TerminalMode::Kiosk;
    PlatformClient* platform = nullptr;
    PrintService* printer = nullptr; // null: this terminal has no printer (settings printing/*)
    DraftStore* drafts = nullptr;    // counters and home visits: a clerk's unfinished forms; null on kiosks
    std::function<QImage()> camera;  // the camera's picture of the moment; empty: this terminal has no camera
    // Why the camera gives no picture (an error, unplugged), for the log and the staff; empty: none known.
    std::function<QString()> cameraProblem;
    std::function<void()> back; // return to the home screen
    // Leads into another service by its id (this screen closes), as a refusal's next step does; empty where
    // the shell gives none.
    std::function<void(const QString&)> openService;
    OutboxSender* outbox = nullptr; // field mode: what is filed waits here until it can be sent; else null
    const FieldDay* fieldDay = nullptr; // field mode: the day's visits, for finding people offline; else null
    VisitChallenges* visitChallenges = nullptr; // field mode: challenges fetched ahead for home visits
    // Says a screen aloud (app/screenvoice.h's screenText) when the elder interface is on and the terminal
    // has a voice; does nothing otherwise. Empty where the shell gives none (tests that do not listen).
    std::function<void(const QWidget*)> readAloud;
    // The card readers (kiosks): a service that works on the card itself (changing its PIN); null: none.
    CardSource* cards = nullptr;
    // Keeps a card login's session while its card is out for a moment (true), so a service working on the
    // card can ask for it back; released (false), a card still out ends the session as usual.
    std::function<void(bool)> holdCardSession;
    // A counter's instant-issue card printer (即时制卡; docs/card-services.md, "Replace the card"); null:
    // none.
    CardEncoder* encoder = nullptr;
};

// One service as the home screen shows it (docs/architecture.md, "Modules"). Each modules/<name>/ registers
// one; the home screen is built from the registry, so a module that is not built does not appear.
struct ServiceModule {
    QString id;
    TranslatableText title;
    TranslatableText summary;
    QString icon; // SVG resource path
    QList<TerminalMode> modes{TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field};
    bool requiresLogin = true;
    std::function<QWidget*(const ModuleContext&)> createScreen;
    // A staff task: offered only to staff holding one of these roles (empty: not a staff task). The platform
    // enforces the same (docs/security.md, "Staff"); the terminal only spares a clerk a tile that would
    // refuse.
    QStringList staffRoles = {};
    // Whether a session opened by face alone (docs/card-services.md, "Face instead of a forgotten PIN") may
    // use it. The platform decides (403 face_session_not_enough, its one table); the terminal only greys a
    // tile that would refuse, with the reason, so a person signed in by face is not sent into a refusal.
    bool forFaceSession = true;
    // Works on the card in the terminal's reader (changing its PIN): not offered where there is none.
    bool needsCardReader = false;
    // The summary as a clerk reads it at a counter, of the person served ("This person's cards"), where the
    // summary speaks to the citizen ("Your cards"); empty: the summary says it for both.
    TranslatableText counterSummary = {};
    // The title as a clerk reads it, where the title is the citizen's own ("My applications"); empty: the
    // title says it for both.
    TranslatableText counterTitle = {};
};

// A module whose tile summary (and, given, its title) speaks to the citizen, with the words a clerk reads
// instead.
inline ServiceModule withCounterSummary(ServiceModule module, TranslatableText counterSummary,
                                        TranslatableText counterTitle = {})
{
    module.counterSummary = std::move(counterSummary);
    module.counterTitle = std::move(counterTitle);
    return module;
}

class ModuleRegistry {
public:
    void add(ServiceModule module)
    {
        m_modules.push_back(std::make_unique<ServiceModule>(std::move(module)));
    }
    // In registration order: the modules this mode offers, for visitors only those without login, and staff
    // tasks only to staff whose roles include them.
    std::vector<const ServiceModule*> available(TerminalMode mode, bool loggedIn,
                                                const QStringList& staffRoles = {}) const
    {
        std::vector<const ServiceModule*> result;
        for (const auto& m : m_modules)
            if (m->modes.contains(mode) && (loggedIn || !m->requiresLogin) && offeredTo(*m, staffRoles))
                result.push_back(m.get());
        return result;
    }
    static bool offeredTo(const ServiceModule& module, const QStringList& staffRoles)
    {
        if (module.staffRoles.isEmpty())
            return true;
        for (const QString& role : staffRoles)
            if (module.staffRoles.contains(role))
                return true;
        return false;
    }
    const ServiceModule* find(const QString& id) const
    {
        for (const auto& m : m_modules)
            if (m->id == id)
                return m.get();
        return nullptr;
    }

private:
    std::vector<std::unique_ptr<ServiceModule>> m_modules;
};

} // namespace ssc
