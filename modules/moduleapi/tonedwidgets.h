#pragma once

#include "designsystem.h"

class QLabel;
class QVariant;
class QWidget;

// The few lines every component repeated to show a tone or change a look: kept here so an icon always
// carries its tone's word for screen readers and a changed property always reaches the style sheet.
namespace ssc::design {

// The tone's icon (its own shape, EXPERIENCE.md: never colour alone) at sizePx square, named by the tone's
// word for screen readers.
void showToneIcon(QLabel* icon, Tone tone, int sizePx);

// Qt's style sheets read a dynamic property ([tone="error"], [primary="true"]) only when a widget is
// polished; after setProperty the widget is polished again so the new rule applies at once.
void restyle(QWidget* widget);

// setProperty(name, value) and restyle, skipped when the value is already set (no needless re-polish).
void setStyleProperty(QWidget* widget, const char* name, const QVariant& value);

} // namespace ssc::design
