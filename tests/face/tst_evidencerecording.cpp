// The read-aloud evidence recording: written from analysed frames, read back frame by frame for the clerk,
// and bytes that are not a recording (outside bytes, on the platform) give no frames rather than a crash.
#include "evidencerecording.h"
#include "facesequences.h"

#include <QTest>

using namespace ssc::face;

class TestEvidenceRecording : public QObject {
    Q_OBJECT

    static QByteArray recordStill(int frames)
    {
        EvidenceRecording recording;
        if (!recording.start(nullptr))
            return {};
        for (const QImage& frame : fixtures::still(frames).frames)
            recording.add(frame);
        return recording.finish();
    }

private slots:
    void aRecordingPlaysBack()
    {
        const QByteArray bytes = recordStill(30);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes.size() < 1024 * 1024, qPrintable(QString::number(bytes.size())));
        const QList<QImage> frames = EvidenceRecording::frames(bytes);
        QCOMPARE(frames.size(), 30);
        QCOMPARE(frames.first().size(), QSize(320, 240));
        // The picture survives: the middle of the face is not grey noise.
        QVERIFY(frames[10].pixelColor(160, 120) != QColor(0, 0, 0));
        QCOMPARE(EvidenceRecording::frames(bytes, 5).size(), 5);
    }

    void nothingRecordedGivesNothing()
    {
        EvidenceRecording recording;
        QVERIFY(recording.start(nullptr));
        QVERIFY(recording.finish().isEmpty());
        QVERIFY(!recording.isRecording());
    }

    void bytesThatAreNotARecordingGiveNoFrames()
    {
        QVERIFY(EvidenceRecording::frames({}).isEmpty());
        QVERIFY(EvidenceRecording::frames(QByteArray("RIFF\x10\x00\x00\x00"
                                                     "AVI LIST",
                                                     16))
                    .isEmpty());
        QVERIFY(EvidenceRecording::frames(QByteArray(5000, 'x')).isEmpty());
        const QByteArray whole = recordStill(10);
        // Cut short, or with its middle overwritten: whatever frames are whole, never a crash.
        QVERIFY(EvidenceRecording::frames(whole.left(whole.size() / 2)).size() <= 10);
        QByteArray damaged = whole;
        for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 2000 && i < damaged.size(); ++i)
            damaged[i] = char(0xff);
        QVERIFY(EvidenceRecording::frames(damaged).size() <= 10);
    }

    // The picture size in each JPEG's header is believed by libjpeg: a crafted frame of 16,000 x 16,000 made
    // OpenCV's reader reserve 800 MB (the face_recording fuzz target's finding). No camera of ours records
    // past 4096 px a side, so a header that says more refuses the recording before anything is decoded.
    void aPictureLargerThanAnyCameraIsRefusedUnread()
    {
        QByteArray recording = recordStill(3);
        int pictures = 0;
        for (qsizetype at = recording.indexOf("\xff\xc0"); at >= 0;
             at = recording.indexOf("\xff\xc0", at + 2)) {
            recording.replace(at + 5, 4, QByteArray("\x13\x88\x13\x88", 4)); // 5000 x 5000
            ++pictures;
        }
        QCOMPARE(pictures, 3);
        QVERIFY(EvidenceRecording::frames(recording).isEmpty());
    }

    // The frames are found by walking the file's chunks, so chunks around them change nothing, and a chunk
    // whose size runs past the file ends the walk with the frames that were whole.
    void theWalkFindsFramesAndTrustsNoSize()
    {
        const QByteArray whole = recordStill(4);
        QCOMPARE(EvidenceRecording::frames(whole).size(), 4);
        QByteArray lying = whole;
        const qsizetype last =
            lying.lastIndexOf("00dc", lying.indexOf("idx1")); // the last frame, not its index
        QVERIFY(last > 0);
        lying.replace(last + 4, 4, QByteArray("\xff\xff\xff\x7f", 4));
        QCOMPARE(EvidenceRecording::frames(lying).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRecording)
#include "tst_evidencerecording.moc"
