// The e-licence QR format and its Ed25519 signature (docs/card-services.md, "The e-licence"): round trip,
// forged, altered, expired, unknown key, malformed; and that a licence's signature is never an e-card code's.
#include "ecard/ecardcode.h"
#include "ecard/ed25519.h"
#include "ecard/elicence.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::ELicenceProblem)

class TestELicence : public QObject {
    Q_OBJECT
    Ed25519PrivateKey key = Ed25519PrivateKey::generate();

    SignedELicence make(qint64 issuedAt = 1'800'000'000)
    {
        SignedELicence s;
        s.licence.keyId = 3;
        s.licence.serial = 42;
        s.licence.issuedAt = issuedAt;
        s.licence.holderName = QStringLiteral("张*");
        s.licence.holderNumber = QStringLiteral("11**************2X");
        s.licence.cardNumber = QStringLiteral("A******78");
        s.licence.issuerCode = QStringLiteral("110000");
        s.licence.validUntil = QStringLiteral("2030-01-01");
        s.signature = key.sign(s.licence.signedMessage());
        return s;
    }

    static SignedELicence parsed(const QString& text)
    {
        const auto result = ELicenceText::parse(text);
        if (!std::holds_alternative<SignedELicence>(result))
            qFatal("not parsed: %d", int(std::get<ELicenceProblem>(result)));
        return std::get<SignedELicence>(result);
    }

private slots:
    void roundTrip()
    {
        const SignedELicence original = make();
        const QString text = original.text();
        QVERIFY(text.startsWith(u"SSCEL1."));
        QVERIFY(ELicenceText::looksLikeLicence(text));
        QVERIFY(text.size() < 250); // a small QR code, easy to read off a phone
        const SignedELicence back = parsed(text);
        QCOMPARE(back.licence.keyId, quint8(3));
        QCOMPARE(back.licence.serial, quint64(42));
        QCOMPARE(back.licence.verificationCode(), QStringLiteral("00000000000000000042"));
        QCOMPARE(back.licence.holderName, QStringLiteral("张*"));
        QCOMPARE(back.licence.holderNumber, QStringLiteral("11**************2X"));
        QCOMPARE(back.licence.cardNumber, QStringLiteral("A******78"));
        QCOMPARE(back.licence.issuerCode, QStringLiteral("110000"));
        QCOMPARE(back.licence.validUntil, QStringLiteral("2030-01-01"));
        QCOMPARE(back.licence.lifetimeSeconds, ELicence::defaultLifetimeSeconds);
        QCOMPARE(back.text(), text);
        QCOMPARE(verifyELicence(back, key.publicKey(), original.licence.issuedAt + 10),
                 ELicenceVerdict::Valid);
    }

    void forgedSignatureIsRefused()
    {
        SignedELicence s = make();
        s.signature = Ed25519PrivateKey::generate().sign(s.licence.signedMessage()); // another key signed it
        QCOMPARE(verifyELicence(parsed(s.text()), key.publicKey(), s.licence.issuedAt),
                 ELicenceVerdict::BadSignature);
    }

    // One field changed after signing, through the text a forger would edit: the name unmasked, the card
    // number swapped, the lifetime stretched, the serial moved.
    void alteredFieldIsRefused_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 4; ++i)
            QTest::newRow(QByteArray::number(i)) << i;
    }

    void alteredFieldIsRefused()
    {
        QFETCH(int, field);
        SignedELicence s = make();
        switch (field) {
        case 0:
            s.licence.holderName = QStringLiteral("张三");
            break;
        case 1:
            s.licence.cardNumber = QStringLiteral("B******11");
            break;
        case 2:
            s.licence.lifetimeSeconds = 60000;
            break;
        default:
            s.licence.serial = 43;
        }
        const SignedELicence back = parsed(s.text());
        QCOMPARE(verifyELicence(back, key.publicKey(), s.licence.issuedAt), ELicenceVerdict::BadSignature);
    }

    void expiredAndNotYetValid()
    {
        const SignedELicence s = make(1000);
        const qint64 end = 1000 + ELicence::defaultLifetimeSeconds;
        QCOMPARE(verifyELicence(s, key.publicKey(), end + 4), ELicenceVerdict::Valid); // skew allowed
        QCOMPARE(verifyELicence(s, key.publicKey(), end + 5), ELicenceVerdict::Expired);
        QCOMPARE(verifyELicence(s, key.publicKey(), 1000 - 5), ELicenceVerdict::Valid);
        QCOMPARE(verifyELicence(s, key.publicKey(), 1000 - 6), ELicenceVerdict::NotYetValid);
    }

    // A key the verifier does not hold verifies nothing (the key ring answers KeyUnknown before this).
    void unknownKeyVerifiesNothing()
    {
        const SignedELicence s = make();
        QCOMPARE(verifyELicence(s, QByteArray(32, '\0'), s.licence.issuedAt), ELicenceVerdict::BadSignature);
        QCOMPARE(verifyELicence(s, QByteArray(), s.licence.issuedAt), ELicenceVerdict::BadSignature);
    }

    // Domain separation: the same key signs e-card codes, under "SSC1."; neither signature passes as the
    // other, whatever bytes are chosen.
    void aLicenceSignatureIsNoECardCodeSignature()
    {
        ECardCode code;
        code.keyId = 3;
        code.codeId = QByteArray(16, '\x01');
        code.issuedAt = 1'800'000'000;
        const QByteArray codeSignature = key.sign(code.signedMessage());
        const SignedELicence licence = make();
        QVERIFY(!ed25519Verify(key.publicKey(), code.signedMessage(), licence.signature));
        QVERIFY(!ed25519Verify(key.publicKey(), licence.licence.signedMessage(), codeSignature));
        QVERIFY(!licence.licence.signedMessage().startsWith(code.signedMessage().left(5)));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ELicenceProblem>("problem");
        const QString good = make().text();
        const qsizetype dot = good.lastIndexOf(u'.');
        QTest::newRow("empty") << QString() << ELicenceProblem::Empty;
        QTest::newRow("too long") << QString(700, u'A') << ELicenceProblem::TooLong;
        QTest::newRow("e-card code") << QStringLiteral("SSC1.AAAA.BBBB") << ELicenceProblem::WrongPrefix;
        QTest::newRow("leading space") << u' ' + good << ELicenceProblem::WrongPrefix;
        QTest::newRow("trailing newline") << good + u'\n' << ELicenceProblem::BadEncoding;
        QTest::newRow("no signature") << good.left(dot) << ELicenceProblem::BadEncoding;
        QTest::newRow("three parts") << good + QStringLiteral(".AA") << ELicenceProblem::BadEncoding;
        QTest::newRow("not base64") << QStringLiteral("SSCEL1.%%%.AAAA") << ELicenceProblem::BadEncoding;
        QTest::newRow("short signature")
            << good.left(dot + 1) + QStringLiteral("AAAA") << ELicenceProblem::WrongSize;
        QTest::newRow("short payload")
            << QStringLiteral("SSCEL1.") +
                   QString::fromLatin1(
                       QByteArray(10, '\x01')
                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                   good.mid(dot)
            << ELicenceProblem::WrongSize;
        QTest::newRow("non-Latin") << QStringLiteral("SSCEL1.张三.AAAA") << ELicenceProblem::WrongPrefix;
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(ELicenceProblem, problem);
        const auto result = ELicenceText::parse(text);
        QVERIFY(std::holds_alternative<ELicenceProblem>(result));
        QCOMPARE(std::get<ELicenceProblem>(result), problem);
        QVERIFY(!ELicenceText::describe(problem).isEmpty());
    }

    // Fields are checked one by one: a length past the end, bad UTF-8, a control character, bytes left
    // over, an unknown version.
    void malformedPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<ELicenceProblem>("problem");
        const QByteArray good = make().licence.payload();
        QByteArray version = good;
        version[0] = 2;
        QByteArray pastEnd = good.left(ELicence::headerSize);
        pastEnd.append(char(60)).append("abcdefghij");
        QByteArray badUtf8 = good.left(ELicence::headerSize);
        badUtf8.append(char(2)).append("\xff\xfe").append(QByteArray(4, '\0'));
        QByteArray control = good.left(ELicence::headerSize);
        control.append(char(1)).append('\n').append(QByteArray(4, '\0'));
        QTest::newRow("version") << version << ELicenceProblem::UnknownVersion;
        QTest::newRow("length past the end") << pastEnd << ELicenceProblem::BadField;
        QTest::newRow("bad UTF-8") << badUtf8 << ELicenceProblem::BadField;
        QTest::newRow("control character") << control << ELicenceProblem::BadField;
        QTest::newRow("bytes left over") << good + "x" << ELicenceProblem::WrongSize;
    }

    void malformedPayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(ELicenceProblem, problem);
        constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QString text = QStringLiteral("SSCEL1.") + QString::fromLatin1(payload.toBase64(b64)) + u'.' +
                             QString::fromLatin1(QByteArray(64, '\x07').toBase64(b64));
        const auto result = ELicenceText::parse(text);
        QVERIFY(std::holds_alternative<ELicenceProblem>(result));
        QCOMPARE(std::get<ELicenceProblem>(result), problem);
    }
};

QTEST_GUILESS_MAIN(TestELicence)
#include "tst_elicence.moc"
