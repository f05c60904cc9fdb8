#include "faceconsentscreen.h"

#include "moduleapi/noticebanner.h"
#include "moduleapi/scrollpage.h"
#include "outbox/visitchallenges.h"
#include "platform/platformclient.h"

#include <QDateTime>

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace ssc {

FaceConsentScreen::FaceConsentScreen(const ModuleContext& context, CertificationSubject subject,
                                     QWidget* parent)
    : QWidget(parent), m_context(context), m_subject(std::move(subject)), m_notice(m_subject, context.mode),
      m_title(new QLabel(this)), m_askedBy(new QLabel(this)), m_choice(new QLabel),
      m_banner(new NoticeBanner(this)), m_back(new QPushButton(this)), m_withdraw(new QPushButton(this)),
      m_agree(new QPushButton(this)), m_readFirst(new QLabel(this))
{
    setObjectName(QStringLiteral("screen"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_askedBy->setObjectName(QStringLiteral("consentAskedBy"));
    m_askedBy->setWordWrap(true);
    // The four points on a card, each a heading and its words, scrolled by finger where they do not fit.
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(18);
    const int pointCount = int(m_notice.points().size());
    for (int i = 0; i < pointCount; ++i) {
        auto* heading = new QLabel;
        heading->setObjectName(QStringLiteral("consentHeading"));
        heading->setWordWrap(true);
        heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* text = new QLabel;
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(heading, i, 0);
        grid->addWidget(text, i, 1);
        m_points.append(std::pair(heading, text));
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 7);
    m_choice->setObjectName(QStringLiteral("promptDetail"));
    m_choice->setWordWrap(true);
    grid->addWidget(m_choice, pointCount, 0, 1, 2);
    grid->setRowStretch(pointCount + 1, 1); // the words stay together at the top of a tall card
    m_page = new ScrollPage(card, ScrollPage::Buttons::Beside, this);
    // An agreement means the words were there to read: "I agree" waits until the notice has been shown to
    // its end (at once where it fits; after paging down where it does not, as in the elder interface).
    QScrollBar* scrolled = m_page->area()->verticalScrollBar();
    connect(scrolled, &QScrollBar::valueChanged, this, &FaceConsentScreen::noteHowFarRead);
    connect(scrolled, &QScrollBar::rangeChanged, this, &FaceConsentScreen::noteHowFarRead);
    m_readFirst->setObjectName(QStringLiteral("promptDetail"));
    m_readFirst->setWordWrap(true);
    m_readFirst->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_banner->hide();
    m_agree->setProperty("primary", true);
    m_agree->setObjectName(QStringLiteral("consentAgree"));
    m_withdraw->setObjectName(QStringLiteral("consentWithdraw"));
    m_back->setObjectName(QStringLiteral("backButton"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(m_back);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    buttons->addWidget(m_readFirst, 1);
    buttons->addWidget(m_agree);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_askedBy);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &FaceConsentScreen::closed);
    connect(m_agree, &QPushButton::clicked, this, &FaceConsentScreen::agree);
    connect(m_withdraw, &QPushButton::clicked, this, &FaceConsentScreen::withdraw);
    retranslate();
    load();
}

void FaceConsentScreen::noteHowFarRead()
{
    // Only a laid-out page on screen counts: before that its range says nothing about what fits.
    const QScrollBar* scrolled = m_page->area()->verticalScrollBar();
    if (m_readToEnd || !isVisible() || m_page->area()->viewport()->height() <= 0)
        return;
    if (scrolled->value() < scrolled->maximum())
        return;
    m_readToEnd = true;
    retranslate();
}

QString FaceConsentScreen::path() const
{
    return m_subject.statusPath() + QStringLiteral("/face-consent");
}

void FaceConsentScreen::load()
{
    if (m_subject.isLogin()) { // nothing on file to load: the agreement is this login's alone
        m_loaded = true;
        return;
    }
    if (!m_context.platform)
        return;
    m_context.platform->get(
        path(),
        [this](const PlatformResult& result) {
            m_loaded = true;
            const QJsonObject consent = result.body.value(QStringLiteral("consent")).toObject();
            m_onFile =
                result.ok() && consent.value(QStringLiteral("notice")).toString() == m_notice.version();
            if (result.noAnswer())
                m_onFileOffline = agreedBeforeTheVisit();
            m_onFile = m_onFile || m_onFileOffline;
            retranslate();
        },
        this);
}

bool FaceConsentScreen::agreedBeforeTheVisit() const
{
    // A home visit without a network: the visit's challenge, fetched while online, says whether the person
    // had agreed to the current notice; no new agreement can be recorded from here.
    if (!m_context.visitChallenges || m_subject.kind != CertificationSubject::Kind::ByStaff)
        return false;
    const auto kept = m_context.visitChallenges->forPerson(m_subject.id, QDateTime::currentMSecsSinceEpoch());
    return kept && kept->value(QStringLiteral("faceConsent")).toBool();
}

void FaceConsentScreen::agree()
{
    if (m_onFileOffline) // their agreement is on the platform already; the attempt is checked against it
        return emit agreed();
    if (m_subject.isLogin()) // recorded with the login's challenge, which asks for it (faceloginapi.cpp)
        return emit agreed();
    m_refusal.reset();
    m_withdrawn = false;
    m_pinFailed = false;
    if (m_notice.needsTheirOwnCode()) {
        m_waitingForCode = true; // the shell hands this screen the next code scanned or card proved
        return retranslate();
    }
    send({});
}

void FaceConsentScreen::confirmWithCode(const QString& code)
{
    if (m_waitingForCode)
        send({{QStringLiteral("code"), code}});
}

void FaceConsentScreen::confirmWithCard(const QJsonObject& cardProof)
{
    if (m_waitingForCode)
        send(cardProof);
}

void FaceConsentScreen::confirmationFailed()
{
    m_pinFailed = true;
    retranslate();
}

void FaceConsentScreen::send(QJsonObject body)
{
    if (!m_context.platform)
        return;
    if (m_sending) { // a second code scanned while the first is on its way: sent when that one is answered
        m_queued = body;
        return;
    }
    m_sending = true;
    body.insert(QStringLiteral("notice"), m_notice.version());
    m_context.platform->post(
        path(), body,
        [this](const PlatformResult& result) {
            m_sending = false;
            m_pinFailed = false;
            if (!result.ok()) {
                m_refusal = result; // said; a code that was not theirs leaves the screen waiting for theirs
                retranslate();
                if (auto queued = std::exchange(m_queued, std::nullopt))
                    send(*queued);
                return;
            }
            m_queued.reset();
            m_waitingForCode = false;
            m_onFile = true;
            retranslate();
            emit agreed();
        },
        {}, this);
}

void FaceConsentScreen::withdraw()
{
    if (!m_context.platform)
        return;
    m_context.platform->post(
        path() + QStringLiteral("/withdraw"), {},
        [this](const PlatformResult& result) {
            m_refusal = result.ok() ? std::nullopt : std::optional<PlatformResult>(result);
            if (result.ok()) {
                m_onFile = false;
                m_withdrawn = true;
                m_waitingForCode = false;
            }
            retranslate();
        },
        {}, this);
}

QString FaceConsentScreen::statusText() const
{
    return m_banner->isHidden() ? QString() : m_banner->headline() + QLatin1Char(' ') + m_banner->detail();
}

void FaceConsentScreen::retranslate()
{
    m_title->setText(m_notice.title());
    m_askedBy->setText(m_notice.askedBy());
    m_askedBy->setVisible(!m_notice.askedBy().isEmpty());
    const QList<FaceConsentNotice::Point> points = m_notice.points();
    for (qsizetype i = 0; i < m_points.size() && i < points.size(); ++i) {
        m_points[i].first->setText(points[i].heading);
        m_points[i].second->setText(points[i].text);
    }
    m_choice->setText(m_notice.choice());
    // Leaving before agreeing is the refusal, and says so: both answers stand side by side, "I do not agree"
    // as plain as "I agree" (nothing is recorded, the notice's last point says where else to certify).
    m_back->setText(!m_onFile && !m_waitingForCode ? tr("I do not agree") : tr("Back"));
    m_agree->setText(tr("I agree"));
    m_withdraw->setText(tr("Withdraw my agreement"));
    m_withdraw->setVisible(m_onFile && !m_waitingForCode);
    m_agree->setVisible(!m_waitingForCode);
    // Agreed before: the person may go on without reading again (the banner says they agreed).
    const bool mayAgree = m_readToEnd || m_onFile;
    m_agree->setEnabled(mayAgree);
    m_readFirst->setText(tr("Read to the end to agree (page down with ▼)"));
    m_readFirst->setVisible(!mayAgree && !m_waitingForCode);
    m_banner->setVisible(true);
    if (m_refusal)
        m_banner->setNotice(design::Tone::Error, tr("The agreement was not recorded"),
                            m_refusal->messageAndAdvice());
    else if (m_pinFailed)
        m_banner->setNotice(design::Tone::Warning, tr("The card's PIN was not confirmed"),
                            tr("Show the e-card code instead, or try the card again."));
    else if (m_waitingForCode)
        m_banner->setNotice(design::Tone::Info, tr("Waiting for the agreement"), m_notice.ownCodePrompt());
    else if (m_withdrawn)
        m_banner->setNotice(design::Tone::Success, tr("The agreement is withdrawn"),
                            tr("Nothing more will be recorded until you agree again."));
    else if (m_onFile)
        m_banner->setNotice(design::Tone::Info, tr("You agreed to this notice before"),
                            tr("Tap \"I agree\" to go on, or withdraw your agreement."));
    else
        m_banner->setVisible(false);
}

void FaceConsentScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FaceConsentScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &FaceConsentScreen::noteHowFarRead); // once the page is laid out
    // In the elder interface the notice is read aloud as it opens (the shell says it only there).
    if (m_context.readAloud)
        m_context.readAloud(this);
}

} // namespace ssc
