#include "mycardscreen.h"

#include "accesslogscreen.h"
#include "domain/ecardchannels.h"
#include "elicencepage.h"
#include "logging/logging.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/scrollpage.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "replacecardpage.h"
#include "reportlostpage.h"
#include "session/citizensession.h"
#include "wrappedlabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace ssc {

MyCardScreen::MyCardScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_pages(new QStackedLayout(this)), m_cardsPage(new QWidget),
      m_hideAgain(new QTimer(this)), m_cards(new QVBoxLayout), m_eye(new QPushButton),
      m_accessLogButton(new QPushButton), m_back(new QPushButton), m_title(new QLabel),
      m_person(wrappedLabel({}, "promptDetail")), m_whyBox(new QWidget), m_why(new NoticeBanner),
      m_reasons(new ChoiceButtons(1))
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_pages->addWidget(m_cardsPage);
    m_hideAgain->setSingleShot(true);
    m_hideAgain->setInterval(revealMilliseconds);
    connect(m_hideAgain, &QTimer::timeout, this, [this] { setRevealed(false); });
    m_eye->setObjectName(QStringLiteral("eyeButton"));
    m_accessLogButton->setObjectName(QStringLiteral("accessLogButton"));
    // The person's own access log is theirs to read at a kiosk; at a counter the clerk is not the reader.
    m_accessLogButton->setVisible(m_context.mode == TerminalMode::Kiosk && m_context.platform);
    m_eye->setVisible(m_context.platform != nullptr);             // full numbers come only from the platform
    m_reasons->setVisible(m_context.mode != TerminalMode::Kiosk); // a staff member says why
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_title, 1); // where am I: the title beside Back, as on every service screen
    buttons->addWidget(m_eye);
    // Whose card this is, and beside it the way to who used their data: out of the title's row, so a long
    // title in large type keeps its room.
    auto* personRow = new QHBoxLayout;
    personRow->setSpacing(24);
    personRow->addWidget(m_person, 1);
    personRow->addWidget(m_accessLogButton, 0, Qt::AlignVCenter);
    auto* cardsHolder = new QWidget;
    cardsHolder->setLayout(m_cards);
    m_cards->setSpacing(20);
    m_scroll = new ScrollPage(cardsHolder); // by finger, with page buttons, never a thin bar
    auto* layout = new QVBoxLayout(m_cardsPage);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(buttons);
    layout->addLayout(personRow);
    layout->addWidget(m_whyBox);
    layout->addWidget(m_scroll, 1);
    layout->addStretch(0); // the room below the question while it stands in for the cards
    // At a counter the clerk says why before numbers are shown whole: the platform records it with the
    // reveal. The question stands in for the cards until it is answered, the reasons as choice buttons under
    // the words, one a row (English never widens the screen); the eye button says "Cancel" meanwhile.
    auto* whyLayout = new QVBoxLayout(m_whyBox);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->setSpacing(16);
    whyLayout->addWidget(m_why);
    whyLayout->addWidget(m_reasons);
    m_whyBox->hide();
    connect(m_reasons, &ChoiceButtons::chosen, this, &MyCardScreen::reveal);
    connect(m_eye, &QPushButton::clicked, this, &MyCardScreen::toggleReveal);
    connect(m_accessLogButton, &QPushButton::clicked, this, &MyCardScreen::openAccessLog);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    rebuild();
}

void MyCardScreen::toggleReveal()
{
    if (m_revealed) {
        setRevealed(false);
        return;
    }
    // At a kiosk the person's own numbers, to themselves: no reason asked (a failure's notice is withdrawn
    // by the same button).
    if (m_context.mode == TerminalMode::Kiosk && m_whyBox->isHidden()) {
        reveal({});
        return;
    }
    m_whyFailure = {};
    m_reasons->setChosen({});
    m_whyBox->setHidden(!m_whyBox->isHidden()); // asked, or the question withdrawn (Cancel)
    rebuild();
}

