// The face pipeline on camera frame sequences built from a real photo (facesequences.h): what the analyser
// measures, what the guidance says, and how each liveness challenge and the read-aloud check end.
#include "faceanalyzer.h"
#include "facesequences.h"
#include "guidance.h"
#include "liveness.h"
#include "readaloud.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ssc::face;
using fixtures::Sequence;

// Declared before the first use: clang refuses a declaration after the type's metatype was instantiated.
Q_DECLARE_METATYPE(ssc::face::Guidance)
Q_DECLARE_METATYPE(fixtures::Sequence)
Q_DECLARE_METATYPE(ssc::face::ReadAloudCheck::State)

namespace {

// One camera showing the sequences one after another, 15 frames a second, through one analyser (so tracking
// carries over from one to the next as it would live).
QList<FaceMeasurement> measure(const QList<Sequence>& sequences)
{
    FaceAnalyzer analyzer;
    QList<FaceMeasurement> measurements;
    qint64 at = 0;
    for (const Sequence& sequence : sequences)
        for (const QImage& frame : sequence.frames) {
            measurements.append(analyzer.analyse(frame, at));
            at += 1000 / 15;
        }
    return measurements;
}

LivenessCheck::State runLiveness(const QList<Sequence>& sequences, const QList<LivenessAction>& actions)
{
    LivenessCheck check(actions);
    FaceGuide guide;
    for (const FaceMeasurement& m : measure(sequences)) {
        const Guidance guidance = guide.feed(m, check.actionUnderWay());
        if (guidance == Guidance::Ready || check.actionUnderWay())
            check.feed(m);
    }
    return check.state();
}

ReadAloudCheck::State runReadAloud(const QList<Sequence>& sequences)
{
    ReadAloudCheck check;
    FaceGuide guide;
    qint64 last = 0;
    for (const FaceMeasurement& m : measure(sequences)) {
        check.feed(m, guide.feed(m, true));
        last = m.atMs;
    }
    return check.finish(last);
}

double maximumOf(const QList<FaceMeasurement>& ms, double (*value)(const FaceMeasurement&))
{
    double best = -1e9;
    for (const FaceMeasurement& m : ms)
        best = std::max(best, value(m));
    return best;
}

} // namespace

class TestFacePipeline : public QObject {
    Q_OBJECT

private slots:
    void aFaceLookingAtTheCameraIsMeasured()
    {
        const QList<FaceMeasurement> ms = measure({fixtures::still(20)});
        int detected = 0;
        for (const FaceMeasurement& m : ms) {
            QCOMPARE(m.faceCount, 1);
            QVERIFY(m.hasLandmarks);
            QVERIFY(m.insideOval);
            QVERIFY2(m.faceWidthShare > 0.5 && m.faceWidthShare < 0.75,
                     qPrintable(QString::number(m.faceWidthShare)));
            QVERIFY2(std::abs(m.yaw) < 10, qPrintable(QString::number(m.yaw)));
            QVERIFY2(m.eyeAspectRatio > 0.25 && m.eyeAspectRatio < 0.4,
                     qPrintable(QString::number(m.eyeAspectRatio)));
            QVERIFY(m.mouthAspectRatio < 0.25);
            QVERIFY(m.brightness > 120);
            QVERIFY(m.sharpness > 50);
            QVERIFY(m.eyesCovered < 0.3);
            QVERIFY(m.mouthCovered < 0.7);
            QVERIFY2(m.motion < 0.03, qPrintable(QString::number(m.motion)));
            detected += m.detected ? 1 : 0;
        }
        // Detected on the first frame and then every ninth; tracked in between.
        QVERIFY(ms.first().detected);
        QCOMPARE(detected, 3);
    }

