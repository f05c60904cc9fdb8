#include "homescreen.h"
#include "moduleapi/sharedicons.h"
#include "servicetile.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/scrollpage.h"
#include "moduleapi/servicemodule.h"
#include "moduleapi/tonedwidgets.h"
#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ssc {
namespace {

// A service that cannot be used yet: its own icon faded, so the tile does not look like one that opens at a
// touch, with a badge on its corner that says why (its summary says it in words): a padlock where a login (or
// more than a face) opens it, the warning sign where it is closed here for now, which no login opens.
QIcon lockedIcon(const QIcon& icon, int size, const QString& badgeIcon)
{
    QPixmap drawn(size, size);
    drawn.fill(Qt::transparent);
    QPainter painter(&drawn);
    painter.setOpacity(0.45);
    icon.paint(&painter, QRect(0, 0, size, size));
    painter.setOpacity(1.0);
    const int badge = size / 2;
    sharedIcon(badgeIcon).paint(&painter, QRect(size - badge, size - badge, badge, badge));
    return QIcon(drawn);
}

constexpr int tileColumns = 3; // at most; two where a word would not fit a third of the width
constexpr int tileIconSize = 72;
constexpr int tilePadding = 56; // the style sheet's 20 px padding each side, the border, and a margin

} // namespace

HomeScreen::HomeScreen(QWidget* parent)
    : QWidget(parent), m_greeting(new QLabel), m_cardLine(new QLabel), m_tiles(new QGridLayout),
      m_logout(new QPushButton)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_greeting->setObjectName(QStringLiteral("promptTitle"));
    m_cardLine->setObjectName(QStringLiteral("promptDetail"));
    for (QLabel* label : {m_greeting, m_cardLine})
        label->setWordWrap(true); // long English lines wrap instead of pushing the log-out button off
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
    for (int c = 0; c < tileColumns; ++c)
        m_tiles->setColumnStretch(c, 1); // equal columns across the whole width
    tilesColumn->addLayout(m_tiles);
    tilesColumn->addStretch(1);
    // By finger or with the large page buttons beside the tiles, never a thin desktop scroll bar.
    m_page = new ScrollPage(tilesHolder);
    // The columns follow the viewport's width, which changes without the screen's own size changing (laid out
    // for the first time when the screen is first shown, or when the page buttons come and go).
    m_page->area()->viewport()->installEventFilter(this);
    layout->addWidget(m_page, 1);
    connect(m_logout, &QPushButton::clicked, this, &HomeScreen::logoutRequested);
    retranslate();
}

void HomeScreen::showSession(const CitizenSession& session, const std::vector<const ServiceModule*>& services)
{
    m_session = &session;
    m_services = services;
    retranslate();
}

void HomeScreen::showVisitor(const std::vector<const ServiceModule*>& services, bool homeVisit)
{
    m_session = nullptr;
    m_visitor = true;
    m_homeVisit = homeVisit;
    // What a visitor can use now comes first; what needs a login follows, in the registry's order.
    m_services = services;
    std::stable_partition(m_services.begin(), m_services.end(),
                          [](const ServiceModule* service) { return !service->requiresLogin; });
    retranslate();
}

void HomeScreen::clear()
{
    m_session = nullptr;
    m_visitor = false;
    m_homeVisit = false;
    m_services.clear();
    retranslate();
    m_page->area()->verticalScrollBar()->setValue(0); // the next person starts at the top
}

