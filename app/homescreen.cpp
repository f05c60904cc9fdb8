#include "homescreen.h"
#include "moduleapi/sharedicons.h"

#include "moduleapi/servicemodule.h"
#include "privacy/masking.h"
#include "session/citizensession.h"

#include <QEvent>
#include <algorithm>

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ssc {
namespace {

// Tool buttons do not wrap text and elide it instead, which cut titles in half ("养老保险…格认证"). The lines
// are broken here as Unicode line breaking does (between Chinese characters, at spaces in English) for the
// width the tile really has.
QString wrapToWidth(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(u'\n');
}

constexpr int tileColumns = 3;
constexpr int tilePadding = 56; // the style sheet's 20 px padding each side, the border, and a margin

} // namespace

HomeScreen::HomeScreen(QWidget* parent)
    : QWidget(parent), m_greeting(new QLabel), m_cardLine(new QLabel), m_tiles(new QGridLayout),
      m_logout(new QPushButton), m_scroll(new QScrollArea)
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
    m_scroll->verticalScrollBar()->setValue(0); // the next person starts at the top
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
    m_logout->setText(m_visitor ? tr("Back to the start") : tr("Log out"));
    // A counter's one exit for the citizen is the panel's "End session" beside this screen.
    m_logout->setHidden(m_atCounter && !m_visitor);
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
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
        m_cardLine->setText(
            tr("Public services need no login. For your own records, show your e-card QR code."));
    } else {
        const QString name = ssc::mask(m_session->person.name, MaskKind::Name);
        m_greeting->setText(m_atCounter ? tr("Serving %1").arg(name) : tr("Hello, %1").arg(name));
        const Card& card = m_session->card;
        m_cardLine->setText(tr("Card issued in %1 · %2 · %3")
                                .arg(card.shownRegionName(),
                                     ssc::mask(card.maskedCardNumber, MaskKind::CardNumber),
                                     CardStatusPolicy::displayName(card.status)));
    }
    int index = 0;
    for (const ServiceModule* service : m_services) {
        auto* tile = new QToolButton;
        tile->setObjectName(QStringLiteral("serviceTile"));
        tile->setProperty("serviceId", service->id);
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setIcon(sharedIcon(service->icon));
        tile->setIconSize({72, 72});
        // A visitor sees what needs a login; a person signed in by face alone what needs more than a face.
        const bool faceOnly =
            !m_visitor && m_session && m_session->method == u"face" && !service->forFaceSession;
        const bool locked = (m_visitor && service->requiresLogin) || faceOnly;
        const QString summary = faceOnly ? tr("Needs your card and PIN or your e-card, not only your face")
                                : locked ? tr("Log in with your e-card to use this")
                                         : service->summary.translated();
        tile->setProperty("tileTitle", service->title.translated());
        tile->setProperty("tileSummary", summary);
        tile->setProperty("locked", locked);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumWidth(120); // the grid's equal columns decide the width, not the words
        connect(tile, &QToolButton::clicked, this, [this, id = service->id] { emit serviceChosen(id); });
        m_tiles->addWidget(tile, index / tileColumns, index % tileColumns);
        ++index;
    }
    wrapTiles();
}

void HomeScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    wrapTiles();
}

void HomeScreen::wrapTiles()
{
    const QList<QToolButton*> tiles = findChildren<QToolButton*>(QStringLiteral("serviceTile"));
    if (tiles.isEmpty())
        return;
    // The width each of the three columns really gets in the scroll area.
    const int spacing = m_tiles->spacing() * (tileColumns - 1);
    const int column = std::max(120, (m_scroll->viewport()->width() - spacing) / tileColumns);
    const int textWidth = column - tilePadding;
    int tallest = 0;
    for (QToolButton* tile : tiles) {
        tile->ensurePolished(); // the theme's font, so the lines are measured as they will be drawn
        const QString text = wrapToWidth(tile->property("tileTitle").toString(), tile->font(), textWidth) +
                             u'\n' +
                             wrapToWidth(tile->property("tileSummary").toString(), tile->font(), textWidth);
        if (tile->text() != text)
            tile->setText(text);
        tallest = std::max(tallest, tile->sizeHint().height()); // every wrapped line shows
    }
    for (QToolButton* tile : tiles) // one height for all, so the grid reads as rows of equals
        tile->setMinimumHeight(tallest);
}

} // namespace ssc
