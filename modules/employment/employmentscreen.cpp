#include "employmentscreen.h"

#include "moduleapi/designsystem.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

constexpr int certificateDigits = 16;

QString period(const QJsonObject& o)
{
    const QString end = o.value(QStringLiteral("endedOn")).toString();
    return EmploymentScreen::tr("%1 to %2")
        .arg(o.value(QStringLiteral("startedOn")).toString(),
             end.isEmpty() ? EmploymentScreen::tr("now") : end);
}

} // namespace

EmploymentScreen::EmploymentScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_pad(new NumberPad(certificateDigits)), m_lookUp(new QPushButton), m_byPerson(new QPushButton)
{
    m_frame.readNoteAfterResults(); // a list to read: "no printer here" after it, not fixed below
    m_lookUp->setProperty("primary", true);
    auto* controls = new QVBoxLayout;
    controls->setSpacing(16);
    controls->addWidget(m_pad);
    // On a kiosk right of the keys, never below the fold; a counter's column beside the citizen is too narrow
    // for four columns of elder English, and its clerk has a keyboard's Return.
    if (context.mode == TerminalMode::Kiosk)
        m_pad->placeAction(m_lookUp);
    else
        controls->addWidget(m_lookUp);
    controls->addWidget(m_byPerson);
    controls->addStretch(1);
    m_frame.placeBesideResults(controls);
    // Only a clerk may look up without the number: the citizen is in front of them with their card.
    m_byPerson->setVisible(context.mode == TerminalMode::Counter);
    connect(m_lookUp, &QPushButton::clicked, this, &EmploymentScreen::lookUp);
    connect(m_pad, &NumberPad::submitted, this, &EmploymentScreen::lookUp);
    connect(m_byPerson, &QPushButton::clicked, this, &EmploymentScreen::lookUpByPerson);
    connect(m_pad, &NumberPad::changed, this, [this] {
        m_failure = {};
        retranslate();
    });
    retranslate();
}

void EmploymentScreen::lookUp()
{
    // The same rule as the platform's, checked here first so a short number is explained at once.
    if (m_pad->digits().size() != certificateDigits) {
        m_failure = [entered = m_pad->digits().size()] {
            return tr("The certificate number has 16 digits; %1 entered.").arg(entered);
        };
        retranslate();
        return;
    }
    request(QStringLiteral("/api/v1/me/employment-certificate?number=") + m_pad->digits());
}

void EmploymentScreen::lookUpByPerson()
{
    if (m_context.mode == TerminalMode::Counter)
        request(QStringLiteral("/api/v1/me/employment-certificate"));
}

void EmploymentScreen::request(const QString& path)
{
    if (!m_context.platform)
        return;
    m_waiting = true;
    m_failure = {};
    m_certificate = {};
    present();
    m_context.platform->get(
        path,
        [this](const PlatformResult& result) {
            m_waiting = false;
            if (result.ok()) {
                m_certificate = result.body;
                m_pad->clear();
            } else
                m_failure = [result] { return result.messageAndAdvice(); };
            present();
        },
        this);
}

void EmploymentScreen::present()
{
    m_frame.clearResults();
    if (!m_certificate.isEmpty()) {
        const QString status = m_certificate.value(QStringLiteral("status")).toString() == u"unemployed"
                                   ? tr("Unemployed (registered)")
                                   : tr("Employed");
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
                .arg(tr("Employment and entrepreneurship certificate"),
                     tr("Number: %1")
                         .arg(design::groupInFours(ssc::mask(
                             m_certificate.value(QStringLiteral("number")).toString(), MaskKind::CardNumber)))
                         .toHtmlEscaped(),
                     tr("Issued by %1 on %2")
                         .arg(dataInCurrentLanguage(m_certificate.value(QStringLiteral("issuer"))),
                              m_certificate.value(QStringLiteral("issuedOn")).toString())
                         .toHtmlEscaped(),
                     tr("Current status: %1").arg(status)));
        QString history;
        for (const QJsonValue& v : m_certificate.value(QStringLiteral("history")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString kind = e.value(QStringLiteral("kind")).toString() == u"unemployment"
                                     ? tr("Unemployed")
                                     : tr("Employed");
            history += QStringLiteral("<br>") +
                       QStringLiteral("%1 · %2 · %3")
                           .arg(period(e), kind, e.value(QStringLiteral("detail")).toString())
                           .toHtmlEscaped();
        }
        m_frame.addResultCard(QStringLiteral("<b>%1</b>").arg(tr("Employment and unemployment")) + history);
        QString policies;
        for (const QJsonValue& v : m_certificate.value(QStringLiteral("policies")).toArray()) {
            const QJsonObject p = v.toObject();
            policies += QStringLiteral("<br>") +
                        QStringLiteral("%1 · %2 · %3")
                            .arg(dataInCurrentLanguage(p.value(QStringLiteral("policy"))), period(p),
                                 dataInCurrentLanguage(p.value(QStringLiteral("detail"))))
                            .toHtmlEscaped();
        }
        m_frame.addResultCard(QStringLiteral("<b>%1</b>").arg(tr("Employment support policies enjoyed")) +
                              (policies.isEmpty() ? QStringLiteral("<br>") + tr("None so far.") : policies));
    }
    retranslate();
    m_frame.offerReceipt(tr("Employment and entrepreneurship certificate"));
}

QString EmploymentScreen::statusText() const
{
    return m_frame.status->text();
}

QString EmploymentScreen::resultsText() const
{
    return allLabelText(this);
}

void EmploymentScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        present(); // the labels are translated; the certificate's data stays
    QWidget::changeEvent(event);
}

void EmploymentScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Employment and entrepreneurship certificate"));
    m_lookUp->setText(tr("Look up"));
    m_byPerson->setText(tr("Look up by this person's card"));
    const bool counter = m_context.mode == TerminalMode::Counter; // the clerk reads it, about the citizen
    if (m_waiting)
        m_frame.status->setText(tr("Looking up the certificate…"));
    else if (m_failure)
        m_frame.status->setText(m_failure());
    else if (found())
        m_frame.status->setText(
            counter ? tr("The citizen's certificate, with their employment history and the policies they "
                         "enjoy.")
                    : tr("Your certificate, with your employment history and the policies you enjoy."));
    else
        m_frame.status->setText(counter
                                    ? tr("Enter the 16-digit number printed on the citizen's certificate, "
                                         "or look it up by their card.")
                                    : tr("Enter the 16-digit number printed on your certificate."));
}

} // namespace ssc
