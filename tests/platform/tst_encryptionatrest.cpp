// Encryption at rest over the real platform (docs/privacy.md, "Encryption at rest"): the photos on file, an
// attempt's face, recording and sound, and dispute evidence are stored sealed (AES-256-GCM, each blob's data
// key wrapped by the key store). What is stored opens with the platform's key store to exactly what was sent;
// without it, or moved to another row, it does not open; the database file holds none of the plain bytes.
#include "certificationattempts.h"
#include "evidencefiles.h"
#include "keys/dataseal.h"
#include "keys/keystore.h"
#include "sealedstore.h"
#include "wavaudio.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certificationattempts;
using namespace ssc::platform;

class TestEncryptionAtRest : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    // What was sent, to look for in what is stored.
    QByteArray sentRecording;
    QByteArray sentSound;
    QByteArray sentEvidence;
    QString receipt;
    QString evidenceId;

    QByteArray stored(const QString& sql, const QVariant& row)
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        q.addBindValue(row);
        return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
    }

    static QByteArray varyingPcm()
    {
        QByteArray pcm(32000, Qt::Uninitialized);
        for (qsizetype i = 0; i < pcm.size(); ++i)
            pcm[i] = char((i * 7 + i / 251) % 256);
        return pcm;
    }

    // A piece from the middle of the plain bytes: a chance match in cipher text is out of the question.
    static QByteArray telltale(const QByteArray& plain) { return plain.mid(plain.size() / 2, 32); }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        // A read-aloud attempt keeps its face, its recording and its sound for the reviewing clerk.
        const ssc::face::fixtures::Recording recording = reading();
        sentRecording = recording.avi;
        sentSound = ssc::face::wavFromPcm16(varyingPcm(), 16000, 1);
        QJsonObject body = attempt(platform, QStringLiteral("read-aloud"),
                                   askChallenge(platform, QStringLiteral("elderly-parent")).json, recording);
        body.insert(QStringLiteral("recordingSound"), QString::fromLatin1(sentSound.toBase64()));
        const auto filed = send(platform, QStringLiteral("elderly-parent"), "at-rest-attempt-1", body);
        QCOMPARE(filed.status, 201);
        receipt = filed.json[QStringLiteral("receipt")].toString();
        // A dispute's evidence file.
        sentEvidence = evidencefiles::jpeg(320, 240);
        const auto uploaded =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/evidence"),
                                {{QStringLiteral("name"), QStringLiteral("工资条.jpg")},
                                 {QStringLiteral("data"), QString::fromLatin1(sentEvidence.toBase64())}},
                                platform.citizenHeaders(QStringLiteral("zhang-wei")));
        QCOMPARE(uploaded.status, 201);
        evidenceId = uploaded.json[QStringLiteral("id")].toString();
    }

    void thePhotosOnFileAreSealedAtStart()
    {
        // The demo seeds its photos in the clear; the start seals them before serving.
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT person_id, photo FROM person_photos")));
        int photos = 0;
        while (q.next()) {
            const QByteArray blob = q.value(1).toByteArray();
            QVERIFY(dataseal::isSealed(blob));
            const auto photo = sealedstore::open(
                platform, blob, dataseal::place("person_photos", "photo", q.value(0).toString()));
            QVERIFY(photo);
            QVERIFY(!QImage::fromData(*photo).isNull());
            ++photos;
        }
        QVERIFY(photos > 0);
    }

    void anAttemptsFaceRecordingAndSoundAreSealed()
    {
        const QString where = QStringLiteral("SELECT %1 FROM certification_attempts WHERE receipt = ?");
        const QByteArray recording = stored(where.arg(QStringLiteral("recording")), receipt);
        const QByteArray sound = stored(where.arg(QStringLiteral("recording_sound")), receipt);
        const QByteArray frame = stored(where.arg(QStringLiteral("frame")), receipt);
        for (const QByteArray& blob : {recording, sound, frame})
            QVERIFY(dataseal::isSealed(blob));
        QVERIFY(!recording.contains(telltale(sentRecording)));
        QCOMPARE(sealedstore::open(platform, recording,
                                   dataseal::place("certification_attempts", "recording", receipt)),
                 std::optional(sentRecording));
        QCOMPARE(sealedstore::open(platform, sound,
                                   dataseal::place("certification_attempts", "recording_sound", receipt)),
                 std::optional(sentSound));
        const auto face =
            sealedstore::open(platform, frame, dataseal::place("certification_attempts", "frame", receipt));
        QVERIFY(face && !QImage::fromData(*face).isNull());
    }

    void evidenceIsSealed()
    {
        const QByteArray blob =
            stored(QStringLiteral("SELECT content FROM evidence WHERE id = ?"), evidenceId);
        QVERIFY(dataseal::isSealed(blob));
        QVERIFY(!blob.contains(telltale(sentEvidence)));
        QCOMPARE(sealedstore::open(platform, blob, dataseal::place("evidence", "content", evidenceId)),
                 std::optional(sentEvidence));
    }

    void withoutTheKeyStoreOrInAnotherRowNothingOpens()
    {
        const QByteArray blob =
            stored(QStringLiteral("SELECT content FROM evidence WHERE id = ?"), evidenceId);
        const QByteArray place = dataseal::place("evidence", "content", evidenceId);
        // Another key store (a copy of the database taken elsewhere): the data key does not unwrap.
        QTemporaryDir elsewhere;
        QString error;
        const auto otherKeys =
            openKeyStore(QStringLiteral("file:") + elsewhere.filePath(QStringLiteral("keys")), {}, &error);
        QVERIFY2(otherKeys && otherKeys->ensureDataWrappingKey(&error), qPrintable(error));
        QCOMPARE(dataseal::open(*otherKeys, blob, place), std::nullopt);
        // The right store, but the blob copied into another row or column.
        QCOMPARE(
            sealedstore::open(platform, blob, dataseal::place("evidence", "content", QStringLiteral("E1"))),
            std::nullopt);
        QCOMPARE(sealedstore::open(platform, blob, dataseal::place("person_photos", "photo", evidenceId)),
                 std::nullopt);
        // One byte changed anywhere: refused, not decrypted to something else.
        for (const qsizetype at : {qsizetype(9), blob.size() / 2, blob.size() - 1}) {
            QByteArray tampered = blob;
            tampered[at] = char(tampered[at] ^ 0x01);
            QCOMPARE(sealedstore::open(platform, tampered, place), std::nullopt);
        }
    }

    void aDumpOfTheDatabaseHoldsNoneOfThePlainBytes()
    {
        const QByteArray photo = sealedstore::photoOnFile(platform);
        QVERIFY(!photo.isEmpty());
        const QList<QByteArray> plain{sentRecording, sentSound.mid(44), sentEvidence, photo};
        if (platform.databaseKind() == u"sqlite") {
            // The database's files as a copy of the disk would have them.
            const QString path = platform.databaseUrl().startsWith(u"sqlite:") ? platform.databaseUrl().mid(7)
                                                                               : platform.databaseUrl();
            QByteArray files;
            for (const QString& file : {path, path + QStringLiteral("-wal")}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    files += f.readAll();
            }
            QVERIFY(files.size() > 100000);
            for (int i = 0; i < plain.size(); ++i)
                QVERIFY2(!files.contains(telltale(plain[i])), qPrintable(QString::number(i)));
            return;
        }
        // PostgreSQL: every row of the tables that hold them, as text, as pg_dump writes them (bytea in hex).
        QByteArray dump;
        QSqlQuery q(platform.database());
        for (const char* table : {"person_photos", "certification_attempts", "evidence"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(QLatin1String(table))));
            while (q.next())
                dump += q.value(0).toString().toLatin1();
        }
        QVERIFY(dump.size() > 100000);
        for (const QByteArray& bytes : plain)
            QVERIFY(!dump.contains(telltale(bytes).toHex()));
    }
};

QTEST_MAIN(TestEncryptionAtRest)
#include "tst_encryptionatrest.moc"
