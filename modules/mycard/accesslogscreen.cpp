#include "accesslogscreen.h"
#include "accesslogruns.h"

#include "i18n/translator.h"
#include "moduleapi/noticebanner.h"
#include "platform/platformclient.h"
#include "session/citizensession.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

QString actorText(const QJsonObject& entry)
{
    const QString by = entry.value(QStringLiteral("by")).toString();
    if (by == u"self")
        return AccessLogScreen::tr("You");
    if (by == u"family") // the family member who serves them through 亲情服务, masked by the platform
        return AccessLogScreen::tr("Your family member %1")
            .arg(entry.value(QStringLiteral("family")).toObject().value(QStringLiteral("name")).toString());
    if (by != u"staff")
        return AccessLogScreen::tr("The terminal itself");
    const QJsonObject staff = entry.value(QStringLiteral("staff")).toObject();
    const QString name = staff.value(QStringLiteral("name")).toString(); // masked by the platform
    const QString role = staff.value(QStringLiteral("role")).toString();
    if (role == u"reviewer")
        return AccessLogScreen::tr("Reviewing officer %1").arg(name);
    if (role == u"visitor")
        return AccessLogScreen::tr("Visiting staff member %1").arg(name);
    return AccessLogScreen::tr("Counter clerk %1").arg(name);
}

QString placeText(const QJsonObject& terminal)
{
    const QString mode = terminal.value(QStringLiteral("mode")).toString();
    const QString place = mode == u"kiosk"   ? AccessLogScreen::tr("At a self-service kiosk")
                          : mode == u"field" ? AccessLogScreen::tr("On a home visit")
                                             : AccessLogScreen::tr("At a service counter");
    const QString name = dataInCurrentLanguage(terminal.value(QStringLiteral("name")));
    return name.isEmpty() ? place : AccessLogScreen::tr("%1 (%2)").arg(place, name);
}

QString methodText(const QString& method)
{
    if (method == u"card")
        return AccessLogScreen::tr("With your social security card and PIN");
    if (method == u"login-code")
        return AccessLogScreen::tr("By scanning the login code with your phone");
    if (method == u"face") // a kiosk's face login instead of a forgotten PIN
        return AccessLogScreen::tr("By your face, instead of the PIN");
    return AccessLogScreen::tr("With your e-card");
}

QString fieldName(const QString& field)
{
    if (field == u"name")
        return AccessLogScreen::tr("name");
    if (field == u"ssn")
        return AccessLogScreen::tr("social security number");
    if (field == u"phone")
        return AccessLogScreen::tr("phone number");
    if (field == u"cardNumber")
        return AccessLogScreen::tr("card number");
    return AccessLogScreen::tr("bank account");
}

QString reasonText(const QString& reason)
{
    if (reason == u"check_document")
        return AccessLogScreen::tr("to compare them with a document you brought");
    if (reason == u"correct_record")
        return AccessLogScreen::tr("to correct a record");
    return AccessLogScreen::tr("you asked to see them");
}

} // namespace

AccessLogScreen::AccessLogScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_notice(new NoticeBanner(this)), m_more(nullptr)
{
    m_frame.body->insertWidget(m_frame.body->indexOf(m_frame.status) + 1, m_notice);
    m_notice->hide();
    m_frame.readNoteAfterResults(); // a list to read: "no printer here" after it, not fixed below
    m_noticeAction = m_notice->addAction(QStringLiteral("noticeAction"));
    connect(m_noticeAction, &QPushButton::clicked, this, [this] {
        if (m_problem)
            load(m_page + 1); // try the page that failed again
        else if (m_context.back)
            m_context.back();
    });
    load(1);
}

void AccessLogScreen::load(int page)
{
    if (!m_context.platform || m_loading)
        return;
    m_loading = true;
    if (page == 1)
        m_loaded = false;
    m_problem = {};
    retranslate();
    m_context.platform->get(
        QStringLiteral("/api/v1/me/access-log?page=%1&pageSize=%2").arg(page).arg(pageSize),
        [this, page](const PlatformResult& result) {
            m_loading = false;
            m_loaded = true;
            if (!result.ok()) {
                m_problem = [result] { return result.messageAndAdvice(); };
                retranslate();
                return;
            }
            if (page == 1)
                m_entries = {};
            for (const QJsonValue& e : result.body.value(QStringLiteral("entries")).toArray())
                m_entries.append(e);
            m_total = result.body.value(QStringLiteral("total")).toInt();
            m_byStaff = result.body.value(QStringLiteral("byStaff")).toInt();
            m_page = page;
            retranslate();
        },
        this);
}

