#include "diplomasscreen.h"

#include "platform/platformclient.h"
#include "privacy/masking.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

namespace ssc {
namespace {

// The three kinds of diploma by the school's level (the brief).
QString schoolKind(const QString& key)
{
    if (key == u"technician-college")
        return DiplomasScreen::tr("Technician college diploma");
    if (key == u"senior-technical-school")
        return DiplomasScreen::tr("Senior technical school diploma");
    return DiplomasScreen::tr("Technical school diploma");
}

} // namespace

DiplomasScreen::DiplomasScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context))
{
    m_frame.readNoteAfterResults(); // a list to read: "no printer here" after it, not fixed below
    retranslate();
    if (!context.platform)
        return;
    context.platform->get(
        QStringLiteral("/api/v1/me/diplomas"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            if (result.ok())
                m_diplomas = result.body.value(QStringLiteral("diplomas")).toArray();
            else
                m_failure = [result] { return result.message(); };
            present();
        },
        this);
}

void DiplomasScreen::present()
{
    m_frame.clearResults();
    for (const QJsonValue& v : m_diplomas) {
        const QJsonObject d = v.toObject();
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
                .arg(dataInCurrentLanguage(d.value(QStringLiteral("school"))).toHtmlEscaped(),
                     schoolKind(d.value(QStringLiteral("schoolKind")).toString()),
                     tr("Major: %1 · level: %2")
                         .arg(dataInCurrentLanguage(d.value(QStringLiteral("major"))),
                              dataInCurrentLanguage(d.value(QStringLiteral("level"))))
                         .toHtmlEscaped(),
                     tr("Certificate number %1 · graduated %2")
                         .arg(ssc::mask(d.value(QStringLiteral("number")).toString(), MaskKind::CardNumber),
                              d.value(QStringLiteral("graduatedOn")).toString())
                         .toHtmlEscaped()));
    }
    retranslate();
    m_frame.offerReceipt(tr("Technical school diplomas"));
}

QString DiplomasScreen::statusText() const
{
    return m_frame.status->text();
}

QString DiplomasScreen::resultsText() const
{
    return allLabelText(this);
}

void DiplomasScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_loaded)
        present();
    QWidget::changeEvent(event);
}

void DiplomasScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Technical school diplomas"));
    if (!m_loaded)
        m_frame.status->setText(tr("Looking up your diplomas…"));
    else if (m_failure)
        m_frame.status->setText(m_failure());
    else if (m_diplomas.isEmpty())
        m_frame.status->setText(
            tr("No technical school diploma of yours is on record. Diplomas of graduates from "
               "30 June 2015 on can be looked up; for earlier ones please ask your school or "
               "the provincial human resources and social security department."));
    else
        m_frame.status->setText(
            tr("Diplomas on record: %1 (graduates from 30 June 2015 on).").arg(m_diplomas.size()));
}

} // namespace ssc
