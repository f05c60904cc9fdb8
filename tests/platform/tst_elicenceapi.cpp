// The social security card e-licence (亮证) over real HTTP (docs/card-services.md, "The e-licence"): issued
// to a person logged in with their card and PIN (or e-card code), signed with the platform's published keys
// under the licence's own prefix; checked at a counter by a clerk; forged, altered, expired, unknown-key and
// malformed licences refused with their reason; both steps in the person's access log.
#include "elicences.h"
#include "platformfixture.h"
#include "refusal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestELicenceApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    const QString verifyPath = QStringLiteral("/api/v1/e-licences/verify");

    PlatformFixture::Response issue(const QString& session) { return elicences::issue(platform, session); }
    QString cardSession(const QString& person) { return elicences::cardSession(platform, person); }

    QString clerk;

    PlatformFixture::Response verify(const QString& shown, const QString& mode = QStringLiteral("counter"),
                                     bool withClerk = true)
    {
        PlatformFixture::Headers headers;
        if (withClerk)
            headers.push_back({"X-SSC-Staff-Session", clerk.toLatin1()});
        return platform.asTerminal(mode, "POST", verifyPath, {{QStringLiteral("licence"), shown}}, headers);
    }

    static SignedELicence parsed(const QString& text) { return elicences::parsed(text); }

    QString signedByThePlatformsKey(const SignedELicence& shown)
    {
        return elicences::signedByThePlatformsKey(platform, shown);
    }

    int auditRows(const QString& action, const QString& serial)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?"));
        q.addBindValue(action);
        q.addBindValue(QStringLiteral("%") + serial + QStringLiteral("%"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        clerk = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter"));
        QVERIFY(!clerk.isEmpty());
    }

    void issuedAfterThePinAndCheckedAtTheCounter()
    {
        const QString session = cardSession(QStringLiteral("zhang-wei"));
        QVERIFY(!session.isEmpty());
        const auto r = issue(session);
        QCOMPARE(r.status, 201);
        const QJsonObject licence = r.json[QStringLiteral("licence")].toObject();
        // Masked as every screen shows a person; the card's own dates and issuer.
        QVERIFY(licence[QStringLiteral("holderName")].toString().contains(u'*'));
        QVERIFY(licence[QStringLiteral("holderNumber")].toString().contains(u'*'));
        QVERIFY(licence[QStringLiteral("cardNumber")].toString().contains(u'*'));
        QVERIFY(!licence[QStringLiteral("issuerName")].toString().isEmpty());
        QVERIFY(!licence[QStringLiteral("validUntil")].toString().isEmpty());
        for (const QString& whole : platform.wholeValuesOnFile(QStringLiteral("zhang-wei")))
            QVERIFY2(!r.raw.contains(whole.toUtf8()), qPrintable(whole));
        // The QR: the same fields, signed with a key the platform publishes.
        const QString qr = licence[QStringLiteral("qr")].toString();
        const SignedELicence shown = parsed(qr);
        QCOMPARE(shown.licence.verificationCode(), licence[QStringLiteral("verificationCode")].toString());
        QCOMPARE(shown.licence.holderName, licence[QStringLiteral("holderName")].toString());
        QCOMPARE(shown.licence.cardNumber, licence[QStringLiteral("cardNumber")].toString());
        QCOMPARE(shown.licence.lifetimeSeconds, ELicence::defaultLifetimeSeconds);
        const auto keys =
            platform.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/ecard/keys"));
        QByteArray publicKey;
        for (const QJsonValue& k : keys.json[QStringLiteral("keys")].toArray())
            if (k.toObject()[QStringLiteral("keyId")].toInt() == shown.licence.keyId)
                publicKey =
                    QByteArray::fromBase64(k.toObject()[QStringLiteral("publicKey")].toString().toLatin1());
        QCOMPARE(verifyELicence(shown, publicKey, QDateTime::currentSecsSinceEpoch()),
                 ELicenceVerdict::Valid);

        // At the counter: the clerk scans it; the platform checks it again and names the holder, masked.
        const auto checked = verify(qr);
        QCOMPARE(checked.status, 200);
        QCOMPARE(checked.json[QStringLiteral("valid")].toBool(), true);
        const QJsonObject holder = checked.json[QStringLiteral("licence")].toObject();
        QCOMPARE(holder[QStringLiteral("holderName")], licence[QStringLiteral("holderName")]);
        QCOMPARE(holder[QStringLiteral("holderNumber")], licence[QStringLiteral("holderNumber")]);
        QCOMPARE(holder[QStringLiteral("cardStatus")].toString(), QStringLiteral("normal"));
        // Shown again to another clerk in its 5 minutes: checked again, recorded again.
        QCOMPARE(verify(qr).status, 200);
        const QString serial = shown.licence.verificationCode();
        QCOMPARE(auditRows(QStringLiteral("e_licence_issued"), serial), 1);
        QCOMPARE(auditRows(QStringLiteral("e_licence_verified"), serial), 2);

        // The person's access log: opened by themselves, checked by a clerk.
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                {{"X-SSC-Citizen-Session", session.toLatin1()}});
        QStringList seen;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray()) {
            const QJsonObject entry = e.toObject();
            const QString action = entry[QStringLiteral("action")].toString();
            if (!action.startsWith(u"e_licence_"))
                continue;
            seen << action + u'/' + entry[QStringLiteral("by")].toString();
            QVERIFY(entry[QStringLiteral("card")].toString().contains(u'*'));
        }
        QVERIFY2(seen.contains(QStringLiteral("e_licence_issued/self")), qPrintable(seen.join(u',')));
        QVERIFY2(seen.contains(QStringLiteral("e_licence_verified/staff")), qPrintable(seen.join(u',')));
    }

    // The e-card code proves the person too (the national app's PIN or face); no session, no licence.
    void anECardSessionToo_noSessionNone()
    {
        QCOMPARE(issue(platform.citizenSession(QStringLiteral("li-na"))).status, 201);
        expectRefusal(issue(QStringLiteral("no-such-session")), 401, "citizen_session_missing");
    }

    void forgedAlteredUnknownKeyAndMalformedAreRefused()
    {
        const QString qr = issue(cardSession(QStringLiteral("zhang-wei")))
                               .json[QStringLiteral("licence")]
                               .toObject()[QStringLiteral("qr")]
                               .toString();
        const SignedELicence genuine = parsed(qr);
        QVERIFY(!genuine.signature.isEmpty());

        SignedELicence forged = genuine; // another key, the same key id
        forged.signature = Ed25519PrivateKey::generate().sign(forged.licence.signedMessage());
        expectRefusal(verify(forged.text()), 422, "e_licence_forged");

        SignedELicence altered = genuine; // one field changed, the platform's signature kept
        altered.licence.holderName = QStringLiteral("李*");
        expectRefusal(verify(altered.text()), 422, "e_licence_forged");

        SignedELicence unknownKey = genuine;
        unknownKey.licence.keyId = 200;
        expectRefusal(verify(unknownKey.text()), 422, "e_licence_forged");

        // Signed with the platform's own key but never issued (a key that leaked): still refused.
        SignedELicence neverIssued = genuine;
        neverIssued.licence.serial ^= 1;
        expectRefusal(verify(signedByThePlatformsKey(neverIssued)), 422, "e_licence_forged");

        expectRefusal(verify(qr.left(qr.size() - 3)), 400, "e_licence_malformed");
        expectRefusal(verify(platform.mint(QStringLiteral("zhang-wei"))), 400, "e_licence_malformed");
        expectRefusal(verify(QString()), 400, "missing_field");
    }

    void expiredIsRefused()
    {
        const QString qr = issue(cardSession(QStringLiteral("zhang-wei")))
                               .json[QStringLiteral("licence")]
                               .toObject()[QStringLiteral("qr")]
                               .toString();
        SignedELicence old = parsed(qr);
        old.licence.issuedAt -= ELicence::defaultLifetimeSeconds + 10;
        expectRefusal(verify(signedByThePlatformsKey(old)), 410, "e_licence_expired");
    }

    void onlyAClerkAtACounterChecks()
    {
        const QString qr = issue(cardSession(QStringLiteral("zhang-wei")))
                               .json[QStringLiteral("licence")]
                               .toObject()[QStringLiteral("qr")]
                               .toString();
        expectRefusal(verify(qr, QStringLiteral("kiosk"), false), 403, "e_licence_counter_only");
        QCOMPARE(verify(qr, QStringLiteral("counter"), false).status, 401);
    }

    // A licence shown after its card was reported lost: checked (and recorded), refused with the card's
    // status.
    void aLostCardsLicenceIsRefused()
    {
        const QString session = cardSession(QStringLiteral("chen-unemployed"));
        const QString qr =
            issue(session).json[QStringLiteral("licence")].toObject()[QStringLiteral("qr")].toString();
        QVERIFY(!qr.isEmpty());
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE cards SET status = 'lost' WHERE id = (SELECT card_id FROM e_licences "
                           "WHERE serial = '%1')")
                .arg(parsed(qr).licence.verificationCode())));
        expectRefusal(verify(qr), 403, "card_lost");
        QCOMPARE(auditRows(QStringLiteral("e_licence_verified"), parsed(qr).licence.verificationCode()), 1);
        expectRefusal(issue(session), 403, "card_lost");
    }
};

QTEST_MAIN(TestELicenceApi)
#include "tst_elicenceapi.moc"