    void signalsMoveWithTheActions()
    {
        const QList<FaceMeasurement> blink = measure({fixtures::blink()});
        const double openEyes = blink.first().eyeAspectRatio;
        double closedEyes = 1;
        for (const FaceMeasurement& m : blink)
            closedEyes = std::min(closedEyes, m.eyeAspectRatio);
        QVERIFY2(closedEyes < openEyes * 0.5,
                 qPrintable(QStringLiteral("%1 %2").arg(closedEyes).arg(openEyes)));
        QVERIFY(blink.last().eyeAspectRatio > openEyes * 0.85);

        const QList<FaceMeasurement> turn = measure({fixtures::headTurn()});
        const double yaw0 = turn.first().yaw;
        QVERIFY(maximumOf(turn, [](const FaceMeasurement& m) { return std::abs(m.yaw); }) >
                std::abs(yaw0) + 15);
        QVERIFY(std::abs(turn.last().yaw - yaw0) < 5);

        const QList<FaceMeasurement> nod = measure({fixtures::nod()});
        QVERIFY(maximumOf(nod, [](const FaceMeasurement& m) { return m.pitch; }) > nod.first().pitch + 12);

        const QList<FaceMeasurement> mouth = measure({fixtures::mouthOpen()});
        QVERIFY(maximumOf(mouth, [](const FaceMeasurement& m) { return m.mouthAspectRatio; }) >
                mouth.first().mouthAspectRatio + 0.2);
    }

    void guidanceNamesWhatIsWrong_data()
    {
        QTest::addColumn<Sequence>("sequence");
        QTest::addColumn<Guidance>("expected");
        QTest::newRow("still") << fixtures::still(10) << Guidance::Ready;
        QTest::newRow("no face") << fixtures::noFace() << Guidance::FindFace;
        QTest::newRow("second face") << fixtures::secondFace() << Guidance::OnlyOnePerson;
        QTest::newRow("dark") << fixtures::dark() << Guidance::MoreLight;
        QTest::newRow("off centre") << fixtures::offCentre() << Guidance::KeepInside;
        QTest::newRow("too far") << fixtures::tooFar() << Guidance::ComeCloser;
        QTest::newRow("too close") << fixtures::tooClose() << Guidance::MoveBack;
        QTest::newRow("looking up") << fixtures::lookingUp() << Guidance::FaceTheScreen;
        QTest::newRow("mask") << fixtures::maskOverMouth() << Guidance::Uncover;
        QTest::newRow("dark glasses") << fixtures::darkGlasses() << Guidance::Uncover;
        QTest::newRow("blurred") << fixtures::blurred() << Guidance::HoldStill;
        QTest::newRow("shaking") << fixtures::shaking() << Guidance::HoldStill;
    }

    void guidanceNamesWhatIsWrong()
    {
        QFETCH(Sequence, sequence);
        QFETCH(Guidance, expected);
        FaceGuide guide;
        Guidance said = Guidance::FindFace;
        for (const FaceMeasurement& m : measure({sequence}))
            said = guide.feed(m);
        QCOMPARE(said, expected);
    }

    void oneBadFrameIsNotSaid()
    {
        // Two dark frames inside a lit sequence: the guidance stays Ready (it needs three running).
        QList<Sequence> parts = {fixtures::still(8), fixtures::dark(2), fixtures::still(1)};
        FaceGuide guide;
        QList<Guidance> said;
        for (const FaceMeasurement& m : measure(parts))
            said.append(guide.feed(m));
        QVERIFY(!said.contains(Guidance::MoreLight));
        QCOMPARE(said.last(), Guidance::Ready);
    }

    void livenessPassesWhenTheActionsAreDone_data()
    {
        QTest::addColumn<QList<Sequence>>("sequences");
        QTest::addColumn<QList<LivenessAction>>("actions");
        QTest::newRow("blink, nod") << QList<Sequence>{fixtures::still(8), fixtures::blink(), fixtures::nod()}
                                    << QList<LivenessAction>{LivenessAction::Blink, LivenessAction::Nod};
        QTest::newRow("turn, blink") << QList<Sequence>{fixtures::still(8), fixtures::headTurn(),
                                                        fixtures::blink()}
                                     << QList<LivenessAction>{LivenessAction::TurnHead,
                                                              LivenessAction::Blink};
        QTest::newRow("mouth, blink")
            << QList<Sequence>{fixtures::still(8), fixtures::mouthOpen(), fixtures::still(4),
                               fixtures::blink()}
            << QList<LivenessAction>{LivenessAction::OpenMouth, LivenessAction::Blink};
    }

