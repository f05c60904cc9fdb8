#include "diplomasmodule.h"

#include "diplomasscreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerDiplomasModule(ModuleRegistry& registry)
{
    registry.add(
        {QStringLiteral("diplomas"),
         {"DiplomasModule", QT_TRANSLATE_NOOP("DiplomasModule", "Technical school diplomas"), {}},
         {"DiplomasModule", QT_TRANSLATE_NOOP("DiplomasModule", "Diplomas of graduates from 2015-06-30"), {}},
         QStringLiteral(":/icons/diploma.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new DiplomasScreen(context); }});
}

} // namespace ssc
