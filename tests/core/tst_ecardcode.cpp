// The e-card code format and its Ed25519 signature (docs/ecard-code.md): round trip, tampering, time, shape.
#include "ecard/ecardcode.h"
#include "ecard/ed25519.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::ECardCodeProblem)

class TestECardCode : public QObject {
    Q_OBJECT
    Ed25519PrivateKey key = Ed25519PrivateKey::generate();

    SignedECardCode make(qint64 issuedAt = 1'800'000'000)
    {
        SignedECardCode s;
        s.code.keyId = 7;
        s.code.business = ECardCode::Business::Query;
        s.code.codeId = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        s.code.issuedAt = issuedAt;
        s.signature = key.sign(s.code.signedMessage());
        return s;
    }

private slots:
    void roundTrip()
    {
        const SignedECardCode original = make();
        const QString text = original.text();
        QVERIFY(text.startsWith(u"SSC1."));
        QVERIFY(text.size() < ECardCode::maxTextLength);
        const auto parsed = ECardCodeText::parse(text);
        QVERIFY(std::holds_alternative<SignedECardCode>(parsed));
        const SignedECardCode& back = std::get<SignedECardCode>(parsed);
        QCOMPARE(back.code.keyId, quint8(7));
        QCOMPARE(back.code.codeId, original.code.codeId);
        QCOMPARE(back.code.issuedAt, original.code.issuedAt);
        QCOMPARE(back.code.lifetimeSeconds, quint16(60));
        QCOMPARE(verifyECardCode(back, key.publicKey(), original.code.issuedAt + 10),
                 ECardCodeVerdict::Valid);
    }

    // One spelling: a valid code with anything around it is another text, refused (issue 16).
    void aValidCodeWithSpaceAroundItIsRefused_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<ECardCodeProblem>("problem");
        QTest::newRow("trailing space") << QString() << QStringLiteral(" ") << ECardCodeProblem::BadEncoding;
        QTest::newRow("trailing newline")
            << QString() << QStringLiteral("\n") << ECardCodeProblem::BadEncoding;
        QTest::newRow("trailing tab") << QString() << QStringLiteral("\t") << ECardCodeProblem::BadEncoding;
        QTest::newRow("leading space") << QStringLiteral(" ") << QString() << ECardCodeProblem::WrongPrefix;
    }

    void aValidCodeWithSpaceAroundItIsRefused()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(ECardCodeProblem, problem);
        const QString text = make().text();
        QVERIFY(std::holds_alternative<SignedECardCode>(ECardCodeText::parse(text)));
        const auto parsed = ECardCodeText::parse(before + text + after);
        QVERIFY(std::holds_alternative<ECardCodeProblem>(parsed));
        QCOMPARE(std::get<ECardCodeProblem>(parsed), problem);
    }

    void noPersonalDataInside()
    {
        // The payload is version, key, business, a random id, a time and a lifetime: 29 bytes, nothing else.
        QCOMPARE(make().code.payload().size(), 29);
    }

    void time()
    {
        const SignedECardCode s = make(1000);
        QCOMPARE(verifyECardCode(s, key.publicKey(), 1000 + 64), ECardCodeVerdict::Valid); // skew allowed
        QCOMPARE(verifyECardCode(s, key.publicKey(), 1000 + 65), ECardCodeVerdict::Expired);
        QCOMPARE(verifyECardCode(s, key.publicKey(), 1000 - 5), ECardCodeVerdict::Valid);
        QCOMPARE(verifyECardCode(s, key.publicKey(), 1000 - 6), ECardCodeVerdict::NotYetValid);
    }

    void tampering()
    {
        SignedECardCode s = make();
        s.code.issuedAt += 30; // someone extends the lifetime
        QCOMPARE(verifyECardCode(s, key.publicKey(), s.code.issuedAt), ECardCodeVerdict::BadSignature);
        const SignedECardCode good = make();
        QCOMPARE(verifyECardCode(good, Ed25519PrivateKey::generate().publicKey(), good.code.issuedAt),
                 ECardCodeVerdict::BadSignature); // another platform's key
        QVERIFY(!ed25519Verify(QByteArray(31, 'k'), "m", QByteArray(64, 's')));
        QVERIFY(!ed25519Verify(key.publicKey(), "m", QByteArray(63, 's')));
    }

    void keysRoundTrip()
    {
        const auto again = Ed25519PrivateKey::fromRaw(key.raw());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key.publicKey());
        QVERIFY(!Ed25519PrivateKey::fromRaw(QByteArray(31, 'x')));
        // RFC 8032 test 1: the public key of the all-zero-looking test secret.
        const auto rfc = Ed25519PrivateKey::fromRaw(
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QCOMPARE(rfc->publicKey().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(rfc->sign({}).toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                            "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ECardCodeProblem>("problem");
        QTest::newRow("empty") << QString() << ECardCodeProblem::Empty;
        QTest::newRow("blank") << QStringLiteral("  \r\n") << ECardCodeProblem::WrongPrefix;
        QTest::newRow("other QR") << QStringLiteral("https://example.com") << ECardCodeProblem::WrongPrefix;
        QTest::newRow("too long") << QString(201, u'S') << ECardCodeProblem::TooLong;
        QTest::newRow("one part") << QStringLiteral("SSC1.abc") << ECardCodeProblem::BadEncoding;
        QTest::newRow("three parts") << QStringLiteral("SSC1.a.b.c") << ECardCodeProblem::BadEncoding;
        QTest::newRow("not base64") << QStringLiteral("SSC1.***.***") << ECardCodeProblem::BadEncoding;
        QTest::newRow("short payload") << QStringLiteral("SSC1.AAAA.AAAA") << ECardCodeProblem::WrongSize;
        QTest::newRow("non-Latin") << QStringLiteral("SSC1.电子.社保") << ECardCodeProblem::BadEncoding;
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(ECardCodeProblem, problem);
        const auto parsed = ECardCodeText::parse(text);
        QVERIFY(std::holds_alternative<ECardCodeProblem>(parsed));
        QCOMPARE(std::get<ECardCodeProblem>(parsed), problem);
        QVERIFY(!ECardCodeText::describe(problem).isEmpty());
    }

    void unknownVersionAndBusiness()
    {
        SignedECardCode s = make();
        QByteArray payload = s.code.payload();
        payload[0] = 2;
        const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const auto text = [&](const QByteArray& p) {
            return QString::fromLatin1("SSC1." + p.toBase64(b64) + '.' + s.signature.toBase64(b64));
        };
        QCOMPARE(std::get<ECardCodeProblem>(ECardCodeText::parse(text(payload))),
                 ECardCodeProblem::UnknownVersion);
        payload = s.code.payload();
        payload[2] = 9;
        QCOMPARE(std::get<ECardCodeProblem>(ECardCodeText::parse(text(payload))),
                 ECardCodeProblem::UnknownBusiness);
    }
};

QTEST_GUILESS_MAIN(TestECardCode)
#include "tst_ecardcode.moc"
