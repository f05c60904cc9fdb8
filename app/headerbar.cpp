#include "headerbar.h"

#include "moduleapi/tonedwidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ssc {

HeaderBar::HeaderBar(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_timeLeft(new QLabel(this)), m_home(new QPushButton(this)),
      m_readAloud(new QPushButton(this)), m_language(new QPushButton(this)), m_elder(new QPushButton(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setWordWrap(true); // a long English name takes two lines rather than being cut
    m_language->setObjectName(QStringLiteral("languageButton"));
    m_elder->setObjectName(QStringLiteral("elderButton"));
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->hide();
    m_home->setObjectName(QStringLiteral("headerHomeButton"));
    m_home->setIcon(QIcon(QStringLiteral(":/icons/home.svg")));
    m_home->setIconSize({28, 28});
    m_home->hide();
    m_readAloud->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloud->setIcon(QIcon(QStringLiteral(":/icons/read-aloud.svg")));
    m_readAloud->setIconSize({28, 28});
    m_readAloud->hide();
    m_language->setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    m_elder->setIcon(QIcon(QStringLiteral(":/icons/elder.svg")));
    m_language->setIconSize({28, 28});
    m_elder->setIconSize({28, 28});

    m_logo = new QSvgWidget(QStringLiteral(":/icons/card.svg"), this);
    m_logo->setFixedSize(56, 56);

    // One row where it fits; on a narrow screen (English on a portrait kiosk, with Home and the time shown)
    // the three switches take a second row, right-aligned, rather than cutting their words (placeSwitches).
    m_firstRow = new QHBoxLayout;
    m_firstRow->setSpacing(kSpacing);
    // Home beside the logo, where it stands whether the title shows or not (the elder interface with a voice
    // hides it), and on the same side as the page's Back.
    m_firstRow->addWidget(m_logo);
    m_firstRow->addWidget(m_home);
    m_firstRow->addWidget(m_title, 1);
    m_firstRow->addStretch(0); // the room the title leaves when it is hidden: not the time's
    m_firstRow->addWidget(m_timeLeft);
    m_switchRow = new QHBoxLayout;
    m_switchRow->setSpacing(kSpacing);
    m_switchRow->addStretch(1);
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(kMargin, 12, kMargin, 12);
    m_rows->addLayout(m_firstRow);
    m_rows->addLayout(m_switchRow);
    placeSwitches();

    connect(m_language, &QPushButton::clicked, this, &HeaderBar::languageToggleRequested);
    connect(m_elder, &QPushButton::clicked, this, &HeaderBar::elderToggleRequested);
    connect(m_readAloud, &QPushButton::clicked, this, &HeaderBar::readAloudRequested);
    connect(m_home, &QPushButton::clicked, this, &HeaderBar::homeRequested);
    retranslate();
}

void HeaderBar::setElderInterface(bool on)
{
    m_elderOn = on;
    updateReadAloud();
    retranslate();
}

void HeaderBar::setReadAloudAvailable(bool available)
{
    m_readAloudAvailable = available;
    updateReadAloud();
}

void HeaderBar::updateReadAloud()
{
    // In both interfaces of a terminal with a voice (review A8: a citizen who reads badly may never switch to
    // the elder one to find it); placeSwitches decides whether the product's name still fits beside it.
    m_readAloud->setVisible(m_readAloudAvailable);
    placeSwitches();
}

void HeaderBar::showTimeLeft(int seconds)
{
    m_secondsLeft = std::max(0, seconds);
    m_timeLeft->setVisible(m_secondsLeft > 0);
    retranslate();
}

void HeaderBar::setHomeOffered(bool offered)
{
    m_home->setVisible(offered);
    placeSwitches();
}

bool HeaderBar::homeOffered() const
{
    return m_home->isVisibleTo(this);
}

QString HeaderBar::timeLeftText() const
{
    return m_timeLeft->isVisibleTo(this) ? m_timeLeft->text() : QString();
}

void HeaderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        placeSwitches(); // another theme, other sizes
}

void HeaderBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeSwitches();
}