    void livenessPassesWhenTheActionsAreDone()
    {
        QFETCH(QList<Sequence>, sequences);
        QFETCH(QList<LivenessAction>, actions);
        QCOMPARE(runLiveness(sequences, actions), LivenessCheck::State::Passed);
    }

    void livenessFails_data()
    {
        QTest::addColumn<QList<Sequence>>("sequences");
        QTest::addColumn<QList<LivenessAction>>("actions");
        // 140 frames at 15 a second: past the eight seconds an action is given.
        QTest::newRow("never blinks")
            << QList<Sequence>{fixtures::still(140)} << QList<LivenessAction>{LivenessAction::Blink};
        QTest::newRow("printed photo") << QList<Sequence>{fixtures::printedPhoto(), fixtures::printedPhoto(),
                                                          fixtures::printedPhoto(), fixtures::printedPhoto()}
                                       << QList<LivenessAction>{LivenessAction::Blink, LivenessAction::Nod};
        QTest::newRow("eyes kept closed")
            << QList<Sequence>{fixtures::eyesClosed(140)} << QList<LivenessAction>{LivenessAction::Blink};
        QTest::newRow("nods when asked to blink")
            << QList<Sequence>{fixtures::still(8), fixtures::nod(), fixtures::nod(),    fixtures::nod(),
                               fixtures::nod(),    fixtures::nod(), fixtures::still(20)}
            << QList<LivenessAction>{LivenessAction::Blink};
    }

    void livenessFails()
    {
        QFETCH(QList<Sequence>, sequences);
        QFETCH(QList<LivenessAction>, actions);
        QCOMPARE(runLiveness(sequences, actions), LivenessCheck::State::Failed);
    }

    void randomActionsAlwaysIncludeABlink()
    {
        QRandomGenerator random(7);
        QSet<LivenessAction> firsts;
        for (int i = 0; i < 200; ++i) {
            const QList<LivenessAction> actions = LivenessCheck::randomActions(random, 2);
            QCOMPARE(actions.size(), 2);
            QVERIFY(actions.contains(LivenessAction::Blink));
            QVERIFY(actions[0] != actions[1]);
            firsts.insert(actions[0]);
        }
        QCOMPARE(firsts.size(), 4); // every action comes first sometimes
    }

    void readAloud_data()
    {
        QTest::addColumn<QList<Sequence>>("sequences");
        QTest::addColumn<ReadAloudCheck::State>("expected");
        QTest::newRow("read") << QList<Sequence>{fixtures::still(10), fixtures::mouthOpen(),
                                                 fixtures::mouthOpen()}
                              << ReadAloudCheck::State::Complete;
        QTest::newRow("silent") << QList<Sequence>{fixtures::still(50)} << ReadAloudCheck::State::NotSpoken;
        QTest::newRow("printed photo")
            << QList<Sequence>{fixtures::printedPhoto()} << ReadAloudCheck::State::NotSpoken;
        QTest::newRow("left the picture") << QList<Sequence>{fixtures::still(10), fixtures::mouthOpen(),
                                                             fixtures::noFace(12), fixtures::mouthOpen()}
                                          << ReadAloudCheck::State::Incomplete;
        QTest::newRow("too short") << QList<Sequence>{fixtures::still(20)} << ReadAloudCheck::State::TooShort;
    }

    void readAloud()
    {
        QFETCH(QList<Sequence>, sequences);
        QFETCH(ReadAloudCheck::State, expected);
        QCOMPARE(runReadAloud(sequences), expected);
    }

    void readAloudDigits()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 500; ++i) {
            const QString digits = ReadAloudCheck::randomDigits(random);
            QCOMPARE(digits.size(), 4);
            QVERIFY(digits != QStringLiteral("1234") && digits.count(digits[0]) < 4);
            for (const QChar c : digits)
                QVERIFY(c.isDigit());
        }
    }
};

QTEST_GUILESS_MAIN(TestFacePipeline)
#include "tst_facepipeline.moc"