void HomeScreen::setAtCounter(bool atCounter)
{
    m_atCounter = atCounter;
    retranslate();
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
    // A visitor leaves for the start screen, where logging in starts: the way on for one who wants their own
    // services, so the page's one primary action; not called "Home", which on every service page means this
    // screen.
    m_logout->setText(m_homeVisit ? tr("Back to the start")
                      : m_visitor ? tr("Log in for my own services")
                                  : tr("Log out"));
    const bool primary = m_visitor && !m_homeVisit;
    design::setStyleProperty(m_logout, "primary", primary);
    // A counter's one exit for the citizen is the panel's "End session" beside this screen.
    m_logout->setHidden(m_atCounter && !m_visitor);
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_loginHeading = nullptr;
    if (!m_session && !m_visitor) {
        m_greeting->clear();
        m_cardLine->clear();
        return;
    }
    if (m_homeVisit) {
        m_greeting->setText(tr("Home visit services"));
        m_cardLine->setText(tr("Certify a person at home, or send what this laptop keeps. Public services "
                               "need no login."));
    } else if (m_visitor) {
        m_greeting->setText(tr("Visitor mode"));
        m_cardLine->setText(design::hyphenatedWordsWhole(
            tr("Public services need no login. For your own records, show your e-card QR code.")));
    } else {
        const QString name = ssc::mask(m_session->person.name, MaskKind::Name);
        // The clerk is asked what to do for the applicant; who they are and their card stand in the panel
        // beside, so they are not said a second and a third time here.
        m_greeting->setText(m_atCounter ? tr("Which service for %1?").arg(name) : tr("Hello, %1").arg(name));
        const Card& card = m_session->card;
        m_cardLine->setText(m_atCounter ? QString()
                                        : tr("Card issued in %1 · %2 · %3")
                                              .arg(card.shownRegionName(),
                                                   ssc::mask(card.maskedCardNumber, MaskKind::CardNumber),
                                                   CardStatusPolicy::displayName(card.status)));
    }
    m_cardLine->setVisible(!m_cardLine->text().isEmpty());
    int index = 0;
    for (const ServiceModule* service : m_services) {
        // A visitor sees what needs a login; a person signed in by face alone what needs more than a face.
        const bool faceOnly =
            !m_visitor && m_session && m_session->method == u"face" && !service->forFaceSession;
        const bool closed = m_closed.contains(service->id);
        const bool needsLogin = m_visitor && service->requiresLogin;
        const bool locked = needsLogin || faceOnly || closed;
        if (needsLogin && !m_loginHeading) {
            // The services a visitor can use come first; the heading says once what the rest need, and their
            // tiles say what they are for.
            m_loginHeading = new QLabel(tr("After logging in with your e-card QR code"));
            m_loginHeading->setObjectName(QStringLiteral("sectionTitle"));
            m_loginHeading->setWordWrap(true);
        }
        const QString summary = closed     ? tr("Not available here at the moment: tap to see where else")
                                : faceOnly ? tr("Needs your card and PIN or your e-card, not only your face")
                                : m_atCounter && !service->counterSummary.isEmpty()
                                    ? service->counterSummary.translated() // the clerk reads it
                                    : service->summary.translated();
        const QString title = m_atCounter && !service->counterTitle.isEmpty()
                                  ? service->counterTitle.translated()
                                  : service->title.translated();
        auto* tile = new ServiceTile(title, summary);
        tile->setProperty("serviceId", service->id);
        tile->setProperty("locked", locked);
        tile->setProperty("needsLogin", needsLogin);
        const QString badge =
            closed ? design::toneIcon(design::Tone::Warning) : QStringLiteral(":/icons/lock.svg");
        tile->setProperty("badge", !locked  ? QString()
                                   : closed ? QStringLiteral("closed")
                                            : QStringLiteral("lock"));
        tile->setIcon(locked ? lockedIcon(sharedIcon(service->icon), tileIconSize, badge)
                             : sharedIcon(service->icon));
        tile->setIconSize({tileIconSize, tileIconSize});
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumWidth(120); // the grid's equal columns decide the width, not the words
        connect(tile, &QToolButton::clicked, this, [this, id = service->id] { emit serviceChosen(id); });
        m_tiles->addWidget(tile, index / tileColumns, index % tileColumns);
        ++index;
    }
    m_placedColumns = 0; // placed for real by wrapTiles, in the columns the width allows
    wrapTiles();
}

void HomeScreen::setClosedServices(const QStringList& ids)
{
    if (ids == m_closed)
        return;
    m_closed = ids;
    if (!m_services.empty())
        retranslate();
}

void HomeScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    wrapTiles();
}

bool HomeScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page->area()->viewport() && event->type() == QEvent::Resize)
        wrapTiles();
    return QWidget::eventFilter(watched, event);
}

void HomeScreen::placeTiles(const QList<ServiceTile*>& tiles, int columns)
{
    if (columns == m_placedColumns)
        return;
    m_placedColumns = columns;
    for (ServiceTile* tile : tiles)
        m_tiles->removeWidget(tile);
    if (m_loginHeading)
        m_tiles->removeWidget(m_loginHeading);
    int row = 0;
    int column = 0;
    bool headingPlaced = false;
    for (ServiceTile* tile : tiles) { // in the order they were made: the services' order
        if (m_loginHeading && !headingPlaced && tile->property("needsLogin").toBool()) {
            headingPlaced = true;
            if (column > 0)
                ++row; // the heading starts a row of its own, across every column
            m_tiles->addWidget(m_loginHeading, row++, 0, 1, columns);
            column = 0;
        }
        m_tiles->addWidget(tile, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < tileColumns; ++c)
        m_tiles->setColumnStretch(c, c < columns ? 1 : 0);
}

void HomeScreen::wrapTiles()
{
    const QList<ServiceTile*> tiles = findChildren<ServiceTile*>(QStringLiteral("serviceTile"));
    if (tiles.isEmpty())
        return;
    // Three columns unless a word would be broken in two in a third of the width (English in the elder
    // theme on a portrait kiosk: "Qualificatio / n"); then two, each wide enough.
    const int viewport = m_page->area()->viewport()->width();
    const auto textWidthFor = [&](int columns) {
        const int spacing = m_tiles->spacing() * (columns - 1);
        return std::max(120, (viewport - spacing) / columns) - tilePadding;
    };
    int widestWord = 0;
    for (const ServiceTile* tile : tiles)
        widestWord = std::max(widestWord, tile->widestWord());
    const int columns = textWidthFor(tileColumns) >= widestWord ? tileColumns : tileColumns - 1;
    placeTiles(tiles, columns);
    const int textWidth = textWidthFor(columns);
    int tallest = 0;
    for (ServiceTile* tile : tiles) {
        tile->wrapTo(textWidth);
        tallest = std::max(tallest, tile->sizeHint().height()); // every wrapped line shows
    }
    for (ServiceTile* tile : tiles) // one height for all, so the grid reads as rows of equals
        tile->setMinimumHeight(tallest);
}

} // namespace ssc