void MyCardScreen::reveal(const QString& reason)
{
    // The terminal holds the numbers masked only. The platform records the reveal (at a counter or on a
    // visit the staff member, this terminal, whose numbers, which fields, why; at a kiosk the person
    // themselves) and only then answers the full values, shown until they hide again (docs/api.md).
    const bool byStaff = m_context.mode != TerminalMode::Kiosk;
    QJsonObject body{
        {QStringLiteral("fields"), QJsonArray{QStringLiteral("name"), QStringLiteral("ssn"),
                                              QStringLiteral("cardNumber"), QStringLiteral("bankAccount")}}};
    if (byStaff)
        body.insert(QStringLiteral("reason"), reason);
    m_context.platform->post(
        byStaff ? QStringLiteral("/api/v1/staff/reveal") : QStringLiteral("/api/v1/me/reveal"), body,
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                qCWarning(lcApp) << "reveal not audited, stays masked:" << result.errorCode;
                m_whyBox->show(); // the reason the numbers stay hidden, where the cards were
                m_whyFailure = [result] { return result.messageAndAdvice(); };
                m_reasons->setChosen({}); // another try, with the same reason or another
                rebuild();
                return;
            }
            m_whyBox->hide();
            m_full = result.body;
            setRevealed(true);
        },
        {}, this);
}

void MyCardScreen::setRevealed(bool revealed)
{
    m_revealed = revealed;
    if (revealed)
        m_hideAgain->start();
    else {
        m_hideAgain->stop();
        m_full = {};
    }
    rebuild();
}

QString MyCardScreen::shown(const QString& value, MaskKind kind, const QString& field,
                            const QString& card) const
{
    if (!m_revealed || m_full.isEmpty()) // the session holds masked values only
        return ssc::mask(value, kind);
    if (card.isEmpty())
        return m_full.value(QStringLiteral("person"))
            .toObject()
            .value(field)
            .toString(ssc::mask(value, kind));
    for (const QJsonValue& c : m_full.value(QStringLiteral("cards")).toArray())
        if (c.toObject().value(QStringLiteral("cardIdentifier")).toString() == card)
            return c.toObject().value(field).toString(ssc::mask(value, kind));
    return ssc::mask(value, kind);
}

void MyCardScreen::openAccessLog()
{
    if (m_accessLog)
        return;
    ModuleContext context = m_context;
    context.back = [this] { QTimer::singleShot(0, this, &MyCardScreen::closeAccessLog); };
    auto* accessLog = new AccessLogScreen(context);
    m_accessLog = accessLog;
    // An entry that was not the person: straight to reporting the card they signed in with.
    connect(accessLog, &AccessLogScreen::reportLostRequested, this, [this] {
        QTimer::singleShot(0, this, [this] {
            closeAccessLog();
            if (m_context.session)
                openReportLost(m_context.session->card.cardIdentifier);
        });
    });
    m_pages->addWidget(m_accessLog);
    m_pages->setCurrentWidget(m_accessLog);
}

void MyCardScreen::closeAccessLog()
{
    m_pages->setCurrentWidget(m_cardsPage);
    delete m_accessLog;
    m_accessLog = nullptr;
}

bool MyCardScreen::offersELicence(const Card& card) const
{
    // The licence stands for the card the person proved themselves with: the card and its PIN, or its e-card
    // code; at a kiosk (at a counter the citizen shows their phone instead), while the card is in use.
    return m_context.mode == TerminalMode::Kiosk && m_context.platform && m_context.session &&
           (m_context.session->method == u"card" || m_context.session->method == u"ecard") &&
           card.cardIdentifier == m_context.session->card.cardIdentifier && card.status == CardStatus::Normal;
}

void MyCardScreen::openELicence()
{
    if (m_eLicence || !m_context.platform)
        return;
    m_eLicence = new ELicencePage(m_context);
    connect(m_eLicence, &ELicencePage::backRequested, this,
            [this] { QTimer::singleShot(0, this, &MyCardScreen::closeELicence); });
    m_pages->addWidget(m_eLicence);
    m_pages->setCurrentWidget(m_eLicence);
    m_eLicence->open();
}

void MyCardScreen::closeELicence()
{
    m_pages->setCurrentWidget(m_cardsPage);
    delete m_eLicence;
    m_eLicence = nullptr;
}

