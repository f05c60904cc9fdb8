// The key stores behind keys/keystore.h, each through the same interface: key files (0600) and a PKCS#11
// token (SoftHSM 2, a private token folder). Signatures checked with OpenSSL (core/ecard/ed25519.h), the
// card key diversification compared with the platform's own arithmetic (core/cardauth/cardkey.h).
#include "cardauth/cardkey.h"
#include "ecard/ed25519.h"
#include "keys/filekeystore.h"
#include "keys/keystore.h"
#include "softhsmtoken.h"

#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace ssc;
using namespace ssc::platform;

namespace {

unsigned mode(const QString& path)
{
    struct stat info {};
    return ::stat(path.toLocal8Bit().constData(), &info) == 0 ? info.st_mode & 0777 : 0;
}

} // namespace

class TestKeyStore : public QObject {
    Q_OBJECT
    SoftHsmToken token;
    QTemporaryDir files;

    // A fresh view of the store of that kind, as a restarted platform or a second instance opens it.
    std::unique_ptr<KeyStore> open(const QString& kind, QString* error = nullptr)
    {
        QString ignored;
        const QString spec =
            kind == u"pkcs11" ? token.spec() : QStringLiteral("file:") + files.filePath(kind);
        return openKeyStore(spec, {}, error ? error : &ignored);
    }

private slots:
    void initTestCase() { QVERIFY2(token.ready(), qPrintable(token.error())); }

