#include "applicationscreen.h"

#include "applications/applicationkinds.h"
#include "documentactions.h"
#include "domain/provinces.h"
#include "forms/draftstore.h"
#include "i18n/translator.h"
#include "noticebanner.h"
#include "payouts/payoutprogress.h"
#include "platform/platformclient.h"
#include "receiptdocument.h"
#include "session/citizensession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

ApplicationScreen::ApplicationScreen(const ModuleContext& context, QString kind, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(std::move(kind)),
      m_frame(ResultScreenFrame::build(this, context)), m_again(new QPushButton), m_result(new ResultPage),
      m_problem(new NoticeBanner), m_tryAgain(m_problem->addAction(QStringLiteral("tryAgain")))
{
    m_frame.resultsArea->hide();
    // Above the form, so the reason stands where the eye starts and the form keeps its room below it.
    m_frame.body->insertWidget(2, m_problem);
    m_problem->hide();
    // The form's Submit stays the page's one primary action, in its usual place; the banner's button beside
    // the explanation is the same filing, drawn as a secondary one (two primaries asked "which one?").
    m_tryAgain->setProperty("primary", false);
    // As Submit does: filed when ready, else the commitment asked for (a language switch draws the review
    // again, untick and all). A clerk's try after the citizen confirmed files with that confirmation.
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        if (m_view && m_confirmation.isEmpty())
            m_view->trySubmit();
        else
            submit();
    });
    m_frame.body->insertWidget(3, m_again, 0, Qt::AlignLeft);
    // The end of the service: the frame's print row moves into the result page, beside Home. The result takes
    // the room (as the form does): at an equal share with the stretch below, half the screen stayed empty
    // while the ways on (Home, print, the next claim) fell below the fold.
    m_frame.body->insertWidget(4, m_result, 100);
    m_result->actionsRow()->addWidget(m_frame.takeActions());
    m_result->setReceiptQrOffered(context.mode != TerminalMode::Counter);
    m_frame.actions->setOutletsOffered(
        false); // as every result: the QR keeps the receipt, its buttons lead on
    m_result->hide();
    connect(m_result, &ResultPage::homeRequested, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    m_frame.body->addStretch(1); // pages without the form keep their text under the title
    m_again->setProperty("primary", true);
    connect(m_again, &QPushButton::clicked, this, &ApplicationScreen::startAgain);
    if (context.session) // the platform's opaque reference: this person on this terminal, no number
        m_personKey = context.session->person.reference;
}

ApplicationScreen::~ApplicationScreen()
{
    const bool unfinished = m_page == Page::Form || m_page == Page::Submitting;
    if (m_context.drafts && m_form && unfinished && !m_personKey.isEmpty() && !m_form->values().isEmpty())
        m_context.drafts->keep(m_personKey, m_form->draft());
}

void ApplicationScreen::load()
{
    showPage(Page::Loading);
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/me/applications"),
        [this](const PlatformResult& result) {
            if (!result.ok())
                return refuse([result] { return result.messageAndAdvice(); });
            m_applications.clear();
            for (const QJsonValue& v : result.body.value(QStringLiteral("applications")).toArray())
                if (v.toObject().value(QStringLiteral("kind")).toString() == m_kind)
                    m_applications.append(v.toObject());
            if (m_applications.isEmpty())
                return startAgain();
            showPage(Page::Status);
        },
        this);
}

QString ApplicationScreen::refusalHeadline() const
{
    return tr("This cannot be done here now");
}

void ApplicationScreen::switchKind(const QString& kind)
{
    m_kind = kind;
    m_result->offerNextService({});
    load();
}

bool ApplicationScreen::mayApplyAgain() const
{
    return !m_applications.isEmpty() &&
           m_applications.first().value(QStringLiteral("status")).toString() == u"returned";
}

void ApplicationScreen::startAgain()
{
    beforeForm();
}

void ApplicationScreen::refuse(Message message)
{
    m_message = std::move(message);
    showPage(Page::Refused);
}

