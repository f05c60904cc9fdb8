#include "resultpage.h"
#include "scrollpage.h"
#include "tonedwidgets.h"

#include "camera/qrimage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {

namespace {
// The width a part of the print row needs to read well: its natural width, a note that wraps given room for
// its words in two lines (a wrapping label's own hint is far narrower: four or five lines in large type).
int readableWidth(const QWidget* part)
{
    int width = part->sizeHint().width();
    QList<const QLabel*> labels;
    if (const auto* label = qobject_cast<const QLabel*>(part))
        labels << label;
    for (const QLabel* label : part->findChildren<const QLabel*>())
        labels << label;
    for (const QLabel* label : labels)
        if (label->wordWrap() && !label->isHidden())
            width += std::max(0, label->fontMetrics().horizontalAdvance(label->text()) / 2 -
                                     label->sizeHint().width());
    return width;
}

// The place in the page's layout of the stretch under the ways: it takes the room left where the ways
// follow the words (portrait); in landscape the scrolled words take it.
constexpr int kStretchAfterActions = 3;
// The words' share of the room against that stretch's 1: all they need (their maximum height, placeWays), the
// stretch the rest. At equal shares long words got half the page and scrolled above an empty half.
constexpr int kWordsStretch = 100;
// Pixels a module of the receipt's QR code: about 150 px across for a receipt number, as the e-licence's code
// reads at a phone's arm length.
constexpr int kReceiptQrModule = 4;
} // namespace

ResultPage::ResultPage(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel), m_headline(new QLabel), m_next(new QLabel),
      m_receiptBox(new QWidget), m_receiptLabel(new QLabel), m_receipt(new QLabel), m_receiptQr(new QLabel),
      m_receiptQrHint(new QLabel), m_actions(new QHBoxLayout), m_nextService(new QPushButton),
      m_home(new QPushButton)
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
    m_receiptQr->setObjectName(QStringLiteral("receiptQr"));
    m_receiptQrHint->setObjectName(QStringLiteral("receiptQrHint"));
    for (QLabel* label : {m_headline, m_next, m_receiptLabel, m_receiptQrHint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_home->setProperty("primary", true);
    m_nextService->setObjectName(QStringLiteral("nextServiceButton"));
    m_nextService->hide();

    // What the number is, the number, how to keep it by phone, and the QR code: placed by placeReceiptQr.
    m_receiptLayout = new QGridLayout(m_receiptBox);
    m_receiptLayout->setContentsMargins(24, 16, 16, 16);
    m_receiptLayout->setHorizontalSpacing(24);
    m_receiptLayout->setVerticalSpacing(4);
    m_receiptLayout->setColumnStretch(0, 1);
    placeReceiptQr(false);
    // The box narrows without the page resizing (the page-down column appears once the words scroll): the
    // number's place is decided again at the box's own width.
    m_receiptBox->installEventFilter(this);

    m_words = new QVBoxLayout;
    m_words->setSpacing(16);
    m_words->addWidget(m_headline);
    m_words->addWidget(m_next);
    auto* top = new QHBoxLayout;
    top->setSpacing(32);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(m_words, 1);

    // What the page says scrolls where it is taller than its room (large type at 1280 x 800, a long
    // English sentence); the ways on stay below it, outside the scroll, so Home and the next service are
    // on screen whatever the words' length.
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("resultBody"));
    auto* bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout = bodyLayout;
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(32);
    bodyLayout->addLayout(top);
    // Under the headline row, the whole width: a long number still reads in one line in portrait and elder,
    // the QR code at the right. Not aligned left: an aligned box gets its plain size hint, and its wrapped
    // words (the hint in English) no height for their second line.
    bodyLayout->addWidget(m_receiptBox);
    m_actionsWithWords = new QHBoxLayout;
    bodyLayout->addLayout(m_actionsWithWords);
    bodyLayout->addStretch(1);
    m_scroll = new ScrollPage(m_body);

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
    layout->addWidget(m_scroll, kWordsStretch);
    m_actionsAbove = new QHBoxLayout;
    m_actionsAbove->setSpacing(16);
    layout->addLayout(m_actionsAbove);
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
    design::showToneIcon(m_icon, tone, 96);
    m_headline->setText(headline);
    m_next->setText(next);
    m_next->setVisible(!next.isEmpty());
    m_receipt->setText(design::groupForReading(receiptNumber));
    m_receiptNumber = receiptNumber;
    drawReceiptQr();
    m_receiptBox->setVisible(!receiptNumber.isEmpty());
    placeNext(!receiptNumber.isEmpty());
    m_scroll->area()->verticalScrollBar()->setValue(0); // a new result is read from its headline
    design::restyle(this);
    design::restyle(m_headline);
}

