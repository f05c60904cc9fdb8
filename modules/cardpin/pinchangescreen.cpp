#include "pinchangescreen.h"

#include "cardreader/cardsource.h"
#include "i18n/translator.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/resultpage.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace ssc {

using State = PinChangeFlow::State;
using Problem = PinChangeFlow::Problem;

PinChangeScreen::PinChangeScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_pages(new QStackedLayout(this)), m_waitingPage(new QWidget),
      m_back(new QPushButton), m_title(new QLabel), m_notice(new NoticeBanner), m_insertPicture(new QLabel),
      m_pad(new PinPadScreen(context.mode)), m_result(new ResultPage)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    auto* waiting = new QVBoxLayout(m_waitingPage);
    waiting->setContentsMargins(48, 32, 48, 32);
    waiting->setSpacing(32);
    waiting->addLayout(top);
    waiting->addStretch(1);
    // Shown, not only said: an elderly person looks for where the card goes and which way round.
    m_insertPicture->setObjectName(QStringLiteral("cardInsertPicture"));
    m_insertPicture->setPixmap(QIcon(QStringLiteral(":/icons/card-insert.svg")).pixmap(200, 200));
    m_insertPicture->setAlignment(Qt::AlignCenter);
    waiting->addWidget(m_insertPicture);
    waiting->addWidget(m_notice);
    waiting->addStretch(2);
    m_pages->addWidget(m_waitingPage);
    m_pages->addWidget(m_pad);
    m_pages->addWidget(m_result);
    // Not while the card works, nor while the reader's pad waits: that entry ends with the pad's own keys.
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!m_flow || !(m_flow->state() == State::Working || m_flow->state() == State::CardOut ||
                         m_flow->state() == State::OnPad))
            m_context.back();
    });
    connect(m_result, &ResultPage::homeRequested, this, [this] { m_context.back(); });
    connect(m_pad, &PinPadScreen::cancelled, this, [this] { m_context.back(); });
    connect(m_pad, &PinPadScreen::pinEntered, this, [this](const QString& pin) {
        if (m_flow)
            m_flow->pinEntered(pin);
    });
    const CitizenSession* session = m_context.session;
    // The card to change is the one in the reader: the session's own card when the person logged in with it,
    // otherwise whichever of their cards they insert now.
    if (session && session->method == u"card" && m_context.cards && m_context.cards->cardPresent())
        startWith(session->card.cardIdentifier);
    else if (m_context.cards)
        connect(m_context.cards, &CardSource::cardInserted, this, [this](const CardFiles& files) {
            if (m_flow || !m_context.session)
                return;
            for (const Card& card : m_context.session->person.cards)
                if (card.cardIdentifier == files.cardIdentifier)
                    return startWith(files.cardIdentifier);
            m_notice->setNotice(design::Tone::Error, tr("This card is not one of yours"),
                                tr("Take it out and insert your own social security card."));
        });
    retranslate();
}

PinChangeScreen::~PinChangeScreen()
{
    if (m_context.holdCardSession)
        m_context.holdCardSession(false);
}

void PinChangeScreen::startWith(const QString& cardIdentifier)
{
    if (!m_context.cards || !m_context.platform || !m_context.session)
        return;
    m_flow = std::make_unique<PinChangeFlow>(*m_context.cards, *m_context.platform, cardIdentifier,
                                             m_context.session->person.birthDate);
    connect(m_flow.get(), &PinChangeFlow::stateChanged, this, &PinChangeScreen::show);
    show(m_flow->state());
    if (m_flow->onPad())
        m_flow->startOnPad(); // the reader's own keys instead of the screen's
}

void PinChangeScreen::showWaiting()
{
    m_insertPicture->setVisible(m_context.cards && m_context.platform); // no reader: no card to insert
    if (!m_context.cards || !m_context.platform)
        m_notice->setNotice(design::Tone::Warning, tr("This terminal has no card reader"),
                            tr("Change your PIN at a terminal with a card reader, or at a service counter."));
    else
        m_notice->setNotice(design::Tone::Info, tr("Insert your social security card"),
                            tr("Face up, chip end first, into the card reader."));
    m_pages->setCurrentWidget(m_waitingPage);
}

void PinChangeScreen::show(State state)
{
    // While the card works on the change, taking it out must not end the person's session: the screen asks
    // for it back so the card and the platform agree on which PIN it holds.
    if (m_context.holdCardSession)
        m_context.holdCardSession(state == State::Working || state == State::CardOut ||
                                  (state == State::OnPad && m_flow && m_flow->needsCardBack()));
    if (state == State::EnterOld || state == State::EnterNew || state == State::RepeatNew)
        m_pad->start(-1);
    retranslate(); // the words of the new state, the pad's prompt with them
    if (m_context.readAloud)
        m_context.readAloud(this);
}

