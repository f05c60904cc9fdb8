// Least data on the wire (docs/privacy.md, "Least data on the wire"; docs/api.md, "Identity"), over real
// HTTP: no login answer carries a whole name or number, the person is named by a reference that is the same
// on one terminal and differs between terminals, a kiosk shows its own person's numbers only through the
// audited reveal, and an application that keeps the masked phone on file is filed with the whole number.
#include "platformfixture.h"
#include "privacy/masking.h"
#include "registrationbody.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestLeastDataApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response resolveCode(const QString& person,
                                          const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                   {{QStringLiteral("code"), platform.mint(person)}});
    }

    static QString reference(const PlatformFixture::Response& r)
    {
        return r.json[u"person"].toObject().value(QStringLiteral("reference")).toString();
    }

    void carriesNoWholeValue(const PlatformFixture::Response& r, const QString& person)
    {
        QCOMPARE(r.status, 200);
        const QString text = QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        const QStringList whole = platform.wholeValuesOnFile(person);
        QVERIFY(whole.size() >= 4); // name, ID number, phone, card number (and the bank account where any)
        for (const QString& value : whole)
            QVERIFY2(!text.contains(value), qPrintable(QStringLiteral("%1 in %2").arg(value, text)));
        // What it does carry: the masked forms the screens show, and that they are masked.
        QCOMPARE(r.json[u"person"][u"ssn"].toString(), mask(whole[1], MaskKind::IdNumber));
        QCOMPARE(r.json[u"person"][u"name"].toString(), mask(whole[0], MaskKind::Name));
        QCOMPARE(r.json[u"person"][u"phone"].toString(), mask(whole[2], MaskKind::Phone));
        QCOMPARE(r.json[u"person"][u"masked"].toBool(), true);
        QCOMPARE(r.json[u"card"][u"cardNumber"].toString(), mask(whole[3], MaskKind::CardNumber));
        QVERIFY(!reference(r).isEmpty());
    }

    QString ownReveals()
    {
        QSqlQuery q(platform.database());
        if (!q.exec(
                QStringLiteral("SELECT a.detail, a.staff_id, p.demo_key FROM audit_log a JOIN people p ON "
                               "p.id = a.person_id WHERE a.action = 'own_numbers_revealed'")))
            return QStringLiteral("(unreadable)");
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3")
                        .arg(q.value(2).toString(), QString::number(q.value(1).toLongLong()),
                             q.value(0).toString());
        return rows.join(u'\n');
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void noLoginAnswerCarriesAWholeNumber()
    {
        // Every way in: an e-card code, the card with its cryptogram, the session read again.
        const auto byCode = resolveCode(QStringLiteral("li-na"));
        carriesNoWholeValue(byCode, QStringLiteral("li-na"));
        QCOMPARE(byCode.json[u"cards"].toArray().size(), 2); // every card, every one masked
        const auto byCard =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
                                platform.cardProof(QStringLiteral("zhang-wei")));
        carriesNoWholeValue(byCard, QStringLiteral("zhang-wei"));
        const QString token = byCode.json[u"session"][u"token"].toString();
        const auto again =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/sessions/current"),
                                {}, {{"X-SSC-Citizen-Session", token.toLatin1()}});
        carriesNoWholeValue(again, QStringLiteral("li-na"));
        QCOMPARE(reference(again), reference(byCode));
    }

    void theReferenceTellsPeopleApartOnOneTerminalOnly()
    {
        const QString first = reference(resolveCode(QStringLiteral("zhao-mover")));
        QCOMPARE(reference(resolveCode(QStringLiteral("zhao-mover"))), first); // the same person again
        QVERIFY(reference(resolveCode(QStringLiteral("chen-unemployed"))) != first);
        // Another terminal knows the same person by another name: nothing to link the two by.
        const QString atCounter =
            reference(resolveCode(QStringLiteral("zhao-mover"), QStringLiteral("counter")));
        QVERIFY(!atCounter.isEmpty() && atCounter != first);
        QSqlQuery q(platform.database()); // and it is not the number, nor derived from it without the key
        QVERIFY(q.exec(QStringLiteral("SELECT reference_key FROM people WHERE demo_key = 'zhao-mover'")) &&
                q.next());
        QVERIFY(q.value(0).toString().size() >= 40);
    }

    void aKioskRevealsTheOwnNumbersOnlyThroughTheAudit()
    {
        const QString token = platform.citizenSession(QStringLiteral("li-na"));
        const PlatformFixture::Headers citizen{{"X-SSC-Citizen-Session", token.toLatin1()}};
        const QJsonObject fields{
            {QStringLiteral("fields"), QJsonArray{QStringLiteral("ssn"), QStringLiteral("cardNumber")}}};
        // Not at a counter (the clerk shows them, with a reason), not for a field it does not know,
        // not without a session: each refused with nothing recorded.
        auto r = platform.asTerminal(
            QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/me/reveal"), fields,
            {{"X-SSC-Citizen-Session",
              platform.citizenSession(QStringLiteral("li-na"), QStringLiteral("counter")).toLatin1()}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("reveal_needs_staff"));
        r = platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/reveal"),
                                {{QStringLiteral("fields"), QJsonArray{QStringLiteral("password")}}},
                                citizen);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_field"));
        r = platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/reveal"), fields);
        QCOMPARE(r.status, 401);
        QCOMPARE(ownReveals(), QString());
        // The person's own: answered whole, recorded first, with whose and which fields, by nobody else.
        r = platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/reveal"), fields,
                                citizen);
        QCOMPARE(r.status, 200);
        const QStringList whole = platform.wholeValuesOnFile(QStringLiteral("li-na"));
        QCOMPARE(r.json[u"person"][u"ssn"].toString(), whole[1]);
        QVERIFY(!r.json[u"person"].toObject().contains(QStringLiteral("name"))); // only what was asked
        QCOMPARE(r.json[u"cards"][0][u"cardNumber"].toString(), whole[3]);
        const QString audited = ownReveals();
        QVERIFY2(audited.startsWith(u"li-na 0 ") && audited.contains(u"cardNumber") &&
                     !audited.contains(whole[1]),
                 qPrintable(audited));
        // And the person sees it in their own access log, as done by themselves.
        const auto log = platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                             QStringLiteral("/api/v1/me/access-log"), {}, citizen);
        const QJsonObject newest = log.json[u"entries"][0].toObject();
        QCOMPARE(newest[u"action"].toString(), QStringLiteral("own_numbers_revealed"));
        QCOMPARE(newest[u"by"].toString(), QStringLiteral("self"));
        QCOMPARE(newest[u"fields"].toArray().size(), 2);
    }

    void theMaskedPhoneOnFileIsFiledWhole()
    {
        const QStringList whole = platform.wholeValuesOnFile(QStringLiteral("chen-unemployed"));
        const QString masked = mask(whole[2], MaskKind::Phone);
        PlatformFixture::Headers headers =
            platform.citizenHeaders(QStringLiteral("chen-unemployed"), "least-data-01");
        // A masked value that is not the one on file is a wrong phone number, and nothing is filed.
        auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                registrationBody(QStringLiteral("139****0000")), headers);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json[u"error"][u"field"].toString(), QStringLiteral("phone"));
        r = platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                registrationBody(masked), headers);
        QCOMPARE(r.status, 201);
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT payload FROM submissions WHERE receipt = ?"));
        q.addBindValue(r.json[u"receipt"].toString());
        QVERIFY(q.exec() && q.next());
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(payload[u"values"][u"phone"].toString(), whole[2]);
        // A retry of the same filing is the same filing.
        r = platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                registrationBody(masked), headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"replayed"].toBool(), true);
    }
};

QTEST_MAIN(TestLeastDataApi)
#include "tst_leastdataapi.moc"
