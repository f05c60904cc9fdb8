// Keys where keys belong (issue 16, part 4), against the real platform process: e-card codes signed in the
// key store (key files, and a SoftHSM 2 token), no private key in the database, `ssc-platform keys rotate`
// (the new key signs, the old one verifies its codes until they expire and vouches for nothing newer), an
// issuer master key moved into the token keeping every card's key, and every file the platform makes private
// to its user.
#include "demoterminal.h"
#include "ecard/ecardcode.h"
#include "ecard/ecardkeyring.h"
#include "ecard/ed25519.h"
#include "platformfixture.h"
#include "softhsmtoken.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <sys/stat.h>

using namespace ssc;

namespace {

SignedECardCode parsed(const QString& codeText)
{
    const auto result = ECardCodeText::parse(codeText);
    const auto* code = std::get_if<SignedECardCode>(&result);
    return code ? *code : SignedECardCode{};
}

int keyIdOf(const QString& codeText)
{
    const SignedECardCode code = parsed(codeText);
    return code.signature.isEmpty() ? -1 : code.code.keyId;
}

// A code as someone holding that raw key file would sign it: a random code id the platform never issued.
QString signedWithKeyFile(const QString& keyFile, quint8 keyId, qint64 issuedAt)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto key = Ed25519PrivateKey::fromRaw(QByteArray::fromHex(file.readAll().trimmed()));
    if (!key)
        return {};
    SignedECardCode code;
    code.code.keyId = keyId;
    code.code.codeId = secureRandomBytes(ECardCode::codeIdSize);
    code.code.issuedAt = issuedAt;
    code.signature = key->sign(code.code.signedMessage());
    return code.text();
}

} // namespace

class TestKeysApi : public QObject {
    Q_OBJECT
    PlatformFixture platform; // key files
    SoftHsmToken token;

    PlatformFixture::Response resolve(PlatformFixture& on, const QString& code)
    {
        return on.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                             {{QStringLiteral("code"), code}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(token.ready(), qPrintable(token.error()));
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    void theDatabaseHoldsOnlyPublicKeys()
    {
        QCOMPARE(keyIdOf(platform.mint(QStringLiteral("zhang-wei"))), 1);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM ecard_keys")));
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.record().fieldName(i);
        QCOMPARE(columns, (QStringList{QStringLiteral("key_id"), QStringLiteral("public_key"),
                                       QStringLiteral("created_at"), QStringLiteral("retired_at")}));
        QVERIFY(!QSqlQuery(platform.database()).exec(QStringLiteral("SELECT * FROM signing_keys")));
        QVERIFY(QFile::exists(platform.folder() + QStringLiteral("/keys/ecard-signing-1.key")));
    }

    void rotationSignsWithTheNewKeyAndVerifiesTheOld()
    {
        // A kiosk's key ring, filled before the rotation: it knows key 1 only.
        PlatformClient client(demoterminal::config(platform.port()));
        ECardKeyRing ring(client);
        QSignalSpy refreshed(&ring, &ECardKeyRing::refreshed);
        ring.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(ring.size(), 1);

        const QString before = platform.mint(QStringLiteral("zhang-wei"));
        QCOMPARE(keyIdOf(before), 1);
        const auto [status, output] = platform.command({QStringLiteral("keys"), QStringLiteral("rotate")});
        QVERIFY2(status == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("key 2 signs new codes")), qPrintable(output));
        // The running platform signs with the new key at once.
        const QString after = platform.mint(QStringLiteral("li-na"));
        QCOMPARE(keyIdOf(after), 2);

        const auto keys =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/keys"));
        QCOMPARE(keys.status, 200);
        const QJsonArray published = keys.json[QStringLiteral("keys")].toArray();
        QCOMPARE(published.size(), 2);
        QCOMPARE(published[0].toObject()[QStringLiteral("keyId")].toInt(), 1);
        QVERIFY(published[0].toObject().contains(QStringLiteral("retiredAt")));
        QCOMPARE(published[1].toObject()[QStringLiteral("keyId")].toInt(), 2);
        QVERIFY(!published[1].toObject().contains(QStringLiteral("retiredAt")));

        // The key id flows to the terminal: a code naming key 2 makes the ring fetch the keys again, and then
        // it checks that code offline like any other; key 1's code still checks out.
        QCOMPARE(ring.check(parsed(after)), ECardKeyRing::Check::KeyUnknown);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(ring.size(), 2);
        QCOMPARE(ring.check(parsed(after)), ECardKeyRing::Check::Genuine);
        QCOMPARE(ring.check(parsed(before)), ECardKeyRing::Check::Genuine);

        // A code the old key signed before it retired is still good for its 60 seconds; the new key's too.
        QCOMPARE(resolve(platform, before).status, 200);
        QCOMPARE(resolve(platform, after).status, 200);

        const auto [listed, list] = platform.command({QStringLiteral("keys"), QStringLiteral("list")});
        QCOMPARE(listed, 0);
        QVERIFY2(list.contains(QStringLiteral("key 1")) && list.contains(QStringLiteral("retired")),
                 qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("signs new codes")), qPrintable(list));
    }

