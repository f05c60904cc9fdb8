#include "simulatedterminal.h"

#include "loadrun.h"
#include "pension/faceconsent.h"
#include "platformfixture.h"
#include "submissionkinds.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace ssc::loadgen {
namespace {

// What a visit looks up once logged in, in the proportions of a hall's home screen.
const char* const lookups[] = {"/api/v1/me/qualifications",        "/api/v1/me/diplomas",
                               "/api/v1/me/pension-certification", "/api/v1/me/applications",
                               "/api/v1/sessions/current",         "/api/v1/records/provinces"};

} // namespace

SimulatedTerminal::SimulatedTerminal(LoadRun& run, int index, std::function<void()> finished)
    : m_run(run), m_index(index), m_random(run.options().seed * 7919u + quint32(index)),
      m_client(run.clientConfig()), m_finished(std::move(finished))
{}

// People read and tap at their own pace: half to one and a half times the mean think time. With the same
// pause everywhere, terminals started together stayed in step and their requests came in waves, all at once
// every think time, which measured the waves rather than the platform (seen with 1,000 terminals: p50 0.3 to
// 0.9 s at 40 % of a core; 200 terminals at a higher rate, p50 10 ms).
int SimulatedTerminal::thinkTime()
{
    const int mean = m_run.options().thinkMs;
    return mean == 0 ? 0 : int(double(mean) * (0.5 + m_random.generateDouble()));
}

void SimulatedTerminal::start()
{
    // A hall's terminals are not in step: each begins within one think time of the run's start.
    const int mean = m_run.options().thinkMs;
    if (mean == 0)
        nextVisit();
    else
        QTimer::singleShot(int(m_random.bounded(mean)), this, [this] { nextVisit(); });
}

void SimulatedTerminal::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // From the event loop: the caller may be inside a callback of this terminal's client.
    QTimer::singleShot(0, this, [this] { m_finished(); });
}

void SimulatedTerminal::call(const QString& kind, const QByteArray& method, const QString& path,
                             const QJsonObject& body, const QByteArray& idempotencyKey, Then then)
{
    if (!m_run.mayStart()) {
        stop();
        return;
    }
    m_run.started();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto done = [this, kind, timer, then = std::move(then)](const PlatformResult& result) {
        m_run.stats().record(kind, result.status, result.attempts, double(timer->nsecsElapsed()) / 1e6,
                             int(m_run.elapsedSeconds()));
        if (result.status == 503)
            m_run.stats().tryAgainAt(QDateTime::currentMSecsSinceEpoch());
        then(result);
    };
    if (method == "GET")
        m_client.get(path, std::move(done));
    else if (method == "DELETE")
        m_client.remove(path, std::move(done));
    else
        m_client.post(path, body, std::move(done), idempotencyKey);
}

void SimulatedTerminal::runSteps(QList<Step> steps)
{
    if (steps.isEmpty()) {
        nextVisit();
        return;
    }
    Step step = steps.takeFirst();
    step([this, steps] { QTimer::singleShot(thinkTime(), this, [this, steps] { runSteps(steps); }); });
}

void SimulatedTerminal::nextVisit()
{
    if (m_stopped || !m_run.mayStart()) {
        stop();
        return;
    }
    ++m_visits;
    m_client.clearSessions();
    const LoadOptions& o = m_run.options();
    const bool certifying = percent(o.certifyPercent);
    const QList<QString> recipients = m_run.recipients();
    QJsonObject person = m_run.people().at(int(m_random.bounded(qsizetype(m_run.people().size()))));
    if (certifying && !recipients.isEmpty()) {
        const QString key = recipients.at(int(m_random.bounded(qsizetype(recipients.size()))));
        for (const QJsonObject& p : m_run.people())
            if (p.value(QStringLiteral("person")).toString() == key)
                person = p;
    }
    QList<Step> steps;
    for (int i = 0, n = 1 + int(m_random.bounded(3)); i < n; ++i)
        steps << lookUp(person.value(QStringLiteral("person")).toString());
    if (percent(o.printPercent))
        steps << printRecord();
    if (percent(o.formPercent))
        steps << fileForm();
    if (certifying)
        steps << certify(person);
    steps << logOut();
    auto afterLogin = [this, steps](bool ok) {
        if (ok)
            runSteps(steps);
        else // the citizen reads the refusal and tries again: a refused terminal does not spin
            QTimer::singleShot(std::max(1000, thinkTime()), this, [this] { nextVisit(); });
    };
    if (percent(o.cardPercent))
        loginByCard(person, afterLogin);
    else
        loginByCode(person, afterLogin);
}

