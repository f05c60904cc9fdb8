#include "qualificationsscreen.h"

#include "platform/platformclient.h"
#include "privacy/masking.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

namespace ssc {
namespace {

QString categoryName(const QString& key)
{
    return key == u"skill" ? QualificationsScreen::tr("Skills certificate")
                           : QualificationsScreen::tr("Professional-technical qualification");
}

} // namespace

QualificationsScreen::QualificationsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context))
{
    m_frame.readNoteAfterResults(); // a list to read: "no printer here" after it, not fixed below
    retranslate();
    reload();
}

void QualificationsScreen::reload()
{
    if (!m_context.platform)
        return;
    m_loaded = false;
    m_failure = {};
    retranslate();
    m_context.platform->get(
        QStringLiteral("/api/v1/me/qualifications"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            if (!result.ok()) {
                m_failure = [result] { return result.message(); };
                present({});
                return;
            }
            present(result.body.value(QStringLiteral("certificates")).toArray());
        },
        this);
}

void QualificationsScreen::present(const QJsonArray& certificates)
{
    m_certificates = certificates;
    m_frame.clearResults();
    for (const QJsonValue& v : certificates) {
        const QJsonObject c = v.toObject();
        // The number identifies the holder (it embeds the region and a sequence): masked like a card number.
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2 · %3<br>%4<br>%5")
                .arg(dataInCurrentLanguage(c.value(QStringLiteral("name"))).toHtmlEscaped(),
                     categoryName(c.value(QStringLiteral("category")).toString()),
                     dataInCurrentLanguage(c.value(QStringLiteral("level"))).toHtmlEscaped(),
                     tr("Certificate number: %1")
                         .arg(ssc::mask(c.value(QStringLiteral("number")).toString(), MaskKind::CardNumber))
                         .toHtmlEscaped(),
                     tr("Issued by %1 on %2")
                         .arg(dataInCurrentLanguage(c.value(QStringLiteral("issuer"))),
                              c.value(QStringLiteral("issuedOn")).toString())
                         .toHtmlEscaped()));
    }
    retranslate();
    m_frame.offerReceipt(tr("Qualification certificates"));
}

QString QualificationsScreen::statusText() const
{
    return m_frame.status->text();
}

QString QualificationsScreen::resultsText() const
{
    return allLabelText(this);
}

void QualificationsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_loaded)
        present(m_certificates); // labels translated, the data in the new language's form
    QWidget::changeEvent(event);
}

void QualificationsScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Qualification certificates"));
    if (!m_loaded)
        m_frame.status->setText(tr("Looking up your certificates…"));
    else if (m_failure)
        m_frame.status->setText(m_failure());
    else if (m_certificates.isEmpty())
        m_frame.status->setText(
            m_context.mode == TerminalMode::Counter
                ? tr("No professional or skills certificates are on record for this citizen. One that is "
                     "missing is added by the body that issued it, from its own records.")
                : tr("No professional or skills certificates are on record for you. If you hold one that "
                     "is missing, please ask at the counter."));
    else
        m_frame.status->setText(tr("Certificates on record: %1").arg(m_certificates.size()));
}

} // namespace ssc
