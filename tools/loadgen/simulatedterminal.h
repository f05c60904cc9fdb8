#pragma once

#include "platform/platformclient.h"

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>

#include <functional>

namespace ssc::loadgen {

class LoadRun;

// One terminal in a hall, visit after visit: a citizen logs in (e-card code shown to the pedestal, or the
// card answering the platform's challenge), looks a few things up, maybe prints a rights record, files a form
// or certifies their pension by face, and logs out. Everything goes through the terminal's own
// PlatformClient, with its retries, over HTTPS to the pinned certificate. It stops at the run's bounds;
// `finished` is called once, when its last call has been answered.
class SimulatedTerminal : public QObject {
public:
    SimulatedTerminal(LoadRun& run, int index, std::function<void()> finished);
    void start();

private:
    using Step = std::function<void(std::function<void()> next)>;
    using Then = std::function<void(const PlatformResult&)>;

    void nextVisit();
    void runSteps(QList<Step> steps);
    void call(const QString& kind, const QByteArray& method, const QString& path, const QJsonObject& body,
              const QByteArray& idempotencyKey, Then then);
    void stop();

    void loginByCode(const QJsonObject& person, std::function<void(bool)> then);
    void loginByCard(const QJsonObject& person, std::function<void(bool)> then);
    void loggedIn(const PlatformResult& result, const QString& method, std::function<void(bool)> then);
    Step lookUp(const QString& person);
    Step printRecord();
    Step fileForm();
    void sendForm(const QByteArray& key, const QJsonObject& body, std::function<void()> next);
    static constexpr int outboxPauseMs = 500; // between a form's "try again" and its next sending
    Step certify(const QJsonObject& person);
    Step logOut();
    void upload(const QJsonObject& challenge, std::function<void()> next);
    QByteArray idempotencyKey(const QString& what) const;
    bool percent(int share) { return int(m_random.bounded(100)) < share; }
    int thinkTime(); // a pause between two steps, around --think-ms

    LoadRun& m_run;
    int m_index;
    int m_visits = 0;
    QRandomGenerator m_random;
    PlatformClient m_client;
    std::function<void()> m_finished;
    bool m_stopped = false;
    QString m_cardRegion; // of the card the citizen logged in with
};

} // namespace ssc::loadgen
