// Which entries of the access log read as one (modules/mycard/accesslogruns.h): the person's own logins in a
// row by one way at one terminal; never a staff member's, a family member's or anything else.
#include "mycard/accesslogruns.h"

#include <QTest>

using namespace ssc;

namespace {

QJsonObject entry(qint64 at, const QString& action, const QString& by, const QString& terminal,
                  const QString& method = QStringLiteral("ecard"))
{
    return {{QStringLiteral("at"), at},
            {QStringLiteral("action"), action},
            {QStringLiteral("by"), by},
            {QStringLiteral("method"), method},
            {QStringLiteral("terminal"), QJsonObject{{QStringLiteral("name"), terminal},
                                                     {QStringLiteral("mode"), QStringLiteral("kiosk")}}}};
}

QJsonObject login(qint64 at, const QString& terminal = QStringLiteral("kiosk-1"),
                  const QString& method = QStringLiteral("ecard"))
{
    return entry(at, QStringLiteral("citizen_login"), QStringLiteral("self"), terminal, method);
}

} // namespace

class TestAccessLogRuns : public QObject {
    Q_OBJECT
private slots:
    void ownLoginsInARowAreOneRun()
    {
        const auto runs = accessLogRuns({login(300), login(200), login(100)});
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].count, 3);
        QCOMPARE(runs[0].newest.value(QStringLiteral("at")).toInteger(), 300);
        QCOMPARE(runs[0].earliestAt, 100);
    }

    void aSingleEntryIsItsOwnRun()
    {
        const auto runs = accessLogRuns({login(300)});
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].count, 1);
        QCOMPARE(runs[0].earliestAt, 300);
    }

    void aStaffUseBetweenLoginsBreaksTheRun()
    {
        const QJsonObject lookUp =
            entry(250, QStringLiteral("person_found"), QStringLiteral("staff"), QStringLiteral("counter-1"));
        const auto runs = accessLogRuns({login(300), lookUp, login(200), login(100)});
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[0].count, 1);
        QCOMPARE(runs[1].newest, lookUp);
        QCOMPARE(runs[2].count, 2);
    }

    void staffUsesAreNeverMerged()
    {
        const QJsonObject a =
            entry(300, QStringLiteral("person_found"), QStringLiteral("staff"), QStringLiteral("counter-1"));
        const QJsonObject b =
            entry(200, QStringLiteral("person_found"), QStringLiteral("staff"), QStringLiteral("counter-1"));
        const QJsonObject family =
            entry(150, QStringLiteral("citizen_login"), QStringLiteral("family"), QStringLiteral("kiosk-1"));
        const QJsonObject family2 =
            entry(100, QStringLiteral("citizen_login"), QStringLiteral("family"), QStringLiteral("kiosk-1"));
        QCOMPARE(accessLogRuns({a, b, family, family2}).size(), 4);
    }

    void anotherTerminalOrWayInStartsAnotherRun()
    {
        const auto runs = accessLogRuns({login(400), login(300, QStringLiteral("kiosk-2")),
                                         login(200, QStringLiteral("kiosk-2"), QStringLiteral("card")),
                                         login(100, QStringLiteral("kiosk-2"), QStringLiteral("card"))});
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[2].count, 2);
        QCOMPARE(runs[2].earliestAt, 100);
    }

    void nothingGivesNoRuns() { QVERIFY(accessLogRuns({}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestAccessLogRuns)
#include "tst_accesslogruns.moc"
