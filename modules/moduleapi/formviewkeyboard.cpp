// FormView and the on-screen keyboard (kiosks): the keys dock over the bottom of the window, the form gives
// up the room they cover, and the field being typed in, its label and its problem scroll into view above
// them.
#include "designsystem.h"
#include "formview.h"
#include "onscreenkeyboard.h"
#include "scrollpage.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>

namespace ssc {
namespace {

// From this height (a 1080x1920 portrait kiosk, a 1920x1080 one) the keys may take their elder size.
constexpr int roomyWindowHeight = 1000;

} // namespace

void FormView::setOnScreenKeyboard(bool enabled)
{
    if (!enabled || m_keyboard)
        return;
    m_keyboard = new OnScreenKeyboard;
    m_keyboard->hide();
    // Shown when a field that takes text gets the focus; hidden when the step is drawn again, never while a
    // finger is on a button (the buttons would move under it).
    connect(qApp, &QApplication::focusChanged, m_keyboard, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now) &&
            (qobject_cast<QLineEdit*>(now) || qobject_cast<QPlainTextEdit*>(now))) {
            // The field's input method hints choose the keys (FormView::editorFor sets them by the field's
            // kind): digits, an amount, an ID number (numbers preferred, capitals only: 17 digits and X).
            const Qt::InputMethodHints hints = now->inputMethodHints();
            m_keyboard->setNumbers(hints & Qt::ImhDigitsOnly ? OnScreenKeyboard::Numbers::Whole
                                   : hints & Qt::ImhFormattedNumbersOnly
                                       ? OnScreenKeyboard::Numbers::WithDecimals
                                   : (hints & Qt::ImhPreferNumbers) && (hints & Qt::ImhUppercaseOnly)
                                       ? OnScreenKeyboard::Numbers::IdNumber
                                       : OnScreenKeyboard::Numbers::No);
            showKeyboard(now);
        }
    });
}

void FormView::showKeyboard(QWidget* field)
{
    // The keyboard docks over the bottom of the window (the footer, the frame's margins), the full width, and
    // the form gives up only the part of itself the keyboard covers: its buttons stay right above the keys
    // and the window never grows. Then the field, its label and its problem scroll into view above the keys.
    QWidget* window = this->window();
    if (m_keyboard->parentWidget() != window) {
        if (m_keyboard->parentWidget())
            m_keyboard->parentWidget()->removeEventFilter(this);
        m_keyboard->setParent(window);
        window->installEventFilter(this);
    }
    m_keyboard->show();
    m_keyboard->raise();
    dockKeyboard();
    m_keyboardField = field;
    // After the layout has given up the room (the margin set above takes effect on the next pass).
    QTimer::singleShot(0, this, [this] { revealField(m_keyboardField); });
}

void FormView::hideKeyboard()
{
    if (!m_keyboard || m_keyboard->isHidden())
        return;
    m_keyboard->hide();
    m_keyboardField = nullptr;
    layout()->setContentsMargins(0, 0, 0, 0);
}

void FormView::dockKeyboard()
{
    if (!m_keyboard || m_keyboard->isHidden())
        return;
    const QWidget* window = m_keyboard->parentWidget();
    m_keyboard->setRoomy(window->height() >= roomyWindowHeight);
    const int height = m_keyboard->sizeHint().height();
    m_keyboard->setGeometry(0, window->height() - height, window->width(), height);
    // The part of the form under the keyboard: its layout ends above it.
    const int formBottom = mapTo(window, QPoint(0, this->height())).y();
    const int covered = std::max(0, formBottom - m_keyboard->y() + design::spacing);
    layout()->setContentsMargins(0, 0, 0, covered);
    layout()->activate(); // the room given up now, so the field is revealed in the room that is left
}

void FormView::revealField(QWidget* field)
{
    if (!field || !isAncestorOf(field))
        return;
    QString key;
    for (const auto& [k, editor] : std::as_const(m_editors))
        if (editor == field || editor->isAncestorOf(field))
            key = k;
    QWidget* content = m_page->area()->widget();
    QRect group(field->mapTo(content, QPoint(0, 0)), field->size());
    for (QWidget* part : {m_labels.value(key), static_cast<QWidget*>(m_problems.value(key))})
        if (part && part->isVisibleTo(content))
            group = group.united(QRect(part->mapTo(content, QPoint(0, 0)), part->size()));
    m_page->reveal(group);
}

bool FormView::eventFilter(QObject* watched, QEvent* event)
{
    if (m_keyboard && watched == m_keyboard->parentWidget() && event->type() == QEvent::Resize)
        dockKeyboard();
    return QWidget::eventFilter(watched, event);
}

void FormView::hideEvent(QHideEvent* event)
{
    hideKeyboard(); // a result page or another screen never shows the form's keyboard
    QWidget::hideEvent(event);
}

} // namespace ssc