void MyCardScreen::openReportLost(const QString& cardIdentifier)
{
    if (m_reportLost || !m_context.session)
        return;
    for (const Card& card : m_context.session->person.cards) {
        if (card.cardIdentifier != cardIdentifier)
            continue;
        m_reportLost = new ReportLostPage(m_context, shownCard(card));
        connect(m_reportLost, &ReportLostPage::reported, this, [this](const QString& identifier) {
            m_statusNow.insert(identifier, CardStatus::Lost);
            rebuild();
        });
        const auto close = [this] { QTimer::singleShot(0, this, &MyCardScreen::closeReportLost); };
        connect(m_reportLost, &ReportLostPage::backRequested, this, close);
        connect(m_reportLost, &ReportLostPage::replaceRequested, this, [this](const QString& identifier) {
            QTimer::singleShot(0, this, [this, identifier] {
                closeReportLost();
                openReplaceCard(identifier);
            });
        });
        connect(m_reportLost, &ReportLostPage::homeRequested, this, [this] {
            if (m_context.back)
                m_context.back();
        });
        m_pages->addWidget(m_reportLost);
        m_pages->setCurrentWidget(m_reportLost);
        return;
    }
}

void MyCardScreen::openReplaceCard(const QString& cardIdentifier)
{
    if (m_replaceCard || !m_context.session)
        return;
    for (const Card& card : m_context.session->person.cards) {
        if (card.cardIdentifier != cardIdentifier)
            continue;
        m_replaceCard = new ReplaceCardPage(m_context, shownCard(card));
        connect(m_replaceCard, &ReplaceCardPage::backRequested, this,
                [this] { QTimer::singleShot(0, this, &MyCardScreen::closeReplaceCard); });
        connect(m_replaceCard, &ReplaceCardPage::homeRequested, this, [this] {
            if (m_context.back)
                m_context.back();
        });
        connect(m_replaceCard, &ReplaceCardPage::reportLostRequested, this, [this, cardIdentifier] {
            QTimer::singleShot(0, this, [this, cardIdentifier] {
                closeReplaceCard();
                openReportLost(cardIdentifier);
            });
        });
        m_pages->addWidget(m_replaceCard);
        m_pages->setCurrentWidget(m_replaceCard);
        return;
    }
}

void MyCardScreen::closeReplaceCard()
{
    m_pages->setCurrentWidget(m_cardsPage);
    delete m_replaceCard;
    m_replaceCard = nullptr;
}

void MyCardScreen::closeReportLost()
{
    m_pages->setCurrentWidget(m_cardsPage);
    delete m_reportLost;
    m_reportLost = nullptr;
}

Card MyCardScreen::shownCard(const Card& card) const
{
    Card shown = card;
    shown.status = m_statusNow.value(card.cardIdentifier, card.status);
    return shown;
}

void MyCardScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void MyCardScreen::rebuild()
{
    m_scroll->setHidden(!m_whyBox->isHidden());
    m_eye->setText(!m_whyBox->isHidden() ? tr("Cancel")
                   : m_revealed          ? tr("Hide numbers")
                                         : tr("Show numbers"));
    m_accessLogButton->setText(tr("Who used my data"));
    if (m_whyFailure)
        m_why->setNotice(design::Tone::Error, tr("The numbers stay hidden"), m_whyFailure());
    else
        m_why->setNotice(design::Tone::Info, tr("Why are the numbers shown in full?"),
                         tr("Your reason is recorded with your name, and the citizen can see it in their "
                            "record of who used their data."));
    const auto reasonText = [](const QString& reason) {
        return reason == u"check_document"   ? tr("Compare with a document")
               : reason == u"correct_record" ? tr("Correct a record")
                                             : tr("The citizen asked");
    };
    if (m_reasons->keys().isEmpty())
        m_reasons->setChoices({{QStringLiteral("citizen_asked"), {}},
                               {QStringLiteral("check_document"), {}},
                               {QStringLiteral("correct_record"), {}}});
    m_reasons->relabel(reasonText);
    m_back->setText(tr("Back"));
    // A clerk or a visiting officer reads the screen about the person served, not as their own card.
    m_title->setText(
        m_context.mode != TerminalMode::Kiosk && m_context.session
            ? tr("Social security cards of %1")
                  .arg(design::unbroken(ssc::mask(m_context.session->person.name, MaskKind::Name)))
            : tr("My social security card"));
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_person->clear();
    if (!m_context.session)
        return;
    const Person& person = m_context.session->person;
    m_person->setText(tr("%1 · social security number %2")
                          .arg(shown(person.name, MaskKind::Name, QStringLiteral("name")),
                               shown(person.maskedSsn, MaskKind::IdNumber, QStringLiteral("ssn"))));
    if (m_revealed) // a revealed screen says so, and when it hides again
        m_cards->addWidget(
            wrappedLabel(tr("Numbers are shown in full. They are hidden again after one minute."), "advice"));
    // A loss is reported where someone can act on it at once: a kiosk, or a counter (docs/card-services.md).
    const bool lossReports = m_context.platform && (m_context.mode == TerminalMode::Kiosk ||
                                                    m_context.mode == TerminalMode::Counter);
    for (const Card& held : person.cards) {
        const Card card = shownCard(held);
        auto* box = new QWidget;
        box->setObjectName(QStringLiteral("card"));
        box->setAttribute(Qt::WA_StyledBackground);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(32, 24, 32, 24);
        grid->setHorizontalSpacing(32);
        grid->setVerticalSpacing(12);
        auto* title =
            wrappedLabel(tr("Social security card · %1").arg(card.shownRegionName()), "sectionTitle");
        grid->addWidget(title, 0, 0, 1, 2);
        auto* status = wrappedLabel(CardStatusPolicy::displayName(card.status),
                                    card.givesUsableECard() ? "statusGood" : "statusBad");
        grid->addWidget(status, 0, 2, Qt::AlignRight);
        QList<std::pair<QString, QString>> rows{
            {tr("Card number"), shown(card.maskedCardNumber, MaskKind::CardNumber,
                                      QStringLiteral("cardNumber"), card.cardIdentifier)},
            {tr("Issued in"), card.shownRegionName()},
            {tr("Valid"),
             tr("%1 to %2").arg(card.issued.toString(Qt::ISODate), card.expires.toString(Qt::ISODate))},
            {tr("Bank account"), shown(card.maskedBankAccount, MaskKind::BankAccount,
                                       QStringLiteral("bankAccount"), card.cardIdentifier)},
            // The meaning speaks to the card holder ("您的实体社保卡…"): a clerk reads the status's name.
            {tr("Status"), m_context.mode == TerminalMode::Kiosk
                               ? CardStatusPolicy::meaning(card.status)
                               : CardStatusPolicy::displayName(card.status)},
        };
        QStringList claims;
        for (const ECardClaim& claim : card.eCardClaims)
            claims << tr("%1, %2").arg(shownECardChannel(claim.channel),
                                       claim.claimedOn.toString(Qt::ISODate));
        rows << std::pair{tr("E-card claimed"), claims.isEmpty() ? tr("not yet") : claims.join(u'\n')};
        int row = 1;
        for (const auto& [name, value] : rows) {
            grid->addWidget(wrappedLabel(name, "fieldName"), row, 0);
            grid->addWidget(wrappedLabel(value), row, 1, 1, 2);
            ++row;
        }
        if (!card.givesUsableECard())
            grid->addWidget(wrappedLabel(CardStatusPolicy::advice(card.status), "advice"), row++, 0, 1, 3);
        QList<QPushButton*> buttons;
        if (offersELicence(card)) {
            auto* show = new QPushButton(tr("Show my e-licence"));
            show->setObjectName(QStringLiteral("eLicenceButton"));
            connect(show, &QPushButton::clicked, this, &MyCardScreen::openELicence);
            buttons << show;
        }
        const QString identifier = card.cardIdentifier;
        if (lossReports && card.status == CardStatus::Normal) {
            auto* report = new QPushButton(tr("Report lost"));
            report->setObjectName(QStringLiteral("reportLostButton"));
            connect(report, &QPushButton::clicked, this, [this, identifier] { openReportLost(identifier); });
            buttons << report;
        }
        // Replacing (补换卡) where a loss is reported: a card in use, or one reported lost.
        if (lossReports && (card.status == CardStatus::Normal || card.status == CardStatus::Lost)) {
            auto* replace = new QPushButton(tr("Apply for a new card"));
            replace->setObjectName(QStringLiteral("replaceCardButton"));
            connect(replace, &QPushButton::clicked, this,
                    [this, identifier] { openReplaceCard(identifier); });
            buttons << replace;
        }
        // One above the other, each as wide as its words: side by side they do not fit large English type
        // beside a counter's citizen panel or on a portrait kiosk.
        auto* actions = new QGridLayout;
        actions->setSpacing(16);
        for (int i = 0; i < buttons.size(); ++i)
            actions->addWidget(buttons[i], i, 0);
        actions->setColumnStretch(1, 1);
        grid->addLayout(actions, row, 0, 1, 3);
        m_cards->addWidget(box);
    }
    m_cards->addStretch(1);
}

} // namespace ssc
