#include "homescreen.h"

#include "moduleapi/servicemodule.h"
#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ssc {
namespace {

// Tool buttons do not wrap text and elide it instead, which cuts English summaries in half on a three-tile
// row. Break text with spaces into lines that fit; Chinese (no spaces) is short enough and stays as it is.
QString wrapToWidth(const QString& text, const QFontMetrics& metrics, int width)
{
    QString wrapped;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            wrapped += line + u'\n';
            line = word;
        } else {
            line = candidate;
        }
    }
    return wrapped + line;
}

constexpr int tileTextWidth = 300; // tiles are at least 280 px wide plus padding; three fit a 1280 px kiosk

} // namespace

HomeScreen::HomeScreen(QWidget* parent)
    : QWidget(parent), m_greeting(new QLabel), m_cardLine(new QLabel), m_tiles(new QGridLayout),
      m_logout(new QPushButton), m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_greeting->setObjectName(QStringLiteral("promptTitle"));
    m_cardLine->setObjectName(QStringLiteral("promptDetail"));
    m_logout->setObjectName(QStringLiteral("logoutButton"));

    auto* top = new QHBoxLayout;
    auto* who = new QVBoxLayout;
    who->addWidget(m_greeting);
    who->addWidget(m_cardLine);
    top->addLayout(who, 1);
    top->addWidget(m_logout, 0, Qt::AlignTop);
    m_tiles->setSpacing(24);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(top);
    // The tiles scroll when there are more than a kiosk screen holds: the window never grows past the screen.
    auto* tilesHolder = new QWidget;
    tilesHolder->setObjectName(QStringLiteral("tilesHolder"));
    auto* tilesColumn = new QVBoxLayout(tilesHolder);
    tilesColumn->setContentsMargins(0, 0, 0, 0);
    auto* tilesRow = new QHBoxLayout;
    tilesRow->addLayout(m_tiles);
    tilesRow->addStretch(1);
    tilesColumn->addLayout(tilesRow);
    tilesColumn->addStretch(1);
    m_scroll->setWidget(tilesHolder);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    connect(m_logout, &QPushButton::clicked, this, &HomeScreen::logoutRequested);
    retranslate();
}

void HomeScreen::showSession(const CitizenSession& session, const std::vector<const ServiceModule*>& services)
{
    m_session = &session;
    m_services = services;
    retranslate();
}

void HomeScreen::showVisitor(const std::vector<const ServiceModule*>& services)
{
    m_session = nullptr;
    m_visitor = true;
    m_services = services;
    retranslate();
}

void HomeScreen::clear()
{
    m_session = nullptr;
    m_visitor = false;
    m_services.clear();
    retranslate();
    m_scroll->verticalScrollBar()->setValue(0); // the next person starts at the top
}

QString HomeScreen::greeting() const
{
    return m_greeting->text();
}

void HomeScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomeScreen::retranslate()
{
    m_logout->setText(m_visitor ? tr("Back to the start") : tr("Log out"));
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_session && !m_visitor) {
        m_greeting->clear();
        m_cardLine->clear();
        return;
    }
    if (m_visitor) {
        m_greeting->setText(tr("Visitor mode"));
        m_cardLine->setText(
            tr("Public services need no login. For your own records, show your e-card QR code."));
    } else {
        m_greeting->setText(tr("Hello, %1").arg(ssc::mask(m_session->person.name, MaskKind::Name)));
        const Card& card = m_session->card;
        m_cardLine->setText(tr("Card issued in %1 · %2 · %3")
                                .arg(card.regionName, ssc::mask(card.cardNumber, MaskKind::CardNumber),
                                     CardStatusPolicy::displayName(card.status)));
    }
    int index = 0;
    int tallest = 200;
    QList<QToolButton*> tiles;
    for (const ServiceModule* service : m_services) {
        auto* tile = new QToolButton;
        tile->setObjectName(QStringLiteral("serviceTile"));
        tile->setProperty("serviceId", service->id);
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setIcon(QIcon(service->icon));
        tile->setIconSize({72, 72});
        const bool locked = m_visitor && service->requiresLogin;
        tile->ensurePolished(); // the theme's font, so the lines are measured as they will be drawn
        const QString summary =
            locked ? tr("Log in with your e-card to use this") : service->summary.translated();
        tile->setText(wrapToWidth(service->title.translated(), tile->fontMetrics(), tileTextWidth) + u'\n' +
                      wrapToWidth(summary, tile->fontMetrics(), tileTextWidth));
        tile->setProperty("locked", locked);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tallest = std::max(tallest, tile->sizeHint().height()); // every wrapped line shows
        tiles.append(tile);
        connect(tile, &QToolButton::clicked, this, [this, id = service->id] { emit serviceChosen(id); });
        m_tiles->addWidget(tile, index / 3, index % 3);
        ++index;
    }
    for (QToolButton* tile : tiles) // one height for all, so the grid reads as one row of equals
        tile->setMinimumSize(280, tallest);
}

} // namespace ssc
