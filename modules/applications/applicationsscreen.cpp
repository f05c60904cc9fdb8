#include "applicationsscreen.h"

#include "applications/applicationkinds.h"
#include "moduleapi/applicationscreen.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "session/citizensession.h"
#include "unemployment/employmentservices.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

ApplicationsScreen::ApplicationsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_frame(ResultScreenFrame::build(this, context)), m_empty(new NoticeBanner(this)),
      m_staff(context.mode != TerminalMode::Kiosk)
{
    if (context.session)
        m_personServed = ssc::mask(context.session->person.name, MaskKind::Name);
    m_frame.body->insertWidget(m_frame.body->indexOf(m_frame.status) + 1, m_empty);
    m_empty->hide();
    QPushButton* chooseService = m_empty->addAction(QStringLiteral("chooseService"));
    connect(chooseService, &QPushButton::clicked, this, [back = context.back] {
        if (back)
            back();
    });
    retranslate();
    if (!context.platform)
        return;
    context.platform->get(
        QStringLiteral("/api/v1/me/applications"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            m_applications = result.body.value(QStringLiteral("applications")).toArray();
            retranslate();
        },
        this);
}

QString ApplicationsScreen::statusText() const
{
    return m_frame.status->text();
}

void ApplicationsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationsScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    // A clerk reads the screen about the person served, never as if the applications were the clerk's own.
    m_frame.title->setText(m_staff && !m_personServed.isEmpty()
                               ? tr("Applications of %1").arg(design::unbroken(m_personServed))
                               : tr("My applications"));
    m_frame.clearResults();
    m_frame.status->show();
    m_empty->hide();
    m_frame.resultsArea->show();
    if (!m_loaded)
        return m_frame.status->setText(m_staff ? tr("Looking up this person's applications…")
                                               : tr("Looking up your applications…"));
    if (!m_problem.isEmpty())
        return m_frame.status->setText(m_problem);
    if (m_applications.isEmpty())
        return showEmptyState();
    m_frame.status->setText(tr("%n application(s), newest first:", "", int(m_applications.size())));
    for (const QJsonValue& v : m_applications) {
        const QJsonObject a = v.toObject();
        const QString kind = a.value(QStringLiteral("kind")).toString();
        const auto form = applicationForm(kind, QDate::currentDate());
        // A replacement is filed by its own route, not a form (docs/card-services.md, "Replace the card").
        QString heading = form                          ? form->title.translated()
                          : kind == u"card-replacement" ? tr("Replace my social security card")
                                                        : kind;
        // An employment service asked for: which one.
        if (const EmploymentOffer* offer = employmentOffer(a.value(QStringLiteral("subject")).toString());
            offer && kind == u"employment-service")
            heading =
                tr("%1: %2").arg(heading, QCoreApplication::translate("EmploymentServices", offer->title));
        if (const QString subject = a.value(QStringLiteral("subject")).toString(); !subject.isEmpty())
            heading += tr(" · %1").arg(subject);
        m_frame.addResultCard(applicationCardText(a, heading));
    }
}

// Not a dead end: what this page will show, and the way to file something, in words for whoever is reading
// (a citizen at a kiosk; a clerk serving someone, who is told whose cases these are).
void ApplicationsScreen::showEmptyState()
{
    m_frame.status->clear();
    m_frame.status->hide();
    // Nothing to list: the notice takes the room the empty results page would hold (elder English needs it).
    m_frame.resultsArea->hide();
    m_empty->show();
    if (m_staff)
        m_empty->setNotice(
            design::Tone::Info, tr("%1 has no applications yet").arg(m_personServed),
            tr("Applications you file for them appear here with how far they have come. To file "
               "one, go back to the services."));
    else
        m_empty->setNotice(design::Tone::Info, tr("You have not filed any applications yet"),
                           tr("What you apply for appears here with how far it has come. To apply, choose a "
                              "service such as unemployment registration on the home page."));
    m_empty->findChild<QPushButton*>(QStringLiteral("chooseService"))
        ->setText(m_staff ? tr("Back to the services") : tr("Choose a service"));
}

} // namespace ssc