int HeaderBar::oneRowWidth(int titleWidth) const
{
    int width = 2 * kMargin;
    int shown = 0;
    for (const QWidget* part :
         {static_cast<const QWidget*>(m_logo), static_cast<const QWidget*>(m_title),
          static_cast<const QWidget*>(m_home), static_cast<const QWidget*>(m_timeLeft),
          static_cast<const QWidget*>(m_readAloud), static_cast<const QWidget*>(m_elder),
          static_cast<const QWidget*>(m_language)}) {
        if (part == m_title ? titleWidth <= 0 : part->isHidden())
            continue;
        width += part == m_title ? titleWidth : part->sizeHint().width();
        ++shown;
    }
    return width + kSpacing * std::max(0, shown - 1);
}

void HeaderBar::placeSwitches()
{
    // The product's name shows wherever it has room. With Read aloud (four controls; in the elder interface's
    // larger type) one row may hold everything but the name whole (elder, landscape, Home and the time
    // shown): then the card logo stays and the name goes, rather than the switches taking a row of their own.
    // Where the switches need their own row anyway (English, portrait), the first row has room for it again.
    const int wholeTitle = m_title->fontMetrics().horizontalAdvance(m_title->text()) + 2 * m_title->margin();
    const bool unsized = width() <= 0;
    const bool showTitle =
        m_readAloud->isHidden() || unsized || oneRowWidth(wholeTitle) <= width() || oneRowWidth(0) > width();
    const bool titleChanged = m_title->isHidden() == showTitle;
    if (titleChanged)
        m_title->setVisible(showTitle);
    // The title wraps, so beside the switches it can do with its longest word.
    const bool oneRow = unsized || oneRowWidth(showTitle ? m_title->minimumSizeHint().width() : 0) <= width();
    const bool rowsChanged = !m_switchesPlaced || oneRow != m_switchesInFirstRow;
    if (!rowsChanged && !titleChanged)
        return;
    if (rowsChanged) {
        m_switchesPlaced = true;
        m_switchesInFirstRow = oneRow;
        m_rows->setSpacing(oneRow ? 0 : 12); // no gap under the one row for the empty second
        for (QPushButton* button : {m_readAloud, m_elder, m_language}) {
            m_firstRow->removeWidget(button); // taken out first: Qt warns of a widget moved between layouts
            m_switchRow->removeWidget(button);
            (oneRow ? m_firstRow : m_switchRow)->addWidget(button);
        }
    }
    // The header's height changed in the middle of the window's own resize (another orientation, language or
    // theme): widgets laid out in the same pass below it kept sizes worked out for the old room (a wrapped
    // notice in a scrolled page stayed cut to two lines at 968x42). Every widget of the window is asked for
    // its size again on the next turn; this happens only when the rows or the title change.
    QTimer::singleShot(0, this, [this] {
        for (QWidget* child : window()->findChildren<QWidget*>())
            child->updateGeometry();
    });
}

void HeaderBar::retranslate()
{
    m_title->setText(tr("E-card services"));
    // The language button names the other language in that language, so a reader of it can find it.
    m_language->setText(tr("English", "the language to switch to"));
    m_elder->setText(m_elderOn ? tr("Standard view") : tr("Large text (elder view)"));
    m_readAloud->setText(tr("Read aloud", "read this screen to me"));
    m_home->setText(tr("Home", "back to the list of services"));
    // Minutes and seconds, as a clock shows them, in few words: "剩余 1:25". In the last minute the words
    // change ("仅剩 0:45") and the time stands on amber (tone "warning", the themes), never colour alone.
    const bool lastMinute = m_secondsLeft <= kLastMinuteSeconds;
    const QString minutes = QString::number(m_secondsLeft / 60);
    const QString seconds = QStringLiteral("%1").arg(m_secondsLeft % 60, 2, 10, QChar(u'0'));
    m_timeLeft->setText(lastMinute
                            ? tr("Only %1:%2 left", "the session ends within a minute").arg(minutes, seconds)
                            : tr("%1:%2 left", "time before the session ends").arg(minutes, seconds));
    design::setStyleProperty(m_timeLeft, "tone", lastMinute ? QStringLiteral("warning") : QString());
    placeSwitches(); // other words, other widths
}

} // namespace ssc
