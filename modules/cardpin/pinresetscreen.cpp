#include "pinresetscreen.h"

#include "cardreader/cardsource.h"
#include "customerpinpad.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/scrollpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace ssc {

using State = PinResetFlow::State;
using Problem = PinResetFlow::Problem;

PinResetScreen::PinResetScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_pages(new QStackedLayout(this)), m_stepPage(new QWidget),
      m_back(new QPushButton), m_title(new QLabel), m_steps(new QLabel), m_notice(new NoticeBanner),
      m_startAgain(new QPushButton), m_result(new ResultPage)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("bodyText"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_startAgain->setObjectName(QStringLiteral("secondaryButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    auto* page = new QVBoxLayout(m_stepPage);
    page->setContentsMargins(48, 32, 48, 32);
    page->setSpacing(24);
    page->addLayout(top);
    // The steps scroll under the title where large type needs more than the screen (elder, 1280 x 800).
    auto* body = new QWidget;
    auto* bodyColumn = new QVBoxLayout(body);
    bodyColumn->setContentsMargins(0, 0, 0, 0);
    bodyColumn->setSpacing(24);
    bodyColumn->addWidget(m_notice);
    bodyColumn->addWidget(m_steps);
    bodyColumn->addWidget(m_startAgain, 0, Qt::AlignLeft);
    bodyColumn->addStretch(1);
    page->addWidget(new ScrollPage(body), 1);
    m_pages->addWidget(m_stepPage);
    m_pages->addWidget(m_result);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!m_flow || m_flow->state() != State::Working)
            m_context.back();
    });
    connect(m_result, &ResultPage::homeRequested, this, [this] { m_context.back(); });
    connect(m_result, &ResultPage::nextServiceRequested, this, [this] {
        if (m_flow)
            m_flow->startAgain();
    });
    connect(m_startAgain, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->startAgain();
    });
    if (m_context.cards && m_context.platform) {
        m_cardWasInAtStart = m_context.cards->cardPresent();
        m_flow = std::make_unique<PinResetFlow>(*m_context.cards, *m_context.platform);
        m_customer = std::make_unique<CustomerPinPad>();
        connect(m_flow.get(), &PinResetFlow::stateChanged, this, &PinResetScreen::follow);
        connect(m_customer.get(), &CustomerPinPad::pinEntered, this,
                [this](const QString& pin) { m_flow->pinEntered(pin); });
        m_customer->showToCitizen();
    }
    retranslate();
}

PinResetScreen::~PinResetScreen() = default;

bool PinResetScreen::awaitingConfirmation() const
{
    return m_flow && m_flow->state() == State::ShowCode;
}

void PinResetScreen::confirmWithCode(const QString& code)
{
    m_flow->codeShown(code);
}

void PinResetScreen::confirmWithCard(const QJsonObject&)
{
    // Not reached: this screen works on the card itself, so the shell asks no card for a PIN here.
}

void PinResetScreen::confirmationFailed() {}

void PinResetScreen::follow(State)
{
    retranslate();
    if (m_context.readAloud)
        m_context.readAloud(this);
}

// The citizen's side: the pad when a PIN is asked for, otherwise what is happening, in their words.
void PinResetScreen::askCustomer(State state)
{
    if (!m_customer)
        return;
    const Problem problem = m_flow->problem();
    const QString weak = m_flow->weakReason();
    switch (state) {
    case State::EnterNew:
    case State::RepeatNew:
        m_customer->askForPin(
            [state] {
                return state == State::EnterNew ? tr("Choose a new PIN") : tr("Enter the new PIN again");
            },
            [state, problem, weak] {
                if (problem == Problem::Weak)
                    return weak;
                if (problem == Problem::Mismatch)
                    return tr("The two new PINs were different. Choose the new PIN again.");
                return state == State::EnterNew ? CustomerPinPad::choosePinAdvice()
                                                : CustomerPinPad::repeatPinAdvice();
            });
        return;
    case State::ShowCode:
        return m_customer->tell(design::Tone::Info, tr("Show your e-card code"),
                                tr("Open the e-card in your app and hold its code "
                                   "to the scanner. It proves that the card is yours."));
    case State::Working:
        return m_customer->tell(design::Tone::Info, tr("Setting your new PIN"),
                                tr("Leave the card in the reader. This takes a few seconds."));
    case State::Done:
        return m_customer->tell(design::Tone::Success, tr("Your card is unlocked"),
                                tr("Use your new PIN from now on. Keep it to yourself."));
    case State::Failed:
        return m_customer->tell(design::Tone::Warning, tr("The PIN was not reset"),
                                tr("The member of staff will tell you what to do next."));
    case State::InsertCard:
        return m_customer->tell(design::Tone::Info, tr("Unlock and reset your card PIN"),
                                tr("Please hand your social security card to the member of staff."));
    }
}