void ApplicationScreen::openForm(FormDefinition definition)
{
    delete m_view;
    m_form = std::make_unique<FormState>(std::move(definition));
    // What the platform holds first (a draft's own values then win). The phone on file stays masked; sent
    // back unchanged, the platform files the whole number.
    if (m_context.session) {
        m_form->prefillOnFile({{QStringLiteral("phone"), m_context.session->person.maskedPhone}});
        m_form->prefill({{QStringLiteral("province"), provinceOfRegion(m_context.session->card.regionCode)}});
    }
    // A clerk's draft for this citizen comes back as it was left: values, step and the same idempotency key.
    if (m_context.drafts)
        if (const auto draft = m_context.drafts->take(m_personKey, m_kind))
            m_form->restore(*draft);
    m_view = new FormView(*m_form, [this](const FormField& field) { return customEditor(field); });
    m_view->setCustomDisplay(
        [this](const FormField& field, const QString& value) { return customDisplay(field, value); });
    m_view->setOnScreenKeyboard(m_context.mode == TerminalMode::Kiosk); // counters and laptops have keyboards
    m_view->setCitizenConfirms(m_context.mode !=
                               TerminalMode::Kiosk); // the clerk types, the citizen confirms
    m_confirmation.clear();
    // Under the problem banner: all the room when shown; the stretch below when not.
    m_frame.body->insertWidget(m_frame.body->indexOf(m_problem) + 1, m_view, 100);
    connect(m_view, &FormView::submitRequested, this, &ApplicationScreen::submit);
    connect(m_view, &FormView::stepShown, this,
            &ApplicationScreen::retranslate); // texts that follow the step
    connect(m_view, &FormView::cancelled, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    m_view->showStep();
    m_message = {};
    m_failure = Failure::None;
    showPage(Page::Form);
    m_view->focusFirstField();
}

bool ApplicationScreen::awaitingConfirmation() const
{
    return m_page == Page::Form && m_form && m_form->atReview() && m_context.mode != TerminalMode::Kiosk;
}

void ApplicationScreen::confirmWithCode(const QString& code)
{
    confirm({{QStringLiteral("code"), code.trimmed()}});
}

void ApplicationScreen::confirmWithCard(const QJsonObject& cardProof)
{
    confirm(cardProof);
}

void ApplicationScreen::confirmationFailed()
{
    failed(Failure::Refused, [] {
        return tr(
            "The card's PIN was not confirmed. The citizen can try again with the card or show their e-card "
            "code instead.");
    });
}

void ApplicationScreen::failed(Failure failure, Message message)
{
    m_failure = failure;
    m_message = std::move(message);
    showPage(Page::Form);
}

void ApplicationScreen::confirm(const QJsonObject& proof)
{
    if (!awaitingConfirmation() || !m_context.platform)
        return;
    m_context.platform->post(
        QStringLiteral("/api/v1/me/confirmations"), proof,
        [this](const PlatformResult& result) {
            // Someone else's code, an old one, no answer: said, and the form waits for the citizen to confirm
            // again (a retry of the filing without a confirmation would only be refused).
            if (!result.ok())
                return failed(Failure::Refused, [result] { return result.messageAndAdvice(); });
            m_confirmation = result.body.value(QStringLiteral("confirmation")).toString();
            m_form->acceptCommitment(true); // the citizen's own act
            submit();
        },
        {}, this);
}

void ApplicationScreen::submit()
{
    QJsonObject submission = m_form ? m_form->submission() : QJsonObject();
    if (submission.isEmpty() || !m_context.platform)
        return;
    if (!m_confirmation.isEmpty())
        submission.insert(QStringLiteral("confirmation"), m_confirmation);
    showPage(Page::Submitting);
    m_context.platform->post(
        filingPath(), submission,
        [this](const PlatformResult& result) {
            if (!result.ok()) // nothing typed is lost: the form stays, and a retry files the same application
                return failed(result.noAnswer() ? Failure::NoAnswer : Failure::Refused, [result] {
                    return result.noAnswer() ? result.message() : result.messageAndAdvice();
                });
            m_receipt = result.body.value(QStringLiteral("receipt")).toString();
            filed(result.body);
            m_form->wipe();
            // The review's labels held the answers (a bank card's whole number among them): gone with the
            // form.
            m_view->deleteLater();
            m_view = nullptr;
            // The receipt to take away: what was filed, its number, what happens next.
            m_frame.actions->setDocument(buildReceiptDocument(
                titleText(),
                {tr("Receipt number: %1").arg(design::groupForReading(m_receipt)), filedText(m_receipt)},
                m_receipt));
            showPage(Page::Filed);
        },
        m_form->idempotencyKey().toLatin1(), this);
}

QString ApplicationScreen::filingPath() const
{
    return QStringLiteral("/api/v1/me/applications");
}

void ApplicationScreen::filed(const QJsonObject& answer)
{
    m_applications.prepend(answer);
}

QString ApplicationScreen::filedHeadline() const
{
    return tr("Your application has been submitted");
}

void ApplicationScreen::replaceLatestApplication(const QJsonObject& application)
{
    if (!m_applications.isEmpty())
        m_applications.first() = application;
}

void ApplicationScreen::showPage(Page page)
{
    m_page = page;
    if (page != Page::Form && page != Page::Refused)
        m_message = {};
    if (page != Page::Form)
        m_failure = Failure::None;
    if (m_view)
        m_view->setVisible(page == Page::Form);
    if (page != Page::Status) {
        m_frame.clearResults();
        m_frame.resultsArea->hide();
    }
    retranslate();
}

QString ApplicationScreen::statusText() const
{
    return m_frame.status->text();
}

void ApplicationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(titleText());
    m_again->setText(againText());
    m_again->setVisible(m_page == Page::Status && mayApplyAgain());
    QString text;
    switch (m_page) {
    case Page::Loading:
        text = tr("Looking up your applications…");
        break;
    case Page::Refused:
        text = m_message ? m_message() : QString();
        break;
    case Page::Status:
        text = showStatus();
        break;
    case Page::Form:
        text = m_form && m_form->atReview() ? reviewIntroText() : introText();
        break;
    case Page::Submitting:
        text = submittingText();
        break;
    case Page::Filed:
        text = filedText(m_receipt);
        break;
    }
    m_frame.status->setText(text);
    showFailure();
    // A service that ended says so on a result page, never in one grey sentence.
    const std::optional<StatusEnd> status = m_page == Page::Status ? statusEnd() : std::nullopt;
    const bool ended = m_page == Page::Filed || m_page == Page::Refused || status;
    m_frame.status->setVisible(!ended && !text.isEmpty());
    m_result->setVisible(ended);
    if (m_page == Page::Filed)
        m_result->showResult(design::Tone::Success, filedHeadline(), text, m_receipt);
    else if (m_page == Page::Refused)
        m_result->showResult(refusalTone(), refusalHeadline(), text);
    else if (status)
        m_result->showResult(status->tone, status->headline, text, status->receipt);
}