    // A retired key that leaked cannot make new codes: it vouches only for codes issued before it retired.
    void aRetiredKeyVouchesForNothingNewer()
    {
        const QString oldKey = platform.folder() + QStringLiteral("/keys/ecard-signing-1.key");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto fresh = resolve(platform, signedWithKeyFile(oldKey, 1, now + 30));
        QCOMPARE(fresh.status, 422);
        QCOMPARE(fresh.errorCode(), QStringLiteral("forged_code"));
        // Issued before the rotation: the signature counts; this code id was never issued, so nobody.
        const auto older = resolve(platform, signedWithKeyFile(oldKey, 1, now - 20));
        QCOMPARE(older.status, 404);
        QCOMPARE(older.errorCode(), QStringLiteral("no_such_person"));
        // An unknown key id is not ours either.
        QCOMPARE(resolve(platform, signedWithKeyFile(oldKey, 9, now)).errorCode(),
                 QStringLiteral("forged_code"));
    }

    // Once the last code or e-licence it signed is stale (305 s after it retired; here its retirement moved
    // back in the database), a retired key leaves the published list, and a terminal's ring forgets it at its
    // next fetch.
    void aKeyRetiredLongAgoIsNoLongerPublished()
    {
        PlatformClient client(demoterminal::config(platform.port()));
        ECardKeyRing ring(client);
        QSignalSpy refreshed(&ring, &ECardKeyRing::refreshed);
        ring.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(ring.size(), 2);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE ecard_keys SET retired_at = retired_at - 306000 WHERE key_id = 1")));
        const auto keys =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/keys"));
        QCOMPARE(keys.json[QStringLiteral("keys")].toArray().size(), 1);
        ring.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(ring.size(), 1);
        QCOMPARE(ring.check(parsed(platform.mint(QStringLiteral("li-na")))), ECardKeyRing::Check::Genuine);
    }

    void everyFileThePlatformMadeIsPrivate()
    {
        platform.stop(); // SQLite's journal files included, as they are while it runs
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QStringList checked;
        QDirIterator all(platform.folder(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString path = all.next();
            struct stat info {};
            QCOMPARE(::stat(path.toLocal8Bit().constData(), &info), 0);
            QVERIFY2((info.st_mode & 077) == 0, qPrintable(path + QStringLiteral(" is open to others")));
            checked << QFileInfo(path).fileName();
        }
        QVERIFY(checked.contains(QStringLiteral("issuer-master.key")));
        QVERIFY(checked.contains(QStringLiteral("ecard-signing-2.key")));
        if (platform.databaseKind() == u"sqlite") {
            QVERIFY(checked.contains(QStringLiteral("platform.db")));
            QVERIFY(checked.contains(QStringLiteral("platform.db-wal")));
        }
    }

    // The issuer's master key moved from its file into the token keeps every card's key: a card personalised
    // before the move proves itself after it. Codes are then signed on the token, and rotate there too.
    void keysOnAPkcs11Token()
    {
        PlatformFixture onToken;
        onToken.setKeyStore(token.spec());
        const auto [imported, importReport] =
            onToken.command({QStringLiteral("keys"), QStringLiteral("import-issuer-key"),
                             platform.folder() + QStringLiteral("/issuer-master.key")});
        QVERIFY2(imported == 0, qPrintable(importReport));
        QVERIFY2(onToken.start(), qPrintable(onToken.error()));
        const QString cardKey = QStringLiteral("cardKey");
        QCOMPARE(onToken.demoPerson(QStringLiteral("zhang-wei"))[cardKey].toString(),
                 platform.demoPerson(QStringLiteral("zhang-wei"))[cardKey].toString());
        QVERIFY(!onToken.demoPerson(QStringLiteral("zhang-wei"))[cardKey].toString().isEmpty());
        const auto card =
            onToken.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
                               onToken.cardProof(QStringLiteral("zhang-wei")));
        QCOMPARE(card.status, 200);

        const QString code = onToken.mint(QStringLiteral("zhang-wei"));
        QCOMPARE(keyIdOf(code), 1);
        QCOMPARE(resolve(onToken, code).status, 200);
        const auto [rotated, report] = onToken.command({QStringLiteral("keys"), QStringLiteral("rotate")});
        QVERIFY2(rotated == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("PKCS#11 token ssc-test")), qPrintable(report));
        const QString next = onToken.mint(QStringLiteral("li-na"));
        QCOMPARE(keyIdOf(next), 2);
        QCOMPARE(resolve(onToken, next).status, 200);
        // No key file anywhere: the keys are on the token.
        QVERIFY(!QFile::exists(onToken.folder() + QStringLiteral("/keys")));
    }
};

QTEST_MAIN(TestKeysApi)
#include "tst_keysapi.moc"
