#include "scrollpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {

ScrollPage::ScrollPage(QWidget* content, Buttons buttons, QWidget* parent)
    : QWidget(parent), m_area(new QScrollArea), m_up(new QPushButton), m_down(new QPushButton),
      m_count(new QLabel)
{
    m_area->setWidget(content);
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    m_area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page buttons instead
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A finger drags the page and lets it glide; a mouse (a clerk) keeps clicking and the wheel.
    QScroller::grabGesture(m_area->viewport(), QScroller::TouchGesture);
    QScrollerProperties glide = QScroller::scroller(m_area->viewport())->scrollerProperties();
    glide.setScrollMetric(QScrollerProperties::OvershootDragResistanceFactor, 0.0); // no rubber band
    glide.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                          QScrollerProperties::OvershootAlwaysOff);
    QScroller::scroller(m_area->viewport())->setScrollerProperties(glide);
    for (QPushButton* button : {m_up, m_down})
        button->setFocusPolicy(Qt::NoFocus); // the field being typed in keeps the focus
    m_up->setObjectName(QStringLiteral("pageUp"));
    m_down->setObjectName(QStringLiteral("pageDown"));
    m_count->setObjectName(QStringLiteral("pageCount"));
    m_count->setAlignment(Qt::AlignCenter);
    m_count->hide();
    // The room it is given, however small (a keyboard docked under it): what does not fit scrolls. With its
    // page buttons beside it, at least their height.
    if (buttons == Buttons::Owner)
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    else
        m_area->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_area, 1);
    if (buttons == Buttons::Beside) {
        m_buttonColumn = new QBoxLayout(QBoxLayout::TopToBottom);
        m_buttonColumn->setContentsMargins(0, 0, 0, 0);
        m_buttonColumn->addWidget(m_up, 0, Qt::AlignTop);
        m_buttonColumn->addStretch(1);
        m_buttonColumn->addWidget(m_count, 0, Qt::AlignCenter);
        m_buttonColumn->addStretch(1);
        m_buttonColumn->addWidget(m_down, 0, Qt::AlignBottom);
        layout->addLayout(m_buttonColumn);
    }
    QScrollBar* bar = m_area->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ScrollPage::updateButtons);
    connect(bar, &QScrollBar::valueChanged, this, &ScrollPage::updateButtons);
    connect(m_up, &QPushButton::clicked, this, &ScrollPage::pageUp);
    connect(m_down, &QPushButton::clicked, this, &ScrollPage::pageDown);
    updateButtons();
    retranslate();
}

void ScrollPage::pageUp()
{
    QScrollBar* bar = m_area->verticalScrollBar();
    bar->setValue(bar->value() - bar->pageStep() * 4 / 5); // a fifth stays, so the reader keeps the place
}

void ScrollPage::pageDown()
{
    QScrollBar* bar = m_area->verticalScrollBar();
    int next = bar->value() + bar->pageStep() * 4 / 5;
    if (const std::optional<int> cut = topOfWhatTheFootCuts())
        next = std::min(next, *cut - m_area->viewport()->height() / 40); // a little room above it
    bar->setValue(next);
}

std::optional<int> ScrollPage::topOfWhatTheFootCuts() const
{
    const QWidget* content = m_area->widget();
    const int top = m_area->verticalScrollBar()->value();
    const int room = m_area->viewport()->height();
    const int foot = top + room;
    std::optional<int> cutTop;
    for (const QWidget* part : content->findChildren<QWidget*>()) {
        if (!part->isVisibleTo(content))
            continue;
        const QRect r(part->mapTo(content, QPoint(0, 0)), part->size());
        // Cut by the foot, starting below the top (so paging moves on), and small enough to show whole.
        if (r.top() < foot && r.bottom() >= foot && r.top() > top + room / 5 && r.height() < room * 4 / 5)
            cutTop = std::min(cutTop.value_or(r.top()), r.top());
    }
    return cutTop;
}

int ScrollPage::pageTotal() const
{
    const int room = std::max(1, m_area->viewport()->height());
    const QScrollBar* bar = m_area->verticalScrollBar();
    return std::max(1, (bar->maximum() + room + room - 1) / room);
}

int ScrollPage::pageNumber() const
{
    // The page the viewport's foot is on: 1 at the top, the last at the bottom.
    const int room = std::max(1, m_area->viewport()->height());
    const QScrollBar* bar = m_area->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return pageTotal();
    return std::min(pageTotal(), (bar->value() + room + room - 1) / room);
}

void ScrollPage::reveal(const QRect& rect, int bottomCovered)
{
    QScrollBar* bar = m_area->verticalScrollBar();
    const int room = std::max(0, m_area->viewport()->height() - bottomCovered);
    int top = bar->value();
    if (rect.bottom() > top + room)
        top = rect.bottom() - room + 1;
    if (rect.top() < top)
        top = rect.top();
    bar->setValue(top);
}

void ScrollPage::updateButtons()
{
    const QScrollBar* bar = m_area->verticalScrollBar();
    // While the page scrolls, the column keeps its width with either button hidden, so the words do not
    // reflow at the top or the foot; a page that fits has the whole width (a result in portrait). Giving the
    // width back only makes the page shorter, so the two never chase each other.
    const bool scrolls = bar->maximum() > bar->minimum();
    for (QPushButton* button : {m_up, m_down}) {
        QSizePolicy policy = button->sizePolicy();
        if (policy.retainSizeWhenHidden() != scrolls) {
            policy.setRetainSizeWhenHidden(scrolls);
            button->setSizePolicy(policy);
        }
    }
    m_up->setVisible(bar->value() > bar->minimum());
    m_down->setVisible(bar->value() < bar->maximum());
    m_count->setVisible(m_buttonColumn && m_countFits && scrolls);
    m_count->setText(tr("%1/%2", "page of pages").arg(pageNumber()).arg(pageTotal()));
    m_count->setAccessibleName(tr("Page %1 of %2").arg(pageNumber()).arg(pageTotal()));
}

void ScrollPage::retranslate()
{
    m_up->setText(QStringLiteral("▲"));
    m_down->setText(QStringLiteral("▼"));
    m_up->setAccessibleName(tr("Show what is above"));
    m_down->setAccessibleName(tr("Show more below"));
    m_up->setToolTip(m_up->accessibleName());
    m_down->setToolTip(m_down->accessibleName());
    updateButtons();
}

void ScrollPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeButtons();
}

void ScrollPage::placeButtons()
{
    if (!m_buttonColumn)
        return;
    const auto tall = [](const QPushButton* b) {
        return std::max(b->sizeHint().height(), b->minimumHeight());
    };
    const int both = tall(m_up) + tall(m_down) + m_buttonColumn->spacing();
    const auto direction = height() >= both ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_buttonColumn->direction() != direction)
        m_buttonColumn->setDirection(direction);
    // The count only where the column has its height to spare; a short page keeps its buttons and its words.
    const bool countFits = direction == QBoxLayout::TopToBottom &&
                           height() >= both + m_count->sizeHint().height() + 2 * m_buttonColumn->spacing();
    if (countFits != m_countFits) {
        m_countFits = countFits;
        updateButtons();
    }
}

bool ScrollPage::event(QEvent* event)
{
    // The buttons grow with the theme (the elder interface's targets) while the page keeps its height: the
    // column is chosen again then, or a button no longer fitting under the other would stick out.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::StyleChange)
        placeButtons();
    return QWidget::event(event);
}

void ScrollPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
