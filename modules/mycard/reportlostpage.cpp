#include "reportlostpage.h"

#include "cardservices/cardloss.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/tonedwidgets.h"
#include "platform/platformclient.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace ssc {

ReportLostPage::ReportLostPage(const ModuleContext& context, const Card& card, QWidget* parent)
    : QWidget(parent), m_context(context), m_card(card), m_key(CardLoss::newRequestKey()),
      m_cardLine(new QLabel), m_warning(new NoticeBanner), m_problem(new NoticeBanner),
      m_frame(this, context, {m_cardLine, m_warning, m_problem}, "reportLostConfirm", "reportLostCancel")
{
    m_cardLine->setObjectName(QStringLiteral("sectionTitle"));
    m_cardLine->setWordWrap(true);
    m_problem->hide();

    connect(m_frame.back, &QPushButton::clicked, this, &ReportLostPage::backRequested);
    connect(m_frame.cancel, &QPushButton::clicked, this, &ReportLostPage::backRequested);
    connect(m_frame.confirm, &QPushButton::clicked, this, &ReportLostPage::confirm);
    // After the report the way on is the new card (申请补换卡), not a list of cards that cannot be used.
    connect(m_frame.result, &ResultPage::nextServiceRequested, this,
            [this] { emit replaceRequested(m_card.cardIdentifier); });
    connect(m_frame.result, &ResultPage::homeRequested, this, &ReportLostPage::homeRequested);
    retranslate();
}

bool ReportLostPage::showingResult() const
{
    return m_frame.showingResult();
}

void ReportLostPage::confirm()
{
    if (m_sending || !m_context.platform)
        return;
    m_sending = true;
    m_failed = false;
    retranslate();
    // The platform decides: it checks the card is this person's and in use, changes its status, records it
    // and files the receipt. The terminal only says what it answered.
    CardLoss::reportLost(
        *m_context.platform, m_card.cardIdentifier, m_key,
        [this](const PlatformResult& result, const std::optional<CardLossReceipt>& receipt) {
            m_sending = false;
            if (!receipt) {
                qCInfo(lcApp) << "loss report not filed:" << result.errorCode;
                m_failed = true;
                // Refused for the card's status: another try cannot change that, so none is offered. A card
                // already reported lost (from elsewhere, or by a retry's first answer) is as the person wants
                // it.
                m_settled =
                    result.errorCode == u"card_already_lost" || result.errorCode == u"card_not_reportable";
                m_failure = [result] { return result.message(); };
                m_advice = [result] { return result.advice(); };
                retranslate();
                if (result.errorCode == u"card_already_lost")
                    emit reported(m_card.cardIdentifier);
                return;
            }
            m_receipt = receipt->receipt;
            m_frame.showResult();
            retranslate();
            emit reported(m_card.cardIdentifier);
        },
        this);
}

void ReportLostPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportLostPage::retranslate()
{
    // At a counter the clerk reads this screen and tells the citizen; at a kiosk the citizen reads it.
    const bool counter = m_context.mode == TerminalMode::Counter;
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Report a card lost"));
    m_cardLine->setText(tr("Social security card · %1 · card number %2")
                            .arg(m_card.shownRegionName(), m_card.maskedCardNumber));
    m_warning->setNotice(
        design::Tone::Warning, tr("The card and its e-card stop working at once"),
        counter ? tr("From then on nobody can use them, not even the applicant. If the applicant finds the "
                     "card again, they cancel the report with the card and its PIN, at a kiosk or here. "
                     "Otherwise they apply for a new card.")
                : tr("From then on nobody can use them, not even you. If you find the card again, insert "
                     "it at a kiosk and enter its PIN to cancel the report. Otherwise apply for a "
                     "replacement card at a service counter, usually while you wait."));
    m_problem->setVisible(m_failed);
    m_warning->setHidden(m_settled); // what a report would do no longer applies
    if (m_settled)
        m_problem->setNotice(design::Tone::Info, m_failure(), m_advice());
    else if (m_failed)
        m_problem->setNotice(design::Tone::Error, tr("The card was not reported lost"),
                             joinSentences({m_failure(), m_advice()}));
    m_frame.confirm->setText(m_sending  ? tr("Reporting…")
                             : m_failed ? tr("Try again")
                                        : tr("Report this card lost"));
    m_frame.confirm->setEnabled(!m_sending);
    m_frame.confirm->setHidden(m_settled);
    m_frame.cancel->setText(m_settled ? m_frame.backToCardsText() : tr("Cancel"));
    design::setStyleProperty(m_frame.cancel, "primary",
                             m_settled); // the one way on is then the primary action
    if (m_receipt.isEmpty())
        return;
    m_frame.result->showResult(
        design::Tone::Success, tr("The card is reported lost"),
        counter
            ? tr("The card and its e-card cannot be used from now on. To use the card again, the "
                 "applicant inserts it and enters its PIN to cancel the report. For a new card, apply for a "
                 "replacement.")
            : tr("The card and its e-card cannot be used from now on. Found it again? Insert it at "
                 "a kiosk and enter its PIN. Need a new card? Apply for a replacement now."),
        m_receipt);
    m_frame.result->offerNextService(tr("Apply for a new card"), true);
    m_frame.offerReceipt(m_cardLine->text(), m_receipt);
}

} // namespace ssc
