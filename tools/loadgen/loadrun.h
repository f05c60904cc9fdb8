#pragma once

#include "loadoptions.h"
#include "loadstats.h"
#include "platform/platformclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ssc::loadgen {

// A recording of the person doing a challenge's actions, as a terminal uploads it.
struct PreparedRecording {
    QByteArray avi;
    QList<qint64> timesMs;
};

// What every simulated terminal of one run shares: the options, the figures, the bounds, the demo people
// (GET /demo/people: the phone app's and the card office's side), the provinces' record years, and the
// recordings for certification by face, made before the clock starts.
class LoadRun {
public:
    explicit LoadRun(LoadOptions options) : m_options(std::move(options)) {}

    const LoadOptions& options() const { return m_options; }
    LoadStats& stats() { return m_stats; }
    // The terminal's client settings: the demo kiosk's credentials, the pinned certificate, and the
    // terminal's own retries, so the load sees the retries terminals make.
    PlatformConfig clientConfig() const;

    // Before the terminals start: the people with a card in normal standing, and each province's last
    // closed year (GET /records/provinces). False when the platform gave neither (not a demo platform).
    void setPeople(QList<QJsonObject> people) { m_people = std::move(people); }
    void setProvinceYears(QHash<QString, int> years) { m_provinceYears = std::move(years); }
    const QList<QJsonObject>& people() const { return m_people; }
    // The province (code, year) whose record a person prints: the province of the card they logged in with
    // (the login answer's regionCode), its last closed year.
    std::pair<QString, int> recordFor(const QString& cardRegion) const;

    // Pension recipients learned from GET /me/pension-certification answers: certification visits pick them.
    void addRecipient(const QString& person) { m_recipients.insert(person); }
    QList<QString> recipients() const { return m_recipients.values(); }

    // The recording for these actions in this order ("blink,nod"), made by prepareRecordings().
    void prepareRecordings();
    std::optional<PreparedRecording> recording(const QStringList& actions) const;

    // The bounds: a call may start until the time is up or --max-requests calls have started.
    void startClock();
    bool mayStart() const;
    void started() { ++m_startedCalls; }
    double elapsedSeconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }

private:
    LoadOptions m_options;
    LoadStats m_stats;
    QList<QJsonObject> m_people;
    QHash<QString, int> m_provinceYears;
    QSet<QString> m_recipients;
    QHash<QString, PreparedRecording> m_recordings;
    QElapsedTimer m_clock;
    qint64 m_startedCalls = 0;
};

} // namespace ssc::loadgen