void ResultPage::placeNext(bool afterReceipt)
{
    // With a receipt, the number comes right under the headline and what happens next after it (GOV.UK's
    // confirmation page): the number is what the person must keep, and in large type at 1280 x 800 a long
    // explanation above it pushed it below the fold. Without one, the words stay beside the icon.
    m_words->removeWidget(m_next);
    m_bodyLayout->removeWidget(m_next);
    if (afterReceipt)
        m_bodyLayout->insertWidget(m_bodyLayout->indexOf(m_receiptBox) + 1, m_next);
    else
        m_words->addWidget(m_next);
}

void ResultPage::offerNextService(const QString& label, bool leading)
{
    m_nextService->setText(label);
    m_nextService->setVisible(!label.isEmpty());
    const bool nextLeads = leading && !label.isEmpty();
    design::setStyleProperty(m_nextService, "primary", nextLeads);
    design::setStyleProperty(m_home, "primary", !nextLeads);
    // The primary action keeps its place, the last of the row (EXPERIENCE.md question 1): where the next
    // service leads, it takes that place and Home steps left.
    QPushButton* last = nextLeads ? m_nextService : m_home;
    QPushButton* beforeLast = nextLeads ? m_home : m_nextService;
    m_ways->removeWidget(beforeLast);
    m_ways->removeWidget(last);
    m_ways->addWidget(beforeLast);
    m_ways->addWidget(last);
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

QString ResultPage::receiptQrText() const
{
    // The number as the platform wrote it (a person reads it back, or types it, exactly so), named so the
    // phone's notes say what it is.
    return m_receiptNumber.isEmpty() || !m_receiptQrOffered
               ? QString()
               : tr("Social security receipt number %1").arg(m_receiptNumber);
}

void ResultPage::setReceiptQrOffered(bool offered)
{
    m_receiptQrOffered = offered;
    drawReceiptQr();
}

void ResultPage::drawReceiptQr()
{
    const QString text = receiptQrText();
    m_receiptQr->setVisible(!text.isEmpty());
    m_receiptQrHint->setVisible(!text.isEmpty());
    m_receiptQr->setPixmap(text.isEmpty() ? QPixmap()
                                          : QPixmap::fromImage(renderQrCode(text, kReceiptQrModule)));
    m_receiptQr->setAccessibleName(tr("QR code of the receipt number"));
}

void ResultPage::placeActions()
{
    // The print row beside the buttons where all fit in one row at their natural width; where they do not (a
    // long printer note, large type in a narrow window), it takes a row of its own above them, so no button
    // is squeezed until its words are cut. A row that offers nothing to tap (only "this terminal has no
    // printer") is words, not a way on: it is read with the words, under the receipt, and leaves the fixed
    // rows under the page their height for the words.
    int needed = 0;
    bool anyButton = false;
    for (int i = 0; i < m_actions->count(); ++i)
        if (const QWidget* part = m_actions->itemAt(i)->widget(); part && !part->isHidden()) {
            needed += readableWidth(part) + m_ways->spacing();
            anyButton = anyButton || offersATap(part);
        }
    for (const QPushButton* button : {m_nextService, m_home})
        if (!button->isHidden())
            needed += button->sizeHint().width() + m_ways->spacing();
    const QMargins margins = m_layout->contentsMargins();
    const ActionsPlace place = !anyButton && m_actions->count() > 0 ? ActionsPlace::WithTheWords
                               : needed > width() - margins.left() - margins.right() ? ActionsPlace::Above
                                                                                     : ActionsPlace::Beside;
    if (place == m_actionsPlace)
        return;
    QBoxLayout* from = m_actionsPlace == ActionsPlace::Beside  ? static_cast<QBoxLayout*>(m_ways)
                       : m_actionsPlace == ActionsPlace::Above ? static_cast<QBoxLayout*>(m_actionsAbove)
                                                               : static_cast<QBoxLayout*>(m_actionsWithWords);
    m_actionsPlace = place;
    from->removeItem(m_actions);
    if (place == ActionsPlace::Beside)
        m_ways->insertLayout(0, m_actions);
    else if (place == ActionsPlace::Above)
        m_actionsAbove->addLayout(m_actions);
    else
        m_actionsWithWords->addLayout(m_actions);
}

bool ResultPage::offersATap(const QWidget* part)
{
    if (qobject_cast<const QPushButton*>(part))
        return true;
    for (const QPushButton* button : part->findChildren<const QPushButton*>())
        if (button->isVisibleTo(part))
            return true;
    return false;
}

bool ResultPage::event(QEvent* event)
{
    if (event->type() == QEvent::LayoutRequest) { // a part shown, hidden or reworded
        placeWays();
        placeActions();
        placeReceiptQr(receiptFitsBesideQr());
    }
    return QWidget::event(event);
}

bool ResultPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_receiptBox && event->type() == QEvent::Resize)
        placeReceiptQr(receiptFitsBesideQr());
    return QWidget::eventFilter(watched, event);
}

