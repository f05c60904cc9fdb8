#include "applicationsscreen.h"

#include "applications/applicationkinds.h"
#include "moduleapi/applicationscreen.h"
#include "platform/platformclient.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

namespace ssc {

ApplicationsScreen::ApplicationsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_frame(ResultScreenFrame::build(this, context))
{
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
    m_frame.title->setText(tr("My applications"));
    m_frame.clearResults();
    if (!m_loaded)
        return m_frame.status->setText(tr("Looking up your applications…"));
    if (!m_problem.isEmpty())
        return m_frame.status->setText(m_problem);
    m_frame.status->setText(m_applications.isEmpty()
                                ? tr("No applications have been filed yet.")
                                : tr("%n application(s), newest first:", "", int(m_applications.size())));
    for (const QJsonValue& v : m_applications) {
        const QJsonObject a = v.toObject();
        const QString kind = a.value(QStringLiteral("kind")).toString();
        const auto form = applicationForm(kind, QDate::currentDate());
        QString heading = form ? form->title.translated() : kind;
        if (const QString subject = a.value(QStringLiteral("subject")).toString(); !subject.isEmpty())
            heading += tr(" · %1").arg(subject);
        m_frame.addResultCard(applicationCardText(a, heading));
    }
}

} // namespace ssc
