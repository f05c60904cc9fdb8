#include "citizenpanel.h"

#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

CitizenPanel::CitizenPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_end(new QPushButton)
{
    setObjectName(QStringLiteral("citizenPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(320);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true); // "Citizen being served" in the elder interface is wider than the panel
    m_details->setWordWrap(true);
    m_end->setObjectName(QStringLiteral("endCase"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_end);
    connect(m_end, &QPushButton::clicked, this, &CitizenPanel::endCaseRequested);
    hide();
    retranslate();
}

void CitizenPanel::showCitizen(const CitizenSession* session)
{
    m_session = session;
    setVisible(session != nullptr);
    retranslate();
}

QString CitizenPanel::text() const
{
    return m_title->text() + u'\n' + m_details->text();
}

void CitizenPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CitizenPanel::retranslate()
{
    m_title->setText(tr("Citizen being served"));
    m_end->setText(tr("End the case"));
    if (!m_session) {
        m_details->clear();
        return;
    }
    const Person& p = m_session->person;
    m_details->setText(
        tr("%1\nSocial security number %2\nCard issued in %3 · %4")
            .arg(ssc::mask(p.name, MaskKind::Name), ssc::mask(p.socialSecurityNumber, MaskKind::IdNumber),
                 m_session->card.regionName, CardStatusPolicy::displayName(m_session->card.status)));
}

} // namespace ssc