void PinResetScreen::showStep(State state)
{
    const QStringList steps{
        tr("Insert the citizen's card in the reader."),
        tr("The citizen types a new PIN twice on the customer display."),
        tr("The citizen shows their own e-card code on the scanner."),
        tr("The card and the social security system reset the PIN."),
    };
    const int current = state == State::RepeatNew  ? 1
                        : state == State::ShowCode ? 2
                        : state == State::Working  ? 3
                        : state == State::EnterNew ? 1
                                                   : 0;
    m_steps->setText(design::numberedSteps(steps, current));
    // Without a reader there is no first step to take: the steps would point at a reader that is not there.
    m_steps->setVisible(m_flow != nullptr);
    const Problem problem = m_flow ? m_flow->problem() : Problem::None;
    switch (state) {
    case State::InsertCard:
        if (!m_flow)
            m_notice->setNotice(design::Tone::Warning, tr("This counter has no card reader"),
                                tr("A PIN is reset with the card in a reader and the citizen at a customer "
                                   "display. Send the citizen to a counter that has both; use Back for "
                                   "their other services."));
        else if (m_cardWasInAtStart && m_context.cards->cardPresent())
            m_notice->setNotice(design::Tone::Info, tr("Take the card out and insert it again"),
                                tr("The reset starts from the card as it goes in."));
        else
            m_notice->setNotice(design::Tone::Info, tr("Insert the citizen's card"),
                                tr("Locked by wrong PINs, or the PIN forgotten: both are reset here."));
        break;
    case State::EnterNew:
    case State::RepeatNew:
        if (problem == Problem::Weak || problem == Problem::Mismatch)
            m_notice->setNotice(design::Tone::Warning, tr("The citizen is choosing another PIN"),
                                tr("The customer display told them why the last one was not taken."));
        else
            m_notice->setNotice(design::Tone::Info, tr("The citizen is typing on the customer display"),
                                tr("Do not look at or type on their keys. Their digits never show here."));
        break;
    case State::ShowCode:
        m_notice->setNotice(design::Tone::Info, tr("Scan the citizen's e-card code"),
                            tr("Their own code, from their app, proves the card is theirs. Someone else's "
                               "code is refused."));
        break;
    case State::Working:
        m_notice->setNotice(design::Tone::Info, tr("Resetting the PIN"),
                            tr("Leave the card in the reader. This takes a few seconds."));
        break;
    default:
        break;
    }
    m_startAgain->setText(tr("Start again"));
    m_startAgain->setVisible(state == State::EnterNew || state == State::RepeatNew ||
                             state == State::ShowCode);
    m_pages->setCurrentWidget(m_stepPage);
}

void PinResetScreen::showResult(State state)
{
    if (state == State::Done) {
        m_result->showResult(design::Tone::Success, tr("The PIN is reset and the card unlocked"),
                             tr("The card now takes the citizen's new PIN, with all its tries. Hand the card "
                                "back."));
        m_pages->setCurrentWidget(m_result);
        return;
    }
    QString why;
    switch (m_flow->problem()) {
    case Problem::CardGone:
        why = tr("The card left the reader.");
        break;
    case Problem::CardRefused:
        why = tr("The card refused the reset; it keeps its old PIN.");
        break;
    case Problem::NoAnswer:
        why = tr("The card or the social security system did not answer.");
        break;
    default: {
        const PlatformResult answer = m_flow->platformAnswer();
        why = answer.message() + QLatin1Char(' ') + answer.advice();
    }
    }
    const QString which = m_flow->cardMayHoldNewPin()
                              ? tr("The card may already take the new PIN: start again to finish.")
                              : tr("Nothing changed on the card. You can start again.");
    m_result->offerNextService(tr("Start again"));
    m_result->showResult(design::Tone::Error, tr("The PIN was not reset"),
                         why.trimmed() + QLatin1Char(' ') + which);
    m_pages->setCurrentWidget(m_result);
}

void PinResetScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinResetScreen::retranslate()
{
    m_back->setText(tr("Back"));
    m_title->setText(tr("Unlock and reset a card PIN"));
    const State state = m_flow ? m_flow->state() : State::InsertCard;
    if (state == State::Done || state == State::Failed)
        showResult(state);
    else
        showStep(state);
    askCustomer(state);
}

} // namespace ssc
