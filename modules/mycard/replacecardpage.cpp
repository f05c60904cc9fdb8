#include "replacecardpage.h"

#include "cardservices/cardloss.h"
#include "cardservices/cardreplacement.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

ReplaceCardPage::ReplaceCardPage(const ModuleContext& context, const Card& card, QWidget* parent)
    : QWidget(parent), m_context(context), m_card(card), m_key(CardLoss::newRequestKey()),
      m_cardLine(new QLabel), m_why(new QLabel), m_reportLost(new QPushButton), m_whyRow(new QWidget),
      m_reasons(new ChoiceButtons(2)), m_fee(new NoticeBanner), m_problem(new NoticeBanner),
      m_frame(this, context, {m_whyRow, m_reasons, m_fee, m_problem}, "replaceCardConfirm",
              "replaceCardCancel")
{
    m_reportLost->setObjectName(QStringLiteral("replaceCardReportLost"));
    // The way to report a loss beside the card and the question, not in a row of its own: in the elder theme
    // at 1280 x 800 that row pushed the reasons, and the fee their choice brings, under the fold.
    auto* cardAndQuestion = new QVBoxLayout;
    cardAndQuestion->setSpacing(8);
    cardAndQuestion->addWidget(m_cardLine);
    cardAndQuestion->addWidget(m_why);
    auto* whyLayout = new QHBoxLayout(m_whyRow);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->setSpacing(16);
    whyLayout->addLayout(cardAndQuestion, 1);
    whyLayout->addWidget(m_reportLost, 0, Qt::AlignVCenter);
    m_reportLost->setVisible(m_card.status == CardStatus::Normal);
    connect(m_reportLost, &QPushButton::clicked, this, &ReplaceCardPage::reportLostRequested);
    m_cardLine->setObjectName(QStringLiteral("sectionTitle"));
    m_cardLine->setWordWrap(true);
    m_why->setObjectName(QStringLiteral("fieldName"));
    m_why->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("replacementReasons"));
    m_problem->hide();
    QList<std::pair<QString, QString>> choices;
    for (ReplacementReason reason : offered())
        choices.append({replacementReasonKey(reason), ReplacementRules::reasonText(reason).translated()});
    m_reasons->setChoices(choices);
    if (choices.size() == 1) // a lost card has one reason: chosen already
        m_reasons->setChosen(choices.first().first);

    connect(m_frame.back, &QPushButton::clicked, this, &ReplaceCardPage::backRequested);
    connect(m_frame.cancel, &QPushButton::clicked, this, &ReplaceCardPage::backRequested);
    connect(m_frame.confirm, &QPushButton::clicked, this, &ReplaceCardPage::confirm);
    connect(m_reasons, &ChoiceButtons::chosen, this, [this] {
        m_failed = m_settled = false; // another reason is another request
        retranslate();
        m_frame.bringIntoView(m_fee); // its fee seen before "Apply" under the form is tapped
    });
    connect(m_frame.result, &ResultPage::nextServiceRequested, this, &ReplaceCardPage::backRequested);
    connect(m_frame.result, &ResultPage::homeRequested, this, &ReplaceCardPage::homeRequested);
    retranslate();
}

QList<ReplacementReason> ReplaceCardPage::offered() const
{
    QList<ReplacementReason> reasons;
    for (ReplacementReason r : {ReplacementReason::Lost, ReplacementReason::Damaged,
                                ReplacementReason::Expired, ReplacementReason::InformationChange})
        if (ReplacementRules::requiredStatus(r) == m_card.status)
            reasons << r;
    return reasons;
}

bool ReplaceCardPage::showingResult() const
{
    return m_frame.showingResult();
}

void ReplaceCardPage::confirm()
{
    const auto reason = replacementReasonFromKey(m_reasons->chosenKey());
    if (m_sending || !reason || !m_context.platform)
        return;
    m_sending = true;
    m_failed = false;
    retranslate();
    // The platform decides: the card is this person's, its status allows the reason, none is under way; it
    // sets the fee by its own table. The terminal shows what it answered.
    CardReplacement::apply(
        *m_context.platform, m_card.cardIdentifier, *reason, m_key,
        [this](const PlatformResult& result, const std::optional<CardReplacementState>& state) {
            m_sending = false;
            if (!state) {
                qCInfo(lcApp) << "card replacement not filed:" << result.errorCode;
                m_failed = true;
                m_settled = result.status == 409;
                m_failure = [result] { return joinSentences({result.message(), result.advice()}); };
                return retranslate();
            }
            m_receipt = state->receipt;
            m_feeFen = state->feeFen;
            m_frame.showResult();
            retranslate();
        },
        this);
}

void ReplaceCardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplaceCardPage::retranslate()
{
    const bool counter = m_context.mode == TerminalMode::Counter;
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Apply for a new card"));
    m_cardLine->setText(tr("Social security card · %1 · card number %2")
                            .arg(m_card.shownRegionName(), m_card.maskedCardNumber));
    m_why->setText(m_card.status == CardStatus::Lost
                       ? tr("This card is reported lost: the new card replaces it.")
                       : tr("Why is a new card needed?"));
    m_reportLost->setText(tr("Lost the card? Report it lost first"));
    m_reasons->relabel([](const QString& key) {
        const auto reason = replacementReasonFromKey(key);
        return reason ? ReplacementRules::reasonText(*reason).translated() : key;
    });
    const auto reason = replacementReasonFromKey(m_reasons->chosenKey());
    m_fee->setVisible(reason.has_value());
    if (reason)
        m_fee->setNotice(
            design::Tone::Info,
            tr("Fee: %1").arg(ReplacementRules::feeText(ReplacementRules::feeFen(*reason))),
            joinSentences({counter ? tr("Paid by the citizen when the new card is handed over.")
                                   : tr("Paid at the service counter when you collect the new card."),
                           reason == ReplacementReason::Lost
                               ? QString()
                               : tr("The old card keeps working until the new one is handed over; then it is "
                                    "cancelled.")}));
    m_problem->setVisible(m_failed);
    if (m_failed)
        m_problem->setNotice(m_settled ? design::Tone::Info : design::Tone::Error,
                             tr("The application was not filed"), m_failure());
    m_frame.confirm->setHidden(m_settled);
    m_frame.confirm->setText(m_sending  ? tr("Applying…")
                             : m_failed ? tr("Try again")
                                        : tr("Apply for a new card"));
    m_frame.confirm->setEnabled(!m_sending && reason.has_value());
    m_frame.cancel->setText(tr("Cancel"));
    if (m_receipt.isEmpty())
        return;
    m_frame.result->showResult(
        design::Tone::Success, tr("Applied for a new card"),
        joinSentences(
            {tr("Fee: %1.").arg(ReplacementRules::feeText(m_feeFen)),
             counter ? tr("The new card is made and handed over at a counter with an instant-issue printer. "
                          "\"My applications\" shows how far it has come.")
                     : tr("Collect it at a social security service counter with your ID card, usually while "
                          "you wait. \"My applications\" shows how far it has come: applied, being made, "
                          "ready to collect, collected.")}),
        m_receipt);
    m_frame.result->offerNextService(m_frame.backToCardsText());
    m_frame.offerReceipt(m_cardLine->text(), m_receipt);
}

} // namespace ssc
