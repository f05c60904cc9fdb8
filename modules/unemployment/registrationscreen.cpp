#include "registrationscreen.h"

#include "platform/platformclient.h"
#include "session/citizensession.h"
#include "unemployment/registrationform.h"
#include "unemployment/unemploymentrules.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

RegistrationScreen::RegistrationScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_form(unemploymentRegistrationForm(QDate::currentDate())), m_view(new FormView(m_form)),
      m_again(new QPushButton)
{
    m_frame.resultsArea->hide();
    m_frame.body->insertWidget(2, m_view, 100); // all the room when shown; the stretch below when not
    m_frame.body->insertWidget(3, m_again, 0, Qt::AlignLeft);
    m_frame.body->addStretch(1); // pages without the form keep their text under the title
    m_again->setProperty("primary", true);
    if (context.session)
        m_form.prefill({{QStringLiteral("phone"), context.session->person.phone}});
    connect(m_view, &FormView::submitRequested, this, &RegistrationScreen::submit);
    connect(m_view, &FormView::cancelled, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    connect(m_again, &QPushButton::clicked, this, &RegistrationScreen::startAgain);
    showPage(Page::Loading);
    loadApplications();
}

void RegistrationScreen::loadApplications()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/me/applications"),
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                m_message = result.messageAndAdvice();
                showPage(Page::Refused);
                return;
            }
            for (const QJsonValue& v : result.body.value(QStringLiteral("applications")).toArray())
                if (v.toObject().value(QStringLiteral("kind")).toString() == u"unemployment-registration") {
                    m_application = v.toObject();
                    showPage(Page::Status);
                    return;
                }
            startAgain();
        },
        this);
}

void RegistrationScreen::startAgain()
{
    // Asked before anything is typed: the platform checks again (pension, earlier registrations) on filing.
    if (m_context.session) {
        const Person& person = m_context.session->person;
        RegistrationApplicant applicant;
        applicant.birthDate = person.birthDate;
        applicant.group = person.sex == Sex::Female ? RetirementGroup::WomanCadre : RetirementGroup::Man;
        const Eligibility eligible = checkRegistration(applicant, QDate::currentDate());
        if (!eligible.eligible) {
            m_message = eligible.reason.translated();
            showPage(Page::Refused);
            return;
        }
    }
    m_application = {};
    m_view->showStep();
    showPage(Page::Form);
}

void RegistrationScreen::submit()
{
    const QJsonObject submission = m_form.submission();
    if (submission.isEmpty() || !m_context.platform)
        return;
    showPage(Page::Submitting);
    m_context.platform->post(
        QStringLiteral("/api/v1/me/applications"), submission,
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                // Nothing typed is lost: the form stays, and trying again files the same application.
                m_message = result.messageAndAdvice();
                showPage(Page::Form);
                return;
            }
            m_application = result.body;
            m_form.wipe();
            showPage(Page::Filed);
        },
        m_form.idempotencyKey().toLatin1(), this);
}

void RegistrationScreen::showPage(Page page)
{
    m_page = page;
    if (page != Page::Form)
        m_message = page == Page::Refused ? m_message : QString();
    m_view->setVisible(page == Page::Form);
    m_again->setVisible(page == Page::Status &&
                        m_application.value(QStringLiteral("status")).toString() == u"returned");
    retranslate();
}

QString RegistrationScreen::statusText() const
{
    return m_frame.status->text();
}

void RegistrationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegistrationScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Unemployment registration"));
    m_again->setText(tr("Register again"));
    const QString receipt = m_application.value(QStringLiteral("receipt")).toString();
    const QString status = m_application.value(QStringLiteral("status")).toString();
    QString text;
    switch (m_page) {
    case Page::Loading:
        text = tr("Looking up your registrations…");
        break;
    case Page::Refused:
        text = m_message;
        break;
    case Page::Status:
        text = status == u"approved"
                   ? tr("You are registered as unemployed (receipt %1). Your registration has been approved.")
                         .arg(receipt)
               : status == u"returned"
                   ? tr("Your registration (receipt %1) was returned: %2. You can register again.")
                         .arg(receipt, m_application.value(QStringLiteral("reason")).toString())
                   : tr("Your registration (receipt %1) is being reviewed, usually within 5 working days.")
                         .arg(receipt);
        break;
    case Page::Form:
        text = m_message.isEmpty() ? tr("Three short steps. Choose where you can; type only where you must.")
                                   : m_message;
        break;
    case Page::Submitting:
        text = tr("Submitting your registration…");
        break;
    case Page::Filed:
        text = tr("Submitted. Your receipt number is %1. The review usually takes up to 5 working days; you "
                  "can look "
                  "up the result here.")
                   .arg(receipt);
        break;
    }
    m_frame.status->setText(text);
}

} // namespace ssc