void ApplicationScreen::showFailure()
{
    const bool shown = m_page == Page::Form && m_failure != Failure::None && m_message;
    m_problem->setVisible(shown);
    m_tryAgain->setVisible(shown && m_failure == Failure::NoAnswer);
    m_tryAgain->setText(tr("Try again"));
    if (!shown)
        return;
    if (m_failure == Failure::NoAnswer)
        m_problem->setNotice(
            design::Tone::Warning, tr("Not submitted yet: the social security system did not answer"),
            joinSentences(
                {m_message(), tr("Everything you entered is still here. Tap \"Try again\": however often "
                                 "you try, the application is filed only once.")}));
    else
        m_problem->setNotice(design::Tone::Error, tr("The application was not submitted"), m_message());
}

QString applicationCardText(const QJsonObject& a, const QString& heading)
{
    const QDateTime filed =
        QDateTime::fromMSecsSinceEpoch(a.value(QStringLiteral("submittedAt")).toInteger());
    QString card = QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(heading.toHtmlEscaped(),
                            applicationStatusLabel(a.value(QStringLiteral("status")).toString())
                                .translated()
                                .toHtmlEscaped(),
                            QCoreApplication::translate("ApplicationCard", "Receipt %1, filed %2")
                                .arg(design::unbroken(design::groupForReading(
                                         a.value(QStringLiteral("receipt")).toString())),
                                     filed.date().toString(Qt::ISODate))
                                .toHtmlEscaped());
    if (const QString reason = a.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
        card += QStringLiteral("<br>") +
                QCoreApplication::translate("ApplicationCard", "Reason: %1").arg(reason).toHtmlEscaped();
    // An approved claim's money: on its way, paid (when, to which account) or returned by the bank.
    if (const QString payout = payouts::payoutProgressText(a.value(QStringLiteral("payout")).toObject());
        !payout.isEmpty())
        card += QStringLiteral("<br><b>%1</b>").arg(payout.toHtmlEscaped());
    return card;
}

} // namespace ssc