// The phone app mints the code (the demo's side), the pedestal reads it, the terminal resolves it.
void SimulatedTerminal::loginByCode(const QJsonObject& person, std::function<void(bool)> then)
{
    call(QStringLiteral("phone.mint (demo)"), "POST", QStringLiteral("/api/v1/demo/ecard/mint"),
         {{QStringLiteral("person"), person.value(QStringLiteral("person"))}}, {},
         [this, then](const PlatformResult& minted) {
             if (!minted.ok()) {
                 then(false);
                 return;
             }
             call(QStringLiteral("ecard.resolve"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                  {{QStringLiteral("code"), minted.body.value(QStringLiteral("code"))}}, {},
                  [this, then](const PlatformResult& r) { loggedIn(r, QStringLiteral("ecard"), then); });
         });
}

// The card answers the platform's challenge with its key, PIN verified, as the reader hands it on
// (PlatformFixture::cardProofFor plays the card, as the platform tests do).
void SimulatedTerminal::loginByCard(const QJsonObject& person, std::function<void(bool)> then)
{
    call(QStringLiteral("card.challenge"), "POST", QStringLiteral("/api/v1/card/challenges"), {}, {},
         [this, person, then](const PlatformResult& challenge) {
             if (!challenge.ok()) {
                 then(false);
                 return;
             }
             call(QStringLiteral("card.resolve"), "POST", QStringLiteral("/api/v1/card/resolve"),
                  PlatformFixture::cardProofFor(person, challenge.body), {},
                  [this, then](const PlatformResult& r) { loggedIn(r, QStringLiteral("card"), then); });
         });
}

void SimulatedTerminal::loggedIn(const PlatformResult& result, const QString& method,
                                 std::function<void(bool)> then)
{
    const QString token =
        result.body.value(QStringLiteral("session")).toObject().value(QStringLiteral("token")).toString();
    if (!result.ok() || token.isEmpty()) {
        m_run.stats().count(QStringLiteral("logins.refused"));
        then(false);
        return;
    }
    m_run.stats().count(QStringLiteral("logins.") + method);
    m_client.setCitizenSession(token);
    m_cardRegion =
        result.body.value(QStringLiteral("card")).toObject().value(QStringLiteral("regionCode")).toString();
    then(true);
}

SimulatedTerminal::Step SimulatedTerminal::lookUp(const QString& person)
{
    return [this, person](std::function<void()> next) {
        const QString path = QLatin1String(lookups[m_random.bounded(int(std::size(lookups)))]);
        call(QStringLiteral("lookup"), "GET", path, {}, {}, [this, person, next](const PlatformResult& r) {
            // A pension status that says "recipient": certification visits pick this person from now on.
            if (r.body.value(QStringLiteral("recipient")).toBool())
                m_run.addRecipient(person);
            next();
        });
    };
}

SimulatedTerminal::Step SimulatedTerminal::printRecord()
{
    return [this](std::function<void()> next) {
        const auto [province, year] = m_run.recordFor(m_cardRegion);
        call(QStringLiteral("record.print"), "GET",
             QStringLiteral("/api/v1/me/records?province=%1&year=%2").arg(province).arg(year), {}, {},
             [this, next](const PlatformResult& r) {
                 // Each answered record carries a new verification code, stored by the platform.
                 m_run.stats().count(r.ok() ? QStringLiteral("records.printed")
                                            : QStringLiteral("records.refused"));
                 next();
             });
    };
}

// A key per submission, as the terminal's outbox makes one: its retries carry it again. Unique per run
// (seed), terminal and visit, and it says what it filed ("loadgen-form-1-3-12").
QByteArray SimulatedTerminal::idempotencyKey(const QString& what) const
{
    return QStringLiteral("loadgen-%1-%2-%3-%4")
        .arg(what)
        .arg(m_run.options().seed)
        .arg(m_index)
        .arg(m_visits)
        .toLatin1();
}

SimulatedTerminal::Step SimulatedTerminal::fileForm()
{
    return [this](std::function<void()> next) {
        // A labour dispute as the fault harness files it: several may stand at once for one person
        // (docs/api.md, "Applications"), so every visit that files one files a new one.
        sendForm(idempotencyKey(QStringLiteral("form")), faults::bodyOf(QStringLiteral("dispute"), m_visits),
                 std::move(next));
    };
}

// The terminal's outbox keeps a form the platform could not take now ("try again", no answer after the
// client's own retries) and sends it again under the same key until it is answered; here while the run lets
// calls start. A form the run ends with unsent counts as refused.
void SimulatedTerminal::sendForm(const QByteArray& key, const QJsonObject& body, std::function<void()> next)
{
    if (!m_run.mayStart()) {
        m_run.stats().count(QStringLiteral("forms.refused"));
        m_run.stats().keyOf(QStringLiteral("forms.refused"), key);
        stop();
        return;
    }
    call(QStringLiteral("form.file"), "POST", QStringLiteral("/api/v1/me/applications"), body, key,
         [this, key, body, next](const PlatformResult& r) {
             if (r.status == 0 || r.status == 503) {
                 QTimer::singleShot(outboxPauseMs, this,
                                    [this, key, body, next] { sendForm(key, body, next); });
                 return;
             }
             const QString outcome = r.ok() ? QStringLiteral("forms.filed") : QStringLiteral("forms.refused");
             m_run.stats().count(outcome);
             m_run.stats().keyOf(outcome, key);
             if (r.ok() && r.body.value(QStringLiteral("replayed")).toBool())
                 m_run.stats().count(QStringLiteral("forms.replayed"));
             next();
         });
}

// Pension certification by face, as the kiosk does it: the status, the person's consent to the notice, the
// platform's challenge, the recording of its actions (a person takes as long as the recording), the upload.
SimulatedTerminal::Step SimulatedTerminal::certify(const QJsonObject& person)
{
    return [this, person](std::function<void()> next) {
        const QString base = QStringLiteral("/api/v1/me/pension-certification");
        call(QStringLiteral("lookup"), "GET", base, {}, {},
             [this, base, person, next](const PlatformResult& s) {
                 if (!s.ok() || !s.body.value(QStringLiteral("recipient")).toBool()) {
                     next();
                     return;
                 }
                 m_run.addRecipient(person.value(QStringLiteral("person")).toString());
                 call(QStringLiteral("certify.consent"), "POST", base + QStringLiteral("/face-consent"),
                      {{QStringLiteral("notice"), faceConsentNoticeVersion()}}, {},
                      [this, base, next](const PlatformResult& consent) {
                          if (!consent.ok()) {
                              next();
                              return;
                          }
                          call(QStringLiteral("certify.challenge"), "POST",
                               base + QStringLiteral("/challenges"), {}, {},
                               [this, next](const PlatformResult& c) {
                                   if (c.ok())
                                       upload(c.body, next);
                                   else
                                       next();
                               });
                      });
             });
    };
}

void SimulatedTerminal::upload(const QJsonObject& challenge, std::function<void()> next)
{
    QStringList actions;
    for (const QJsonValue& a : challenge.value(QStringLiteral("actions")).toArray())
        actions << a.toString();
    const auto recording = m_run.recording(actions);
    if (!recording || recording->timesMs.isEmpty()) {
        m_run.stats().count(QStringLiteral("certifications.unrecorded"));
        next();
        return;
    }
    // A recording cannot have taken longer than its challenge has existed (the platform refuses one that
    // did): the person takes the recording's length from when the challenge was issued (3 minutes before it
    // expires).
    const qint64 issuedAt = challenge.value(QStringLiteral("expiresAt")).toInteger() - 3 * 60 * 1000;
    const qint64 wait = issuedAt + recording->timesMs.last() + 100 - QDateTime::currentMSecsSinceEpoch();
    QJsonArray times;
    for (qint64 t : recording->timesMs)
        times.append(t);
    const QJsonObject body{{QStringLiteral("method"), QStringLiteral("actions")},
                           {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge"))},
                           {QStringLiteral("recording"), QString::fromLatin1(recording->avi.toBase64())},
                           {QStringLiteral("frameTimes"), times}};
    const QByteArray key = idempotencyKey(QStringLiteral("certification"));
    QTimer::singleShot(int(std::max<qint64>(0, wait)), this, [this, body, key, next] {
        call(QStringLiteral("certify.upload"), "POST",
             QStringLiteral("/api/v1/me/pension-certification/attempts"), body, key,
             [this, next](const PlatformResult& r) {
                 m_run.stats().count(r.ok() ? QStringLiteral("certifications")
                                            : QStringLiteral("certifications.refused"));
                 next();
             });
    });
}

SimulatedTerminal::Step SimulatedTerminal::logOut()
{
    return [this](std::function<void()> next) {
        call(QStringLiteral("logout"), "DELETE", QStringLiteral("/api/v1/sessions/current"), {}, {},
             [this, next](const PlatformResult& r) {
                 if (r.ok())
                     m_run.stats().count(QStringLiteral("logouts"));
                 m_client.clearSessions();
                 next();
             });
    };
}

} // namespace ssc::loadgen
