#include "noticebanner.h"
#include "tonedwidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel), m_headline(new QLabel), m_detail(new QLabel),
      m_actions(new QHBoxLayout), m_actionsRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAttribute(Qt::WA_StyledBackground);
    m_icon->setObjectName(QStringLiteral("noticeIcon"));
    m_icon->setFixedSize(48, 48);
    m_headline->setObjectName(QStringLiteral("noticeHeadline"));
    m_detail->setObjectName(QStringLiteral("noticeDetail"));
    for (QLabel* label : {m_headline, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto* words = new QVBoxLayout;
    words->setSpacing(4);
    words->addWidget(m_headline);
    words->addWidget(m_detail);
    // The buttons under the words, right-aligned: the words keep the banner's whole width (elder type in
    // English on a 1280 px kiosk still fits in two lines), and the buttons their full size.
    m_actionsRow->addStretch(1);
    m_actionsRow->addLayout(m_actions);
    words->addLayout(m_actionsRow);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    m_actions->setSpacing(16);
    setNotice(design::Tone::Info, {});
}

void NoticeBanner::setNotice(design::Tone tone, const QString& headline, const QString& detail)
{
    m_tone = tone;
    setProperty("tone", design::toneKey(tone));
    design::showToneIcon(m_icon, tone, 48);
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    for (QWidget* widget :
         {static_cast<QWidget*>(this), static_cast<QWidget*>(m_headline), static_cast<QWidget*>(m_detail)})
        design::restyle(widget); // the [tone] rules of the style sheet apply again
    claimHeight();               // new words (another language, a longer reason) at the width it already has
}

void NoticeBanner::claimHeight()
{
    // Wrapped words need more height the narrower the banner is; layouts above do not ask, so the banner
    // says it itself and is never squeezed into cut-off lines.
    if (width() <= 0)
        return;
    const int needed = layout()->heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
    // The banner has its room but its words were left at the heights of their last text or font (its screen
    // drawn again in another language or theme at the same size): they are laid out again, or they show cut.
    // (Seen as an intermittent "clipped" in the conformance test of the access log.) Only while the room is
    // there, so a banner squeezed by its parent does not ask again and again.
    if (height() < needed)
        return;
    for (const QLabel* words : {m_headline, m_detail})
        if (words->isVisibleTo(this) && words->height() < words->heightForWidth(words->width())) {
            layout()->invalidate();
            layout()->activate();
            return;
        }
}

void NoticeBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    claimHeight();
}

bool NoticeBanner::event(QEvent* event)
{
    const bool handled = QFrame::event(event);
    // A part changed at the same width (a button added or given its words after the notice was set): without
    // claiming again, the layout gave the button its room out of the words' and cut them to a few pixels.
    if (event->type() == QEvent::LayoutRequest)
        claimHeight();
    return handled;
}

QPushButton* NoticeBanner::addAction(const QString& objectName, Emphasis emphasis)
{
    auto* button = new QPushButton;
    button->setObjectName(objectName);
    const bool primary = emphasis == Emphasis::Primary;
    button->setProperty("primary", primary);
    const int count = m_actions->count();
    const QWidget* last = count > 0 ? m_actions->itemAt(count - 1)->widget() : nullptr;
    const bool primaryLast = last && last->property("primary").toBool();
    // A primary goes last; another button goes before a primary already there.
    m_actions->insertWidget(!primary && primaryLast ? count - 1 : count, button, 0, Qt::AlignVCenter);
    keepWidth(button);
    orderTabStops();
    return button;
}

void NoticeBanner::orderTabStops()
{
    // Qt's Tab order is the order of creation: a primary added first and drawn last would be reached first.
    QWidget* previous = nullptr;
    for (int i = 0; i < m_actions->count(); ++i) {
        QWidget* button = m_actions->itemAt(i)->widget();
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
}

void NoticeBanner::keepWidth(QWidget* button) const
{
    // Beside the words, a button keeps the width its words need and the words take the rest: wrapped words
    // ask for about 80 characters, and the banner shrank them to their longest word, a word a line.
    if (m_actions->parent() != m_actionsRow)
        button->setSizePolicy(QSizePolicy::Fixed, button->sizePolicy().verticalPolicy());
}

void NoticeBanner::placeActionsBeside()
{
    if (m_actions->parent() != m_actionsRow)
        return;
    m_actionsRow->removeItem(m_actions);
    delete m_actionsRow->takeAt(0); // its stretch: the row is left empty and takes no height
    m_actions->setParent(nullptr);  // a layout takes only one without a parent
    static_cast<QHBoxLayout*>(layout())->addLayout(m_actions);
    for (int i = 0; i < m_actions->count(); ++i)
        keepWidth(m_actions->itemAt(i)->widget());
    // The words take the width the buttons leave: without the row's stretch under them nothing asked for it,
    // and the banner shared it out as gaps around narrow words.
    for (QLabel* words : {m_headline, m_detail})
        words->setSizePolicy(QSizePolicy::Expanding, words->sizePolicy().verticalPolicy());
    claimHeight();
}

void NoticeBanner::clearActions()
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString NoticeBanner::headline() const
{
    return m_headline->text();
}

QString NoticeBanner::detail() const
{
    return m_detail->text();
}

} // namespace ssc