void ResultPage::resizeEvent(QResizeEvent* event)
{
    placeWays();
    placeActions();
    placeReceiptQr(receiptFitsBesideQr());
    QWidget::resizeEvent(event);
}

bool ResultPage::receiptFitsBesideQr() const
{
    if (m_receiptQr->isHidden())
        return false;
    // Measured in the type the style sheet gives the number (polished first: a theme just switched), inside
    // the label's own margins, with a few pixels to spare: a number one glyph too wide for its column wraps
    // into two lines, which is worse than the code under it (seen with wide letters, "1FB0 D0CC B0C3").
    m_receipt->ensurePolished();
    m_receiptQr->ensurePolished();
    const QMargins margins = m_receiptLayout->contentsMargins();
    const QMargins own = m_receipt->contentsMargins();
    const int room = m_receiptBox->width() - margins.left() - margins.right() -
                     m_receiptLayout->horizontalSpacing() -
                     std::max(m_receiptQr->sizeHint().width(), m_receiptQr->minimumWidth()) - own.left() -
                     own.right() - 2 * m_receipt->margin() - design::spacing;
    return m_receipt->fontMetrics().horizontalAdvance(m_receipt->text()) <= room;
}

void ResultPage::placeReceiptQr(bool beside)
{
    // Beside: the words in a column and the QR code at their right, as tall as they are, so the box stays low
    // and what happens next, under it, is in the first screenful at 1280x800. Under: where the number would
    // not read in one line beside the code (elder type in portrait), it has the box's whole width and the
    // code stands at the right of the words that explain it.
    if (m_receiptLayout->count() > 0 && beside == m_receiptQrBeside)
        return;
    m_receiptQrBeside = beside;
    for (QWidget* part : {m_receiptLabel, m_receipt, m_receiptQrHint, m_receiptQr})
        m_receiptLayout->removeWidget(part);
    const int wordsSpan = beside ? 1 : 2;
    m_receiptLayout->addWidget(m_receiptLabel, 0, 0, 1, wordsSpan);
    m_receiptLayout->addWidget(m_receipt, 1, 0, 1, wordsSpan);
    m_receiptLayout->addWidget(m_receiptQrHint, 2, 0);
    if (beside)
        m_receiptLayout->addWidget(m_receiptQr, 0, 1, 3, 1, Qt::AlignVCenter);
    else
        m_receiptLayout->addWidget(m_receiptQr, 2, 1, Qt::AlignVCenter);
}

void ResultPage::placeWays()
{
    // Landscape: the ways on at the foot of the page, where every page keeps its actions. Portrait (the
    // standing kiosk, 1920 px high): the foot is a long way from the words, so the ways follow them: the
    // words get the height they need (at most the room there is) and the stretch under the ways the rest.
    const bool portrait = height() > width();
    m_layout->setStretch(kStretchAfterActions, portrait ? 1 : 0);
    int wordsHeight = QWIDGETSIZE_MAX;
    if (portrait && m_scroll->width() > 0)
        wordsHeight = m_body->hasHeightForWidth() ? m_body->heightForWidth(m_scroll->width())
                                                  : m_body->sizeHint().height();
    if (m_scroll->maximumHeight() != wordsHeight)
        m_scroll->setMaximumHeight(wordsHeight);
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
    m_receiptQrHint->setText(tr("Scan the code with your phone's camera to keep the number."));
    drawReceiptQr(); // the code names the number in the screen's language
    m_home->setText(tr("Home"));
}

} // namespace ssc