QString AccessLogScreen::entryText(const AccessLogRun& run) const
{
    const QJsonObject& entry = run.newest;
    const QDateTime newest = QDateTime::fromMSecsSinceEpoch(entry.value(QStringLiteral("at")).toInteger());
    const QDateTime earliest = QDateTime::fromMSecsSinceEpoch(run.earliestAt);
    const QString dayAndTime = QStringLiteral("yyyy-MM-dd HH:mm");
    // A run within one day says its day once: "2026-12-06 07:26 to 07:27"; within one minute, that minute
    // once (not "07:26 to 07:26").
    const bool oneMinute = earliest.toString(dayAndTime) == newest.toString(dayAndTime);
    const QString when =
        run.count == 1 ? newest.toString(dayAndTime)
        : oneMinute    ? tr("%n time(s), all at %1", "", run.count).arg(newest.toString(dayAndTime))
                       : tr("%n time(s), %1 to %2", "", run.count)
                          .arg(earliest.toString(dayAndTime),
                               newest.toString(earliest.date() == newest.date() ? QStringLiteral("HH:mm")
                                                                                : dayAndTime));
    QStringList lines{QStringLiteral("<b>%1</b>")
                          .arg(dataInCurrentLanguage(entry.value(QStringLiteral("service"))).toHtmlEscaped()),
                      tr("%1 · %2").arg(when, actorText(entry)).toHtmlEscaped(),
                      placeText(entry.value(QStringLiteral("terminal")).toObject()).toHtmlEscaped()};
    const QString action = entry.value(QStringLiteral("action")).toString();
    if (action == u"citizen_login")
        lines << methodText(entry.value(QStringLiteral("method")).toString()).toHtmlEscaped();
    if (action == u"numbers_revealed") {
        QStringList fields;
        for (const QJsonValue& f : entry.value(QStringLiteral("fields")).toArray())
            fields << fieldName(f.toString());
        lines << tr("Shown in full: %1").arg(fields.join(tr(", "))).toHtmlEscaped()
              << tr("Why: %1")
                     .arg(reasonText(entry.value(QStringLiteral("reason")).toString()))
                     .toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

QString AccessLogScreen::statusText() const
{
    return m_frame.status->text();
}

QString AccessLogScreen::resultsText() const
{
    return allLabelText(this);
}

void AccessLogScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccessLogScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Who used my data"));
    m_frame.clearResults();
    m_cardCount = 0;
    m_more = nullptr;
    m_notMe = nullptr;
    m_frame.status->show();
    m_notice->hide();
    m_frame.resultsArea->setVisible(!m_entries.isEmpty());
    if (!m_loaded) {
        m_frame.status->setText(tr("Looking up who used your personal data…"));
        return;
    }
    if (m_problem) {
        m_frame.status->hide();
        m_notice->setNotice(design::Tone::Error, tr("The list could not be shown"), m_problem());
        m_noticeAction->setText(tr("Try again"));
        m_notice->show();
    } else if (m_entries.isEmpty()) {
        // Not a dead end: what this page is for, and the way back.
        m_frame.status->hide();
        m_notice->setNotice(design::Tone::Info, tr("Nothing is recorded yet"),
                            tr("Each time a clerk, a reviewer or you yourself use your personal data, it "
                               "is listed here with when, where and for what."));
        m_noticeAction->setText(tr("Back to my card"));
        m_notice->show();
        m_frame.resultsArea->hide();
        m_frame.offerReceipt(QString());
        return;
    }
    // The list holds the person's own logins too: the figure that matters is how often someone else used it.
    m_frame.status->setText(joinSentences(
        {tr("%n entry(s), newest first.", "", m_total),
         m_byStaff > 0
             ? tr("Staff used your personal data %n time(s); their names are partly hidden.", "", m_byStaff)
             : tr("No staff member has used your personal data; the entries are your own logins.")}));
    const QList<AccessLogRun> runs = accessLogRuns(m_entries);
    for (const AccessLogRun& run : runs)
        m_frame.addResultCard(entryText(run));
    m_cardCount = int(runs.size());
    if (m_cardCount < m_entries.size()) // the count above is of entries: say why fewer cards show
        m_frame.status->setText(
            joinSentences({m_frame.status->text(),
                           tr("Your own logins one after another at one place are shown as one.")}));
    if (m_entries.size() < m_total) {
        m_more = new QPushButton(tr("Show earlier entries"));
        m_more->setObjectName(QStringLiteral("moreButton"));
        m_more->setEnabled(!m_loading);
        connect(m_more, &QPushButton::clicked, this, [this] { load(m_page + 1); });
        m_frame.results->addWidget(m_more, 0, Qt::AlignHCenter);
    }
    addNotMeNotice();
    m_frame.offerReceipt(tr("Who used my data"));
}

bool AccessLogScreen::canReportLost() const
{
    const CitizenSession* session = m_context.session;
    if (!session || session->card.cardIdentifier.isEmpty())
        return false; // signed in by face: no card of the session to name
    for (const Card& card : session->person.cards)
        if (card.cardIdentifier == session->card.cardIdentifier)
            return card.status == CardStatus::Normal;
    return false;
}

// An entry the person does not recognise is the moment to act, not a dead end: the card first (nobody can use
// it once reported lost), then someone to tell.
void AccessLogScreen::addNotMeNotice()
{
    m_notMe = new NoticeBanner;
    m_notMe->setObjectName(QStringLiteral("notMeNotice"));
    const bool canReport = canReportLost();
    m_notMe->setNotice(design::Tone::Info, tr("Something here was not you?"),
                       canReport
                           ? tr("Report your card lost now: nobody can use it or its e-card "
                                "after that. Then tell a service counter, with your ID card, or call "
                                "12333.")
                           : tr("Tell a service counter, with your ID card, or call 12333. If your card "
                                "is still in use, report it lost at a kiosk or a counter first."));
    if (canReport) {
        // Offered, not urged: on a page for reading, the filled button drew the eye to a step few need.
        QPushButton* report =
            m_notMe->addAction(QStringLiteral("reportLostButton"), NoticeBanner::Emphasis::Secondary);
        report->setText(tr("Report my card lost"));
        connect(report, &QPushButton::clicked, this, &AccessLogScreen::reportLostRequested);
    }
    m_frame.results->addWidget(m_notMe);
}

} // namespace ssc