    void kinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("key files") << QStringLiteral("files");
        QTest::newRow("PKCS#11 (SoftHSM)") << QStringLiteral("pkcs11");
    }

    void signingKeysSignAndStay_data() { kinds_data(); }
    void signingKeysSignAndStay()
    {
        QFETCH(QString, kind);
        QString error;
        auto store = open(kind, &error);
        QVERIFY2(store, qPrintable(error));
        const auto first = store->createSigningKey(1, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->size(), 32);
        const auto second = store->createSigningKey(2, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(*first != *second);

        const QByteArray message = "SSC1." + QByteArray(29, '\x07');
        const auto signature = store->sign(1, message);
        QVERIFY(signature);
        QCOMPARE(signature->size(), 64);
        QVERIFY(ed25519Verify(*first, message, *signature));
        QVERIFY(!ed25519Verify(*second, message, *signature));
        QVERIFY(!ed25519Verify(*first, message + "x", *signature));

        // Another instance (or a restart) signs with the same key; a key id is made once only.
        auto again = open(kind);
        QVERIFY(again);
        const auto later = again->sign(2, message);
        QVERIFY(later);
        QVERIFY(ed25519Verify(*second, message, *later));
        QVERIFY(!again->createSigningKey(1, &error));
        QVERIFY(!again->sign(3, message));
    }

    // The token computes the card keys the key files compute, so an issuer moving its master key into an HSM
    // (`ssc-platform keys import-issuer-key`) keeps every card it issued.
    void theIssuerKeyDiversifiesLikeTheCardArithmetic_data() { kinds_data(); }
    void theIssuerKeyDiversifiesLikeTheCardArithmetic()
    {
        QFETCH(QString, kind);
        QString error;
        auto store = open(kind, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->hasIssuerKey());
        QVERIFY(!store->diversify(QByteArray(16, '\0')));
        QVERIFY(!store->openIssuerKey(&error));
        QVERIFY(!store->importIssuerKey(QByteArray(15, 'k'), &error));
        const QByteArray master = QByteArray::fromHex("0123456789abcdeffedcba9876543210");
        QVERIFY2(store->importIssuerKey(master, &error), qPrintable(error));
        QVERIFY(store->openIssuerKey(&error));
        const QByteArray identifier = QByteArray::fromHex("110000d156000005a1b2c3d4e5f60718");
        const auto cardKey = store->diversify(identifier);
        QVERIFY(cardKey);
        QCOMPARE(*cardKey, *cardauth::diversify(master, identifier));
        QVERIFY(!store->diversify(identifier.left(8)));
        // Taken once: a second master key would orphan every card of the first.
        QVERIFY(!store->importIssuerKey(master, &error));
        QVERIFY(!store->createIssuerKey(&error));
        auto again = open(kind);
        QCOMPARE(*again->diversify(identifier), *cardKey);
    }

    // Encryption at rest (keys/dataseal.h): data keys wrapped by a key that never leaves the store, unwrapped
    // by another instance of the same store, and by no other store.
    void dataKeysAreWrappedByTheStore_data() { kinds_data(); }
    void dataKeysAreWrappedByTheStore()
    {
        QFETCH(QString, kind);
        QString error;
        auto store = open(kind, &error);
        QVERIFY2(store, qPrintable(error));
        const QByteArray dataKey =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        QVERIFY2(store->ensureDataWrappingKey(&error), qPrintable(error));
        const auto wrapped = store->wrapDataKey(dataKey);
        QVERIFY(wrapped);
        QVERIFY(!wrapped->contains(dataKey.mid(8, 8)));
        QVERIFY(*store->wrapDataKey(dataKey) != *wrapped); // a fresh nonce each time
        QVERIFY(!store->wrapDataKey(dataKey.left(16)));

        auto again = open(kind);
        QVERIFY(again && again->ensureDataWrappingKey(&error));
        QCOMPARE(again->unwrapDataKey(*wrapped), std::optional(dataKey));
        QByteArray tampered = *wrapped;
        tampered[tampered.size() - 3] = char(tampered[tampered.size() - 3] ^ 0x40);
        QCOMPARE(again->unwrapDataKey(tampered), std::nullopt);
        QCOMPARE(again->unwrapDataKey(wrapped->left(20)), std::nullopt);
        // Another store (the other kind) has its own wrapping key: what this one wrapped stays shut.
        auto other = open(kind == u"pkcs11" ? QStringLiteral("other-files") : QStringLiteral("pkcs11"));
        QVERIFY(other && other->ensureDataWrappingKey(&error));
        QCOMPARE(other->unwrapDataKey(*wrapped), std::nullopt);
    }

    void keyFilesArePrivate()
    {
        const QString folder = files.filePath(QStringLiteral("private"));
        FileKeyStore store(folder, {});
        QString error;
        QVERIFY(openKeyStore(QStringLiteral("file:") + folder, {}, &error));
        QVERIFY(store.createSigningKey(7, &error));
        QVERIFY(store.createIssuerKey(&error));
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(store.signingKeyFile(7)), 0600);
        QCOMPARE(mode(folder + QStringLiteral("/issuer-master.key")), 0600);
        // A key file others may read is refused, not used: the key may have been exposed.
        QFile::setPermissions(store.signingKeyFile(7),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        FileKeyStore fresh(folder, {});
        QVERIFY(!fresh.sign(7, "message"));
        QFile::setPermissions(folder + QStringLiteral("/issuer-master.key"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(!fresh.openIssuerKey(&error));
        QVERIFY2(error.contains(QStringLiteral("0600")), qPrintable(error));
    }

    void aTokenThatCannotBeOpenedSaysWhy()
    {
        QString error;
        QVERIFY(!openKeyStore(QStringLiteral("pkcs11:token=nobody?module-path=%1&pin-source=%2")
                                  .arg(QString::fromLatin1(SoftHsmToken::module), token.pinPath()),
                              {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no PKCS#11 token labelled nobody")), qPrintable(error));
        QFile wrongPin(files.filePath(QStringLiteral("wrong.pin")));
        wrongPin.open(QIODevice::WriteOnly);
        wrongPin.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        wrongPin.write("00000000\n");
        wrongPin.close();
        QVERIFY(!openKeyStore(
            QStringLiteral("pkcs11:token=%1?module-path=%2&pin-source=%3")
                .arg(token.label(), QString::fromLatin1(SoftHsmToken::module), wrongPin.fileName()),
            {}, &error));
        QVERIFY2(error.contains(QStringLiteral("PIN")), qPrintable(error));
        QVERIFY(!openKeyStore(
            QStringLiteral("pkcs11:token=x?module-path=/nonexistent.so&pin-source=%1").arg(token.pinPath()),
            {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be loaded")), qPrintable(error));
        QVERIFY(!openKeyStore(QStringLiteral("vault:somewhere"), {}, &error));
        QVERIFY(!openKeyStore(QStringLiteral("pkcs11:token=x"), {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
