// The platform's own analysis of a certification recording (face/recordinganalysis.h), on recordings made the
// way a terminal makes them (640x480 Motion-JPEG, frame times) from sequences built from a real photo: the
// honest ones pass, and each way of cheating the old terminal-decided check is caught with its own verdict.
#include "evidencerecording.h"
#include "facesequences.h"
#include "recordinganalysis.h"

#include <QTest>

using namespace ssc::face;
using fixtures::framesOf;

namespace {

RecordingAnalysis::Report analysed(const QList<QImage>& frames, const QList<LivenessAction>& actions,
                                   CertificationMethod method = CertificationMethod::Actions)
{
    static RecordingAnalysis analysis;
    const fixtures::Recording recording = fixtures::recorded(frames);
    const QList<QImage> decoded = EvidenceRecording::frames(recording.avi);
    return analysis.analyse(decoded, recording.timesMs, method, actions, fixtures::photoOnFile());
}

const QList<LivenessAction> blinkThenNod{LivenessAction::Blink, LivenessAction::Nod};

} // namespace

Q_DECLARE_METATYPE(ssc::face::RecordingVerdict)

class TestRecordingAnalysis : public QObject {
    Q_OBJECT

private slots:
    void theAskedActionsInTheAskedOrderPass_data()
    {
        QTest::addColumn<QList<LivenessAction>>("actions");
        QTest::newRow("blink, nod") << blinkThenNod;
        QTest::newRow("turn, blink") << QList<LivenessAction>{LivenessAction::TurnHead,
                                                              LivenessAction::Blink};
        QTest::newRow("blink, open mouth")
            << QList<LivenessAction>{LivenessAction::Blink, LivenessAction::OpenMouth};
    }

    void theAskedActionsInTheAskedOrderPass()
    {
        QFETCH(QList<LivenessAction>, actions);
        const auto report = analysed(framesOf(fixtures::doing(actions)), actions);
        qInfo() << "photo distance of an honest recording:" << report.photoDistance;
        QCOMPARE(RecordingAnalysis::code(report.verdict), QStringLiteral("passed"));
        QVERIFY(!report.bestFrame.isNull());
        QCOMPARE(report.framesWithFace, report.frames);
    }

    void theActionsInAnotherOrderFail()
    {
        const auto report =
            analysed(framesOf(fixtures::doing({LivenessAction::Nod, LivenessAction::Blink})), blinkThenNod);
        QCOMPARE(RecordingAnalysis::code(report.verdict), QStringLiteral("wrong_order"));
    }

    void anActionNotDoneFails()
    {
        const auto report = analysed(framesOf(fixtures::doing({LivenessAction::Blink})), blinkThenNod);
        QCOMPARE(RecordingAnalysis::code(report.verdict), QStringLiteral("action_not_seen"));
    }

    void aStillPhotoFails()
    {
        // A person's photo held still in front of the camera: sensor noise in every frame, nothing else.
        QCOMPARE(RecordingAnalysis::code(analysed(fixtures::still(60).frames, blinkThenNod).verdict),
                 QStringLiteral("still_image"));
        // The same picture sent as every frame.
        QList<QImage> same(60, fixtures::portrait());
        QCOMPARE(RecordingAnalysis::code(analysed(same, blinkThenNod).verdict),
                 QStringLiteral("still_image"));
    }

    void aPrintedPhotoMovedAboutNeverBlinks()
    {
        QCOMPARE(RecordingAnalysis::code(analysed(fixtures::printedPhoto(60).frames, blinkThenNod).verdict),
                 QStringLiteral("no_blink"));
    }

    void aLoopedVideoFails()
    {
        const QList<QImage> once = framesOf(fixtures::doing({LivenessAction::Nod}));
        QCOMPARE(RecordingAnalysis::code(analysed(once + once, blinkThenNod).verdict),
                 QStringLiteral("looped_video"));
    }

    void thePhotoOnFileInTheRecordingFails()
    {
        QList<QImage> frames = framesOf(fixtures::doing(blinkThenNod));
        frames.insert(30, fixtures::photoOnFile());
        QCOMPARE(RecordingAnalysis::code(analysed(frames, blinkThenNod).verdict),
                 QStringLiteral("photo_reused"));
    }

    void aSecondPersonFails()
    {
        QList<fixtures::Sequence> sequences = fixtures::doing(blinkThenNod);
        sequences.insert(1, fixtures::secondFace());
        QCOMPARE(RecordingAnalysis::code(analysed(framesOf(sequences), blinkThenNod).verdict),
                 QStringLiteral("second_person"));
    }

    void leavingThePictureFails()
    {
        QList<fixtures::Sequence> sequences = fixtures::doing(blinkThenNod);
        sequences.insert(2, fixtures::noFace(15));
        QCOMPARE(RecordingAnalysis::code(analysed(framesOf(sequences), blinkThenNod).verdict),
                 QStringLiteral("face_left"));
    }

    void readingAloud()
    {
        const QList<QImage> reading = framesOf(
            {fixtures::still(12), fixtures::mouthOpen(), fixtures::mouthOpen(), fixtures::mouthOpen()});
        QCOMPARE(RecordingAnalysis::code(analysed(reading, {}, CertificationMethod::ReadAloud).verdict),
                 QStringLiteral("passed"));
        QCOMPARE(RecordingAnalysis::code(
                     analysed(fixtures::still(60).frames, {}, CertificationMethod::ReadAloud).verdict),
                 QStringLiteral("still_image"));
        const QList<QImage> silent = framesOf({fixtures::still(12), fixtures::blink(), fixtures::still(30)});
        QCOMPARE(RecordingAnalysis::code(analysed(silent, {}, CertificationMethod::ReadAloud).verdict),
                 QStringLiteral("not_spoken"));
    }
};

QTEST_GUILESS_MAIN(TestRecordingAnalysis)
#include "tst_recordinganalysis.moc"
