#include "citizenpanel.h"

#include "moduleapi/designsystem.h"

#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {

CitizenPanel::CitizenPanel(QWidget* parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this)), m_title(new QLabel),
      m_details(new QLabel), m_end(new QPushButton)
{
    setObjectName(QStringLiteral("citizenPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(besideWidth);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true); // "Applicant being served" in the elder interface is wider than the panel
    m_details->setObjectName(QStringLiteral("citizenDetails"));
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
    else if (event->type() == QEvent::StyleChange) // another theme: another size of type, once it is applied
        QTimer::singleShot(0, this, &CitizenPanel::fitColumn);
    QWidget::changeEvent(event);
}

void CitizenPanel::retranslate()
{
    m_title->setText(tr("Applicant being served"));
    m_end->setText(tr("End session"));
    if (!m_session) {
        m_details->clear();
        return;
    }
    const Person& p = m_session->person;
    // A Chinese place name stays whole (北京市, never 北 | 京市); an English one may break between its words.
    const QString region = m_session->card.shownRegionName();
    const QString facts =
        tr("%1\nSocial security number %2\nCard %3\nIssued in %4 · %5")
            .arg(design::unbroken(ssc::mask(p.name, MaskKind::Name)), maskedNumber(),
                 design::unbroken(ssc::mask(m_session->card.maskedCardNumber, MaskKind::CardNumber)),
                 region.contains(u' ') ? region : design::unbroken(region),
                 design::unbroken(CardStatusPolicy::displayName(m_session->card.status)));
    // A line each in the column beside the screen; in a row, as few lines as the strip's width allows, each
    // fact whole on its line (not "发卡地：" at one line's end and "北京市" on the next).
    QStringList row;
    for (const QString& fact : facts.split(u'\n'))
        row << design::unbroken(fact);
    m_details->setText(m_beside ? facts : row.join(QStringLiteral(" · ")));
    fitColumn();
}

QString CitizenPanel::maskedNumber() const
{
    // As every page shows it (11**************7X), in one piece: never broken inside.
    return m_session ? design::unbroken(ssc::mask(m_session->person.maskedSsn, MaskKind::IdNumber))
                     : QString();
}

void CitizenPanel::fitColumn()
{
    if (!m_beside)
        return;
    // The column is wide enough for the masked number in one line in the type of the moment (the elder
    // interface's is larger), so it reads as on the page beside it, not broken over two lines.
    m_details->ensurePolished();
    const QMargins margins = m_layout->contentsMargins();
    const int numberWidth =
        m_details->fontMetrics().horizontalAdvance(maskedNumber()) + margins.left() + margins.right() + 2;
    setFixedWidth(std::max(besideWidth, numberWidth));
}

} // namespace ssc
