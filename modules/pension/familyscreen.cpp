#include "familyscreen.h"

#include "platform/platformclient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

FamilyScreen::FamilyScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_bind(new QPushButton(this)), m_cancel(new QPushButton(this)), m_consentIcon(new QLabel(this)),
      m_consentPrompt(new QLabel(this)), m_members(new QVBoxLayout)
{
    m_bind->setProperty("primary", true);
    // While waiting for the parent's consent: what to show, large, with the e-card code's picture.
    m_consentIcon->setPixmap(QIcon(QStringLiteral(":/icons/ecard-qr.svg")).pixmap(96, 96));
    m_consentPrompt->setObjectName(QStringLiteral("promptDetail"));
    m_consentPrompt->setWordWrap(true);
    auto* consent = new QHBoxLayout;
    consent->setSpacing(24);
    consent->addWidget(m_consentIcon);
    consent->addWidget(m_consentPrompt, 1);
    m_frame.body->insertLayout(2, consent);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_bind);
    actions->addWidget(m_cancel);
    actions->addStretch();
    m_frame.body->insertLayout(3, actions);
    m_frame.body->insertLayout(4, m_members);
    m_frame.resultsArea->hide(); // the members are drawn here, each with its own button
    m_frame.body->addStretch(1);
    connect(m_bind, &QPushButton::clicked, this, &FamilyScreen::startBinding);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_binding = false;
        retranslate();
    });
    retranslate();
    reload();
}

void FamilyScreen::reload()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/me/family"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            m_refusal = result.ok() ? std::nullopt : std::optional<PlatformResult>(result);
            m_family = result.body.value(QStringLiteral("family")).toArray();
            m_statuses = QList<QJsonObject>(m_family.size());
            for (qsizetype i = 0; i < m_family.size(); ++i) {
                const qint64 id = m_family[i].toObject().value(QStringLiteral("id")).toInteger();
                m_context.platform->get(
                    QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id),
                    [this, i](const PlatformResult& status) {
                        if (i < m_statuses.size())
                            m_statuses[i] = status.body;
                        retranslate();
                    },
                    this);
            }
            retranslate();
        },
        this);
}

void FamilyScreen::startBinding()
{
    m_binding = true;
    m_refusal.reset();
    m_pinFailed = false;
    retranslate();
}

void FamilyScreen::confirmWithCode(const QString& code)
{
    bind({{QStringLiteral("code"), code}});
}

void FamilyScreen::confirmWithCard(const QJsonObject& cardProof)
{
    bind(cardProof);
}

void FamilyScreen::confirmationFailed()
{
    m_pinFailed = true;
    retranslate();
}

void FamilyScreen::bind(const QJsonObject& consent)
{
    if (!m_binding || !m_context.platform)
        return;
    m_context.platform->post(
        QStringLiteral("/api/v1/me/family"), consent,
        [this](const PlatformResult& result) {
            if (result.ok())
                m_binding = false;
            m_pinFailed = false;
            if (!result.ok()) {
                m_refusal = result;
                return retranslate(); // still waiting for the right consent
            }
            reload();
        },
        {}, this);
}

QString FamilyScreen::statusText() const
{
    return m_frame.status->text();
}

void FamilyScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Family service"));
    m_bind->setText(tr("Add a family member"));
    m_cancel->setText(tr("Cancel"));
    m_bind->setVisible(!m_binding);
    m_cancel->setVisible(m_binding);
    m_consentIcon->setVisible(m_binding);
    m_consentPrompt->setVisible(m_binding);
    m_consentPrompt->setText(
        tr("Ask your family member to show their own e-card code to the scanner, or to "
           "insert their social security card and enter its PIN: that is their consent."));
    QString status;
    if (m_binding)
        status = tr("Waiting for your family member's consent…");
    else if (!m_loaded)
        status = tr("Looking up your family members…");
    else if (m_family.isEmpty())
        status = tr("You can help your parents certify their pension here. Add a family member first.");
    else
        status = tr("Your family members and their pension certification:");
    const QString problem =
        m_pinFailed
            ? tr("The card's PIN was not confirmed. Your family member can show their e-card code instead.")
        : m_refusal ? m_refusal->messageAndAdvice()
                    : QString();
    if (!problem.isEmpty())
        status = problem + QLatin1Char('\n') + status;
    m_frame.status->setText(status);

    while (QLayoutItem* item = m_members->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_family.size(); ++i) {
        const QJsonObject member = m_family[i].toObject();
        const QJsonObject s = m_statuses.value(i);
        const QString name = member.value(QStringLiteral("name")).toString();
        QString state = tr("Looking up…");
        if (s.contains(QStringLiteral("recipient")))
            state = !s.value(QStringLiteral("recipient")).toBool() ? tr("draws no pension")
                    : s.value(QStringLiteral("status")).toString() == u"certified"
                        ? tr("certified until %1").arg(s.value(QStringLiteral("certifiedUntil")).toString())
                        : tr("certification due");
        auto* row = new QWidget(this);
        row->setObjectName(QStringLiteral("card"));
        auto* line = new QHBoxLayout(row);
        line->addWidget(
            new QLabel(QStringLiteral("<b>%1</b> · %2").arg(name.toHtmlEscaped(), state.toHtmlEscaped()),
                       row),
            1);
        if (s.value(QStringLiteral("status")).toString() == u"due") {
            auto* certify = new QPushButton(tr("Certify now"), row);
            certify->setProperty("primary", true);
            const qint64 id = member.value(QStringLiteral("id")).toInteger();
            connect(certify, &QPushButton::clicked, this, [this, id, name] { emit certifyMember(id, name); });
            line->addWidget(certify);
        }
        m_members->addWidget(row);
    }
}

void FamilyScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
