#include "cardissuescreen.h"

#include "applications/applicationkinds.h"
#include "cardpin/customerpinpad.h"
#include "cardreader/cardsource.h"
#include "cardservices/cardencoder.h"
#include "cardservices/replacementrules.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace ssc {

using State = CardIssueFlow::State;
using Problem = CardIssueFlow::Problem;

namespace {

// Which of the clerk's four steps a state is in (-1: not started, or over).
int stepOf(State state)
{
    switch (state) {
    case State::EnterNew:
    case State::RepeatNew:
        return 0;
    case State::Making:
        return 1;
    case State::InsertCard:
        return 2;
    case State::Proving:
        return 3;
    default:
        return -1;
    }
}

} // namespace

CardIssueScreen::CardIssueScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_notice(new NoticeBanner), m_steps(new QLabel),
      m_frame(this, context, {m_notice, m_steps}, "issueCardStart", "issueCardCancel")
{
    m_steps->setObjectName(QStringLiteral("bodyText"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    // Leaving is refused only for the seconds the platform or the card is at work; a written card left
    // waiting stays sealed, and the next attempt gets the same card from the platform.
    const auto leave = [this] {
        if (!busy())
            m_context.back();
    };
    connect(m_frame.back, &QPushButton::clicked, this, leave);
    connect(m_frame.cancel, &QPushButton::clicked, this, leave);
    connect(m_frame.confirm, &QPushButton::clicked, this, &CardIssueScreen::start);
    connect(m_frame.result, &ResultPage::homeRequested, this, [this] { m_context.back(); });
    connect(m_frame.result, &ResultPage::nextServiceRequested, this, [this] {
        if (m_flow && m_flow->state() == State::Failed) {
            m_frame.showForm();
            m_flow->tryAgain();
        } else {
            m_context.back();
        }
    });
    findReplacement();
    retranslate();
}

CardIssueScreen::~CardIssueScreen()
{
    if (m_flow && m_context.holdCardSession)
        m_context.holdCardSession(false);
}

void CardIssueScreen::findReplacement()
{
    if (!m_context.platform || !m_context.session)
        return;
    m_looking = true;
    CardReplacement::findUnderWay(
        *m_context.platform,
        [this](const PlatformResult& result, const std::optional<CardReplacementState>& state) {
            replacementFound(result, state);
        },
        this);
}

void CardIssueScreen::replacementFound(const PlatformResult& result,
                                       const std::optional<CardReplacementState>& state)
{
    m_looking = false;
    m_lookup = result;
    m_replacement = state;
    retranslate();
}

// The clerk starts once the fee is settled: from here the citizen's display asks for the new card's PIN, and
// the citizen's session stays while their old card is out of the reader.
void CardIssueScreen::start()
{
    if (m_flow || !m_replacement || !m_context.cards || !m_context.encoder || !m_context.platform)
        return;
    qCInfo(lcApp) << "issuing a replacement card on the encoder";
    if (m_context.holdCardSession)
        m_context.holdCardSession(true);
    m_flow = std::make_unique<CardIssueFlow>(*m_context.cards, *m_context.encoder, *m_context.platform,
                                             m_replacement->receipt, m_context.session->person.birthDate);
    m_customer = std::make_unique<CustomerPinPad>();
    connect(m_flow.get(), &CardIssueFlow::stateChanged, this, &CardIssueScreen::follow);
    connect(m_customer.get(), &CustomerPinPad::pinEntered, this,
            [this](const QString& pin) { m_flow->pinEntered(pin); });
    m_customer->showToCitizen();
    follow(m_flow->state());
}

bool CardIssueScreen::busy() const
{
    return m_flow && (m_flow->state() == State::Making || m_flow->state() == State::Proving);
}

void CardIssueScreen::follow(State)
{
    retranslate();
    if (m_context.readAloud)
        m_context.readAloud(this);
}

void CardIssueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CardIssueScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.cancel->setText(tr("Cancel"));
    m_frame.back->setVisible(!busy());
    m_frame.cancel->setVisible(!m_flow);
    m_frame.title->setText(tr("Issue a replacement card"));
    m_frame.confirm->setText(tr("Start issuing"));
    if (m_flow && (m_flow->state() == State::Done || m_flow->state() == State::Failed))
        showResult();
    else if (m_flow)
        showSteps();
    else
        showBeforeStart();
    askCustomer();
}

void CardIssueScreen::showBeforeStart()
{
    const QStringList steps{
        tr("The citizen chooses the new card's PIN twice on the customer display."),
        tr("The social security system makes the card and the encoder writes it."),
        tr("Put the new card from the encoder into the reader."),
        tr("The new card proves itself with the citizen's PIN; the social security system activates it and "
           "cancels the old card."),
    };
    m_steps->setText(design::numberedSteps(steps, m_flow ? stepOf(m_flow->state()) : -1));
    m_frame.confirm->setVisible(!m_flow && m_replacement && m_context.encoder && m_context.cards);
    if (!m_context.encoder)
        return m_notice->setNotice(
            design::Tone::Warning, tr("This counter has no card encoder"),
            tr("Cards are issued at once only at a counter with an instant-issue "
               "printer. The application stands: the card office makes the card and the "
               "citizen collects it."));
    if (!m_context.cards || !m_context.platform)
        return m_notice->setNotice(design::Tone::Warning, tr("This counter has no card reader"),
                                   tr("The new card proves itself in a reader before it is handed over."));
    if (m_looking)
        return m_notice->setNotice(design::Tone::Info, tr("Looking up the citizen's application…"));
    if (!m_replacement && !m_lookup.ok())
        return m_notice->setNotice(design::Tone::Error, tr("The application could not be looked up"),
                                   m_lookup.messageAndAdvice());
    if (!m_replacement)
        return m_notice->setNotice(design::Tone::Info, tr("No replacement under way for this citizen"),
                                   tr("Apply for it first in \"My social security card\": the reason and the "
                                      "fee are settled there."));
    const auto reason = replacementReasonFromKey(m_replacement->reason);
    m_notice->setNotice(
        design::Tone::Info,
        tr("Replacement %1: %2")
            .arg(design::groupForReading(m_replacement->receipt),
                 reason ? ReplacementRules::reasonText(*reason).translated() : QString()),
        tr("Fee: %1. Status: %2. Collect the fee before you start; the old card stops working once the new "
           "one is active.")
            .arg(ReplacementRules::feeText(m_replacement->feeFen),
                 applicationStatusLabel(m_replacement->status).translated()));
}

void CardIssueScreen::showSteps()
{
    showBeforeStart();
    const State state = m_flow->state();
    const Problem problem = m_flow->problem();
    m_frame.confirm->hide();
    switch (state) {
    case State::EnterNew:
    case State::RepeatNew:
        if (problem == Problem::Weak || problem == Problem::Mismatch)
            return m_notice->setNotice(design::Tone::Warning, tr("The citizen is choosing another PIN"),
                                       tr("The customer display told them why the last one was not taken."));
        return m_notice->setNotice(design::Tone::Info, tr("The citizen is typing on the customer display"),
                                   tr("Do not look at or type on their keys. Their digits never show here."));
    case State::Making:
        return m_notice->setNotice(design::Tone::Info, tr("Making the card"),
                                   tr("The social security system makes the card and the encoder writes it. "
                                      "Leave the printer alone until the card comes out."));
    case State::InsertCard:
        if (problem == Problem::WrongCard)
            return m_notice->setNotice(design::Tone::Warning, tr("This is not the new card"),
                                       tr("Take it out and insert the card the encoder just made (%1).")
                                           .arg(m_flow->newCardNumberMasked()));
        return m_notice->setNotice(design::Tone::Info, tr("Insert the new card in the reader"),
                                   tr("The card %1 is written. Take any other card out of the reader first.")
                                       .arg(m_flow->newCardNumberMasked()));
    case State::Proving:
        return m_notice->setNotice(design::Tone::Info, tr("Activating the new card"),
                                   tr("Leave the card in the reader. This takes a few seconds."));
    default:
        return;
    }
}

void CardIssueScreen::showResult()
{
    if (m_flow->state() == State::Done) {
        m_frame.result->offerNextService({});
        m_frame.result->showResult(
            design::Tone::Success, tr("The new card is active"),
            tr("Card %1 now works with the PIN the citizen chose. The old card is cancelled: take it back if "
               "the citizen has it, and hand over the new one.")
                .arg(m_flow->newCardNumberMasked()),
            m_flow->receipt());
    } else {
        m_frame.result->offerNextService(tr("Try again"));
        m_frame.result->showResult(design::Tone::Error, tr("The new card is not active yet"), whyItFailed());
    }
    m_frame.showResult();
}

QString CardIssueScreen::whyItFailed() const
{
    const QString unchanged = tr("The old card stays as it was until the new one is active.");
    switch (m_flow->problem()) {
    case Problem::NoBlank:
        return joinSentences({tr("The encoder has no blank card. Load blanks and try again."), unchanged});
    case Problem::EncoderRefused:
        return joinSentences({tr("The encoder could not write the card. Try again with another blank; the "
                                 "social security system makes no second card."),
                              unchanged});
    case Problem::CardGone:
        return tr("The new card left the reader before it was activated. Insert it again and try again.");
    case Problem::CardRefused:
        return tr("The new card did not take the PIN or did not answer. Try again; if it fails again, write "
                  "another blank.");
    case Problem::NoAnswer:
        return joinSentences({tr("The social security system did not answer. Try again."), unchanged});
    default:
        return joinSentences({m_flow->platformAnswer().messageAndAdvice(), unchanged});
    }
}

// The citizen's side: the pad when their PIN is asked for, otherwise what is happening, in their words.
void CardIssueScreen::askCustomer()
{
    if (!m_customer || !m_flow)
        return;
    const State state = m_flow->state();
    const Problem problem = m_flow->problem();
    const QString weak = m_flow->weakReason();
    switch (state) {
    case State::EnterNew:
    case State::RepeatNew:
        return m_customer->askForPin(
            [state] {
                return state == State::EnterNew ? tr("Choose a PIN for your new card")
                                                : tr("Enter the new PIN again");
            },
            [state, problem, weak] {
                if (problem == Problem::Weak)
                    return weak;
                if (problem == Problem::Mismatch)
                    return tr("The two PINs were different. Choose the PIN again.");
                return state == State::EnterNew ? CustomerPinPad::choosePinAdvice()
                                                : CustomerPinPad::repeatPinAdvice();
            });
    case State::Making:
        return m_customer->tell(design::Tone::Info, tr("Making your new card"),
                                tr("Please wait a moment: the card is being written."));
    case State::InsertCard:
    case State::Proving:
        return m_customer->tell(design::Tone::Info, tr("Activating your new card"),
                                tr("Please wait a moment."));
    case State::Done:
        return m_customer->tell(design::Tone::Success, tr("Your new card is ready"),
                                tr("Use the PIN you just chose. Your old card no longer works."));
    case State::Failed:
        return m_customer->tell(design::Tone::Warning, tr("Your new card is not ready yet"),
                                tr("The member of staff will tell you what happens next."));
    }
}

} // namespace ssc