// The words and the page of a state, again whenever the language changes.
void PinChangeScreen::showWords(State state)
{
    switch (state) {
    case State::EnterOld:
    case State::EnterNew:
    case State::RepeatNew:
        m_pages->setCurrentWidget(m_pad);
        break;
    case State::OnPad:
        showPadWords();
        m_pages->setCurrentWidget(m_waitingPage);
        break;
    case State::Working:
        m_notice->setNotice(design::Tone::Info, tr("Changing the PIN on your card"),
                            tr("Leave the card in the reader. This takes a few seconds."));
        m_pages->setCurrentWidget(m_waitingPage);
        break;
    case State::CardOut:
        m_notice->setNotice(design::Tone::Warning, tr("Put the card back in, please"),
                            tr("The card left the reader while its PIN was being changed. Insert it again "
                               "within a minute and the terminal finishes the change."));
        m_pages->setCurrentWidget(m_waitingPage);
        break;
    default:
        showResult(state);
    }
}

// The reader's pad, not the screen, takes the digits: the screen says what to type there and how to stop.
void PinChangeScreen::showPadWords()
{
    const bool wrong = m_flow->problem() == Problem::WrongOld;
    const QString stop = tr("The reader's cancel key stops.");
    if (m_flow->padEntry() == PinChangeFlow::PadEntry::CurrentPin)
        m_notice->setNotice(
            wrong ? design::Tone::Warning : design::Tone::Info,
            wrong ? tr("That was not the current PIN. %n tries left before the card locks.", nullptr,
                       m_flow->triesLeft())
                  : tr("Type your current PIN on the card reader's keypad"),
            joinSentences(
                {wrong ? tr("Type your current PIN on the card reader's keypad again, then its OK key.")
                       : tr("Six digits, then the reader's OK key. The terminal never sees them."),
                 stop}));
    else
        m_notice->setNotice(
            design::Tone::Info, tr("On the card reader's keypad: your current PIN, then the new PIN twice"),
            joinSentences(
                {tr("Each followed by the reader's OK key. The terminal cannot check a PIN it never "
                    "sees: choose six digits that are not your birth date, not all the same and not a "
                    "run such as 123456."),
                 stop}));
}

void PinChangeScreen::showResult(State state)
{
    using Holds = PinChangeFlow::CardHolds;
    switch (state) {
    case State::Changed:
        m_result->showResult(
            design::Tone::Success, tr("Your PIN is changed"),
            tr("Use the new PIN from now on, at kiosks, counters and for your e-card. Keep it to "
               "yourself."));
        break;
    case State::Unchanged:
        m_result->showResult(
            design::Tone::Warning, tr("Your PIN was not changed"),
            tr("The change did not reach the card. Your old PIN still works; you can try again."));
        break;
    case State::Blocked:
        m_result->showResult(
            design::Tone::Error, tr("The card is locked"),
            tr("The PIN was wrong too many times. Take the card and your ID card to a service "
               "counter to unlock it."));
        break;
    default: {
        const Holds holds = m_flow ? m_flow->cardHolds() : Holds::OldPin;
        const QString which = holds == Holds::NewPin ? tr("The card already uses your new PIN.")
                              : holds == Holds::OldPin
                                  ? tr("Your old PIN still works.")
                                  : tr("If your new PIN does not work on the card, your old one does.");
        const Problem problem = m_flow ? m_flow->problem() : Problem::None;
        const QString why =
            problem == Problem::PadTimedOut    ? tr("Nothing was typed on the card reader's keypad in time.")
            : problem == Problem::PadCancelled ? tr("The cancel key on the card reader's keypad was pressed.")
                                               : QString();
        m_result->showResult(design::Tone::Error, tr("The PIN change did not finish"),
                             joinSentences({why, which, tr("Ask the staff in the hall if you need help.")}));
    }
    }
    m_pages->setCurrentWidget(m_result);
}

void PinChangeScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinChangeScreen::retranslate()
{
    m_back->setText(tr("Back"));
    m_title->setText(tr("Change the card PIN"));
    if (m_flow)
        showWords(m_flow->state());
    else
        showWaiting();
    const State state = m_flow ? m_flow->state() : State::EnterOld;
    const Problem problem = m_flow ? m_flow->problem() : Problem::None;
    const int triesLeft = m_flow ? m_flow->triesLeft() : -1;
    const QString weak = m_flow ? m_flow->weakReason() : QString();
    m_pad->ask(
        [state] {
            return state == State::EnterOld   ? tr("Enter your current PIN")
                   : state == State::EnterNew ? tr("Choose a new PIN")
                                              : tr("Enter the new PIN again");
        },
        [state, problem, triesLeft, weak] {
            if (problem == Problem::WrongOld)
                return tr("That was not the current PIN. %n tries left before the card locks.", nullptr,
                          triesLeft);
            if (problem == Problem::Weak)
                return weak;
            if (problem == Problem::Mismatch)
                return tr("The two new PINs were different. Choose the new PIN again.");
            return state == State::EnterOld ? tr("Six digits. Cover the keys with your hand while you type.")
                   : state == State::EnterNew
                       ? tr("Six digits, not your birth date, not all the same, not 123456.")
                       : tr("The same six digits once more, so a slip of the finger does not lock you out.");
        });
}

} // namespace ssc
