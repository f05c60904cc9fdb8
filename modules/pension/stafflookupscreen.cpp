#include "stafflookupscreen.h"

#include "outbox/visitchallenges.h"
#include "platform/platformclient.h"
#include "session/fieldday.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ssc {

StaffLookupScreen::StaffLookupScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_name(new QLineEdit(this)), m_ssn(new QLineEdit(this)), m_nameLabel(new QLabel(this)),
      m_ssnLabel(new QLabel(this)), m_search(new QPushButton(this))
{
    m_ssn->setObjectName(QStringLiteral("numberField"));
    m_ssn->setMaxLength(18);
    m_search->setProperty("primary", true);
    auto* form = new QFormLayout;
    form->setSpacing(16);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_ssnLabel, m_ssn);
    form->addRow(QString(), m_search);
    m_frame.body->insertLayout(2, form);
    m_frame.resultsArea->hide();
    m_frame.body->addStretch(1); // the form stays under the title
    connect(m_search, &QPushButton::clicked, this, [this] { lookUp(m_name->text(), m_ssn->text()); });
    connect(m_ssn, &QLineEdit::returnPressed, m_search, &QPushButton::click);
    retranslate();
}

void StaffLookupScreen::lookUp(const QString& name, const QString& ssn)
{
    if (m_busy || !m_context.platform)
        return;
    m_name->setText(name);
    m_ssn->setText(ssn);
    m_busy = true;
    m_refusal.reset();
    retranslate();
    m_context.platform->post(
        QStringLiteral("/api/v1/staff/people/lookup"),
        {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("ssn"), ssn.trimmed()}},
        [this, name, ssn](const PlatformResult& result) {
            m_busy = false;
            // On a home visit without a network: the day's visit list finds the person the same way.
            const bool noNetwork = result.noAnswer();
            if (noNetwork && m_context.fieldDay)
                if (const auto visit = m_context.fieldDay->find(name, ssn)) {
                    m_ssn->clear();
                    retranslate();
                    emit found(visit->personId, visit->name);
                    return;
                }
            if (!result.ok())
                m_refusal = result;
            retranslate();
            if (result.ok()) {
                m_ssn->clear(); // the number does not stay on the screen
                // A home visit prepared while online: the person's challenge waits on the laptop, so the
                // certification by face can be done at their home without a network.
                if (m_context.visitChallenges)
                    m_context.visitChallenges->fetch(
                        *m_context.platform, {result.body.value(QStringLiteral("id")).toInteger()}, {});
                emit found(result.body.value(QStringLiteral("id")).toInteger(),
                           result.body.value(QStringLiteral("name")).toString());
            }
        },
        {}, this);
}

QString StaffLookupScreen::statusText() const
{
    return m_frame.status->text();
}

void StaffLookupScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    // The tile's words at a counter and on a home visit alike (docs/glossary.md: 代他人认证).
    m_frame.title->setText(tr("Certify for someone else"));
    m_nameLabel->setText(tr("Name, as on the card"));
    m_ssnLabel->setText(tr("Social security number"));
    m_search->setText(m_busy ? tr("Looking up…") : tr("Find the person to certify"));
    m_search->setEnabled(!m_busy);
    m_frame.status->setText(!m_refusal
                                ? tr("Enter the name and the social security number of the person to "
                                     "certify; the person then does the face part in front of the camera.")
                                : m_refusal->messageAndAdvice());
}

void StaffLookupScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
