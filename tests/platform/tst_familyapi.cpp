// The family service over real HTTP: an adult child binds a parent with the parent's own e-card code (their
// consent), sees them listed masked, and opens their pension certification; the child's own code, someone
// else's binding and visitors are refused.
#include "certificationattempts.h"
#include "platformfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestFamilyApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response asChild(const PlatformFixture::Headers& child, const QByteArray& method,
                                      const QString& path, const QJsonObject& body = {})
    {
        return platform.asTerminal(QStringLiteral("kiosk"), method, path, body, child);
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aChildBindsAParentWithTheParentsCodeAndSeesTheirCertification()
    {
        const auto child = platform.citizenHeaders(QStringLiteral("adult-child"));
        // The child's own code is not a parent's consent.
        const auto self = asChild(child, "POST", QStringLiteral("/api/v1/me/family"),
                                  {{QStringLiteral("code"), platform.mint(QStringLiteral("adult-child"))}});
        QCOMPARE(self.status, 400);
        QCOMPARE(self.errorCode(), QStringLiteral("family_self"));
        const auto bound =
            asChild(child, "POST", QStringLiteral("/api/v1/me/family"),
                    {{QStringLiteral("code"), platform.mint(QStringLiteral("elderly-parent"))}});
        QCOMPARE(bound.status, 201);
        QCOMPARE(bound.json[QStringLiteral("name")].toString(), QStringLiteral("周*明")); // masked
        const qint64 id = bound.json[QStringLiteral("id")].toInteger();
        // The same parent again: the same binding, not a second one.
        const auto again =
            asChild(child, "POST", QStringLiteral("/api/v1/me/family"),
                    {{QStringLiteral("code"), platform.mint(QStringLiteral("elderly-parent"))}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("id")].toInteger(), id);
        const auto family = asChild(child, "GET", QStringLiteral("/api/v1/me/family"));
        QCOMPARE(family.json[QStringLiteral("family")].toArray().size(), 1);
        const auto certification =
            asChild(child, "GET", QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id));
        QCOMPARE(certification.status, 200);
        QCOMPARE(certification.json[QStringLiteral("group")].toString(), QStringLiteral("resident"));
        QCOMPARE(certification.json[QStringLiteral("certifiedUntil")].toString(),
                 QStringLiteral("2026-10-20"));
        // Another person cannot open this binding; a visitor nothing at all.
        const auto stranger =
            platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id), {},
                                platform.citizenHeaders(QStringLiteral("zhang-wei")));
        QCOMPARE(stranger.status, 404);
        QCOMPARE(
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/family")).status,
            401);
        // The parent sees in their own access log what their family member did, and who (masked): the
        // binding once (not again for the replay) and the look at their certification; nothing for the
        // stranger who was refused.
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                platform.citizenHeaders(QStringLiteral("elderly-parent")));
        QCOMPARE(log.status, 200);
        QStringList byFamily;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray())
            if (e[QStringLiteral("by")].toString() == u"family")
                byFamily << e[QStringLiteral("action")].toString() + u' ' +
                                e[QStringLiteral("family")][QStringLiteral("name")].toString();
        QCOMPARE(byFamily,
                 (QStringList{QStringLiteral("family_read 周*红"), QStringLiteral("family_bound 周*红")}));
    }

    void theParentCertifiesOnTheChildsSession()
    {
        // Bound in the test before; the parent does the face part, the attempt is filed for the parent.
        const auto child = platform.citizenHeaders(QStringLiteral("adult-child"), "family-attempt-1");
        const qint64 id = asChild(child, "GET", QStringLiteral("/api/v1/me/family"))
                              .json[QStringLiteral("family")]
                              .toArray()
                              .first()
                              .toObject()[QStringLiteral("id")]
                              .toInteger();
        const QString base = QStringLiteral("/api/v1/me/family/%1/pension-certification").arg(id);
        const QString path = base + QStringLiteral("/attempts");
        // The parent's challenge, asked on the child's session; someone else cannot have one.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", base + QStringLiteral("/challenges"), {},
                                 platform.citizenHeaders(QStringLiteral("zhang-wei")))
                     .status,
                 404);
        // The parent agrees to the notice about their face with their own code, then the challenge.
        QCOMPARE(certificationattempts::agree(platform, QStringLiteral("kiosk"), base,
                                              QStringLiteral("elderly-parent"), child)
                     .status,
                 201);
        const auto asked = asChild(child, "POST", base + QStringLiteral("/challenges"));
        QCOMPARE(asked.status, 201);
        const QJsonObject body =
            certificationattempts::attempt(platform, QStringLiteral("actions"), asked.json,
                                           certificationattempts::doingWhatIsAsked(asked.json));
        // Someone else cannot certify through this binding.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", path, body,
                                 platform.citizenHeaders(QStringLiteral("zhang-wei"), "family-attempt-2"))
                     .status,
                 404);
        const auto r = asChild(child, "POST", path, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QSqlQuery q(platform.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT a.filed_by, p.demo_key FROM certification_attempts a JOIN people p "
                                  "ON p.id = a.person_id")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("family"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("elderly-parent"));
    }

    void aUsedOrForgedCodeGivesNoConsent()
    {
        const auto child = platform.citizenHeaders(QStringLiteral("li-na"));
        const QString code = platform.mint(QStringLiteral("liu-retiree"));
        QCOMPARE(asChild(child, "POST", QStringLiteral("/api/v1/me/family"), {{QStringLiteral("code"), code}})
                     .status,
                 201);
        const auto reused =
            asChild(child, "POST", QStringLiteral("/api/v1/me/family"), {{QStringLiteral("code"), code}});
        QCOMPARE(reused.status, 409); // a code is used once: consent is given each time anew
        QCOMPARE(asChild(child, "POST", QStringLiteral("/api/v1/me/family"),
                         {{QStringLiteral("code"), QStringLiteral("x")}})
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestFamilyApi)
#include "tst_familyapi.moc"
