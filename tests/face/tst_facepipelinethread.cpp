// The face pipeline's own thread (facepipeline.h): frames offered from the screen's thread while the analyser
// works on another, dropped while it is busy, measurements handed back in order, a reset between frames, the
// models failing to load, and the pipeline destroyed with a frame in hand. The ThreadSanitizer stage runs
// this test for the face part (tests/face/CMakeLists.txt): the analysis itself is one thread's arithmetic,
// tested frame by frame in tst_facepipeline.
#include "facepipeline.h"
#include "facesequences.h"

#include <QSignalSpy>
#include <QTest>

using namespace ssc::face;

class TestFacePipelineThread : public QObject {
    Q_OBJECT

private slots:
    void framesOfferedWhileBusyAreDroppedAndTheRestMeasuredInOrder()
    {
        const QList<QImage> frames = fixtures::still(12).frames;
        FacePipeline pipeline;
        QList<qint64> measuredAt;
        connect(&pipeline, &FacePipeline::measured, this, [&](const FaceMeasurement& m, const QImage& frame) {
            QVERIFY(!frame.isNull());
            measuredAt.append(m.atMs);
        });
        QSignalSpy failed(&pipeline, &FacePipeline::failed);

        // Offer every frame twice in a row, as a camera faster than the analyser would: the second offer of a
        // frame always finds the first one in hand.
        int accepted = 0;
        for (int i = 0; i < frames.size(); ++i) {
            if (pipeline.offer(frames[i], i * 66))
                ++accepted;
            QVERIFY(!pipeline.offer(frames[i], i * 66 + 1));
            QTRY_VERIFY_WITH_TIMEOUT(!pipeline.busy(), 20000);
        }
        QCOMPARE(failed.count(), 0);
        QCOMPARE(accepted, frames.size());
        QCOMPARE(pipeline.framesAnalysed(), quint64(frames.size()));
        QCOMPARE(pipeline.framesDropped(), quint64(frames.size()));
        QCOMPARE(measuredAt.size(), frames.size());
        for (int i = 0; i < measuredAt.size(); ++i)
            QCOMPARE(measuredAt[i], qint64(i * 66));
    }

    void aResetBetweenFramesStartsTrackingAgain()
    {
        const QList<QImage> frames = fixtures::still(6).frames;
        FacePipeline pipeline;
        QList<bool> detected;
        connect(&pipeline, &FacePipeline::measured, this, [&](const FaceMeasurement& m, const QImage&) {
            QVERIFY(m.hasLandmarks);
            detected.append(m.detected);
        });
        for (int i = 0; i < frames.size(); ++i) {
            if (i % 2 == 1)
                pipeline.reset(); // queued to the worker between two analyses
            QVERIFY(pipeline.offer(frames[i], i * 66));
            QTRY_VERIFY_WITH_TIMEOUT(!pipeline.busy(), 20000);
        }
        // The first frame and every frame after a reset run the detector; the others follow the face found.
        QCOMPARE(detected, (QList<bool>{true, true, false, true, false, true}));
    }

    void modelsThatDoNotLoadAreReportedAndTheNextFrameIsTaken()
    {
        FaceAnalyzer::Settings settings;
        settings.landmarkModel = QStringLiteral("/nonexistent/shape_predictor.dat");
        FacePipeline pipeline(settings);
        QSignalSpy failed(&pipeline, &FacePipeline::failed);
        QSignalSpy measured(&pipeline, &FacePipeline::measured);
        const QImage frame = fixtures::portrait();
        QVERIFY(pipeline.offer(frame, 0));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!pipeline.busy());
        QVERIFY(pipeline.offer(frame, 66)); // not stuck busy after a failure
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
        QCOMPARE(measured.count(), 0);
    }

    void destroyedWithAFrameInHand()
    {
        const QImage frame = fixtures::portrait();
        for (int round = 0; round < 3; ++round) {
            auto pipeline = std::make_unique<FacePipeline>();
            int measured = 0;
            connect(pipeline.get(), &FacePipeline::measured, this, [&] { ++measured; });
            QVERIFY(pipeline->offer(frame, 0));
            // The worker's answer is queued to this thread, which has not run its events yet: destroying the
            // pipeline now waits for the analysis and drops the answer with the object.
            pipeline.reset();
            QCoreApplication::processEvents();
            QCOMPARE(measured, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFacePipelineThread)
#include "tst_facepipelinethread.moc"
