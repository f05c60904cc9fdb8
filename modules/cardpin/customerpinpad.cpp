#include "customerpinpad.h"

#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace ssc {

CustomerPinPad::CustomerPinPad()
    : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint), m_pages(new QStackedLayout(this)),
      m_messagePage(new QWidget), m_notice(new NoticeBanner),
      // The citizen's pad is shuffled as a kiosk's is: someone watching the screen learns nothing.
      m_pad(new PinPadScreen(TerminalMode::Kiosk))
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    auto* message = new QVBoxLayout(m_messagePage);
    message->setContentsMargins(48, 48, 48, 48);
    message->addStretch(1);
    message->addWidget(m_notice);
    message->addStretch(2);
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(m_pad);
    connect(m_pad, &PinPadScreen::pinEntered, this, &CustomerPinPad::pinEntered);
    // Cancelling on the citizen's side only clears the digits typed: the clerk decides whether to stop.
    connect(m_pad, &PinPadScreen::cancelled, this, [this] { m_pad->start(-1); });
}

CustomerPinPad::~CustomerPinPad() = default;

void CustomerPinPad::askForPin(std::function<QString()> title, std::function<QString()> detail)
{
    m_pad->ask(std::move(title), std::move(detail));
    m_pad->start(-1);
    m_pages->setCurrentWidget(m_pad);
}

void CustomerPinPad::tell(design::Tone tone, const QString& headline, const QString& detail)
{
    m_notice->setNotice(tone, headline, detail);
    m_pad->start(-1); // nothing typed stays on the pad
    m_pages->setCurrentWidget(m_messagePage);
}

void CustomerPinPad::showToCitizen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setGeometry(screens.at(1)->geometry());
        showFullScreen();
        return;
    }
    const QRect area = QGuiApplication::primaryScreen()
                           ? QGuiApplication::primaryScreen()->availableGeometry()
                           : QRect(0, 0, 1280, 800);
    resize(qMin(area.width() / 2, 720), qMin(area.height(), 900));
    move(area.right() - width(), area.top());
    show();
    raise();
}

QString CustomerPinPad::choosePinAdvice()
{
    return tr(
        "Six digits, not your birth date, not all the same, not 123456. Only you see this screen; cover "
        "the keys with your hand.");
}

QString CustomerPinPad::repeatPinAdvice()
{
    return tr("The same six digits once more, so a slip of the finger does not lock you out.");
}

} // namespace ssc
