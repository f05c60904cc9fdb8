#include "citizenpanel.h"

#include "moduleapi/designsystem.h"

#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

// "11**************7" as the ID card prints its parts (region, birth date, sequence and check): in the
// narrow column it can break between them, where a run of 18 would be cut at the panel's edge.
QString inIdCardGroups(const QString& masked)
{
    if (masked.size() != 18)
        return masked;
    // Plain spaces: in the elder interface's narrow column the number may go on over two lines, but only
    // between its groups, never inside one.
    return masked.left(6) + u' ' + masked.mid(6, 8) + u' ' + masked.mid(14);
}

} // namespace

CitizenPanel::CitizenPanel(QWidget* parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this)), m_title(new QLabel),
      m_details(new QLabel), m_end(new QPushButton)
{
    setObjectName(QStringLiteral("citizenPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(besideWidth);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true); // "Citizen being served" in the elder interface is wider than the panel
    m_details->setWordWrap(true);
    m_end->setObjectName(QStringLiteral("endCase"));
    auto* words = new QVBoxLayout;
    words->setSpacing(8);
    words->addWidget(m_title);
    words->addWidget(m_details);
    words->addStretch(1);
    m_layout->setContentsMargins(24, 24, 24, 24);
    m_layout->setSpacing(16);
    m_layout->addLayout(words, 1);
    m_layout->addWidget(m_end, 0, Qt::AlignBottom);
    connect(m_end, &QPushButton::clicked, this, &CitizenPanel::endCaseRequested);
    hide();
    retranslate();
}

void CitizenPanel::setBeside(bool beside)
{
    if (beside == m_beside)
        return;
    m_beside = beside;
    if (beside) {
        setFixedWidth(besideWidth);
        m_layout->setDirection(QBoxLayout::TopToBottom);
        m_layout->setContentsMargins(24, 24, 24, 24);
    } else {
        setMinimumWidth(0);
        setMaximumWidth(QWIDGETSIZE_MAX);
        m_layout->setDirection(QBoxLayout::LeftToRight); // the words, then "End the case" at the end
        m_layout->setContentsMargins(48, 16, 48, 16);    // in line with the screen's own margins
    }
    // Beside: the button takes the column's width; in the strip its own, never squeezed by the words.
    m_end->setSizePolicy(beside ? QSizePolicy::Minimum : QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_layout->setAlignment(m_end, beside ? Qt::AlignBottom : Qt::AlignVCenter);
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
    // As it reads: without the word joiners that keep the name on one line.
    QString text = m_title->text() + u'\n' + m_details->text();
    return text.remove(QChar(0x2060));
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
    m_end->setText(tr("End session"));
    if (!m_session) {
        m_details->clear();
        return;
    }
    const Person& p = m_session->person;
    const QString facts =
        tr("%1\nSocial security number %2\nCard issued in %3 · %4")
            .arg(design::unbroken(ssc::mask(p.name, MaskKind::Name)),
                 inIdCardGroups(ssc::mask(p.maskedSsn, MaskKind::IdNumber)),
                 m_session->card.shownRegionName(), CardStatusPolicy::displayName(m_session->card.status));
    // A line each in the column beside the screen; in a row, as few lines as the strip's width allows.
    m_details->setText(m_beside ? facts : QString(facts).replace(u'\n', QStringLiteral(" · ")));
}

} // namespace ssc
