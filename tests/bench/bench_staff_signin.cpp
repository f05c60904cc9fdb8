// Staff sign-in timing (docs/performance.md, "Staff sign-in"): a wrong password for a user name that exists,
// the same for one that does not, and a right one, interleaved, against a real ssc-platform process on
// loopback. The first two must take the same time (the same hash, the same writes), or the time would tell
// which names exist (docs/security.md, "Staff sign-in"). The hall manager's route clears the counters between
// tries (not timed), so no block cuts a measurement short. Figures only; exit status 1 when an answer was not
// the expected.
#include "latencyfigures.h"
#include "platformfixture.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tries = argc > 2 && QByteArray(argv[1]) == "--tries" ? QByteArray(argv[2]).toInt() : 100;
    PlatformFixture platform;
    if (!platform.start()) {
        std::fprintf(stderr, "the platform did not start: %s\n", qPrintable(platform.error()));
        return 1;
    }
    const QString counter = QStringLiteral("counter");
    const PlatformFixture::Headers manager{
        {"X-SSC-Staff-Session", platform.staffSession(QStringLiteral("manager01"), counter).toLatin1()}};
    const auto signIn = [&](const QString& user, const char* password, LatencyFigures& figures) {
        QElapsedTimer timer;
        timer.start();
        const auto r = platform.asTerminal(counter, "POST", QStringLiteral("/api/v1/staff/login"),
                                           {{QStringLiteral("username"), user},
                                            {QStringLiteral("password"), QString::fromLatin1(password)}});
        figures.add(timer);
        return r.status;
    };
    const auto clearCounters = [&] {
        const auto view = platform.asTerminal(counter, "GET",
                                              QStringLiteral("/api/v1/staff/sign-in-counters"), {}, manager);
        for (const QJsonValue& c : view.json[QStringLiteral("counters")].toArray())
            platform.asTerminal(counter, "POST", QStringLiteral("/api/v1/staff/sign-in-counters/clear"),
                                c.toObject(), manager);
    };

    LatencyFigures known, unknown, right;
    int unexpected = 0;
    for (int i = 0; i < tries; ++i) {
        // Each at its first failure in a row: the right password clears clerk01's counter, and each unknown
        // name is new (its counter would block at the fifth exactly like a known one's).
        unexpected += signIn(QStringLiteral("clerk01"), "a-wrong-password", known) != 401;
        unexpected += signIn(QStringLiteral("nobody%1").arg(i), "a-wrong-password", unknown) != 401;
        unexpected += signIn(QStringLiteral("clerk01"), "demo-password-2026", right) != 200;
        if (i % 3 == 2)
            clearCounters(); // the terminal's, before its tenth failure pauses it
    }
    std::printf("staff sign-in on %s, %d tries each, loopback HTTP, one platform process:\n",
                qPrintable(platform.databaseKind()), tries);
    known.print("wrong password, user name exists");
    unknown.print("wrong password, no such user name");
    right.print("right password (a session opens)");
    std::printf("  unknown minus known: p50 %+.2f ms, p95 %+.2f ms\n", unknown.at(0.5) - known.at(0.5),
                unknown.at(0.95) - known.at(0.95));
    if (unexpected) {
        std::fprintf(stderr, "%d answers were not the expected ones\n", unexpected);
        return 1;
    }
    return 0;
}
