#include "resultpage.h"
#include "sharedicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ssc {

namespace {
// The places of the two stretches in the page's layout: under the words (landscape), under the ways
// (portrait).
constexpr int kStretchBeforeActions = 2;
constexpr int kStretchAfterActions = 4;
} // namespace

ResultPage::ResultPage(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel), m_headline(new QLabel), m_next(new QLabel),
      m_receiptBox(new QWidget), m_receiptLabel(new QLabel), m_receipt(new QLabel),
      m_actions(new QHBoxLayout), m_nextService(new QPushButton), m_home(new QPushButton)
{
    setObjectName(QStringLiteral("resultPage"));
    setAttribute(Qt::WA_StyledBackground);
    m_icon->setObjectName(QStringLiteral("resultIcon"));
    m_icon->setFixedSize(96, 96);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_next->setObjectName(QStringLiteral("resultNext"));
    m_receiptBox->setObjectName(QStringLiteral("receiptBox"));
    m_receiptBox->setAttribute(Qt::WA_StyledBackground);
    m_receiptLabel->setObjectName(QStringLiteral("receiptLabel"));
    m_receipt->setObjectName(QStringLiteral("receiptNumber"));
    m_receipt->setTextInteractionFlags(Qt::NoTextInteraction);
    // Large type in a narrow window (elder, portrait) breaks the number between its groups rather than
    // pushing the page wider than the screen.
    m_receipt->setWordWrap(true);
    for (QLabel* label : {m_headline, m_next, m_receiptLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_home->setProperty("primary", true);
    m_nextService->setObjectName(QStringLiteral("nextServiceButton"));
    m_nextService->hide();

    auto* receiptLayout = new QVBoxLayout(m_receiptBox);
    receiptLayout->setContentsMargins(24, 16, 24, 16);
    receiptLayout->setSpacing(4);
    receiptLayout->addWidget(m_receiptLabel);
    receiptLayout->addWidget(m_receipt);

    auto* words = new QVBoxLayout;
    words->setSpacing(16);
    words->addWidget(m_headline);
    words->addWidget(m_next);
    auto* top = new QHBoxLayout;
    top->setSpacing(32);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(words, 1);

    m_actions->setSpacing(16);
    m_ways = new QHBoxLayout;
    m_ways->setSpacing(16);
    m_ways->addLayout(m_actions);
    m_ways->addStretch(1);
    m_ways->addWidget(m_nextService);
    m_ways->addWidget(m_home); // the primary action: always last, always in the same place

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(32);
    layout->addLayout(top);
    // Under the headline row, the whole width: a long number still reads in one line in portrait and elder.
    layout->addWidget(m_receiptBox, 0, Qt::AlignLeft);
    layout->addStretch(1); // kStretchBeforeActions
    layout->addLayout(m_ways);
    layout->addStretch(0); // kStretchAfterActions
    m_layout = layout;
    connect(m_home, &QPushButton::clicked, this, &ResultPage::homeRequested);
    connect(m_nextService, &QPushButton::clicked, this, &ResultPage::nextServiceRequested);
    retranslate();
}

void ResultPage::showResult(design::Tone tone, const QString& headline, const QString& next,
                            const QString& receiptNumber)
{
    m_tone = tone;
    setProperty("tone", design::toneKey(tone));
    m_icon->setPixmap(sharedIcon(design::toneIcon(tone)).pixmap(96, 96));
    m_icon->setAccessibleName(design::toneWord(tone));
    m_headline->setText(headline);
    m_next->setText(next);
    m_next->setVisible(!next.isEmpty());
    m_receipt->setText(design::groupForReading(receiptNumber));
    m_receiptBox->setVisible(!receiptNumber.isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_headline)}) {
        style()->unpolish(w);
        style()->polish(w);
    }
}

void ResultPage::offerNextService(const QString& label, bool leading)
{
    m_nextService->setText(label);
    m_nextService->setVisible(!label.isEmpty());
    const bool nextLeads = leading && !label.isEmpty();
    m_nextService->setProperty("primary", nextLeads);
    m_home->setProperty("primary", !nextLeads);
    // The primary action keeps its place, the last of the row (EXPERIENCE.md question 1): where the next
    // service leads, it takes that place and Home steps left.
    QPushButton* last = nextLeads ? m_nextService : m_home;
    QPushButton* beforeLast = nextLeads ? m_home : m_nextService;
    m_ways->removeWidget(beforeLast);
    m_ways->removeWidget(last);
    m_ways->addWidget(beforeLast);
    m_ways->addWidget(last);
    for (QWidget* w : {static_cast<QWidget*>(m_nextService), static_cast<QWidget*>(m_home)}) {
        style()->unpolish(w);
        style()->polish(w);
    }
}

QString ResultPage::headline() const
{
    return m_headline->text();
}

QString ResultPage::nextText() const
{
    return m_next->text();
}

QString ResultPage::receiptShown() const
{
    return m_receiptBox->isHidden() ? QString() : m_receipt->text();
}

void ResultPage::resizeEvent(QResizeEvent* event)
{
    // Landscape: the ways on at the foot of the page, where every page keeps its actions. Portrait (the
    // standing kiosk, 1920 px high): the foot is a long way from the words, so the ways follow them.
    const bool portrait = height() > width();
    m_layout->setStretch(kStretchBeforeActions, portrait ? 0 : 1);
    m_layout->setStretch(kStretchAfterActions, portrait ? 1 : 0);
    QWidget::resizeEvent(event);
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultPage::setReceiptLabel(const QString& label)
{
    m_customReceiptLabel = label;
    retranslate();
}

void ResultPage::retranslate()
{
    m_receiptLabel->setText(m_customReceiptLabel.isEmpty()
                                ? tr("Your receipt number (keep it to ask about this later)")
                                : m_customReceiptLabel);
    m_home->setText(tr("Home"));
}

} // namespace ssc
