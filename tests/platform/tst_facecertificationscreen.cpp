// Certification by face on the terminal: the real pipeline (detection, landmarks, guidance, challenges) fed
// by a camera that shows frame sequences built from a real photo, a person logged in on the real platform.
// Each prompt, each action, the outcomes — and their screenshots in Chinese and English.
#include "screensession.h"
#include "screenshots.h"
#include "sealedstore.h"

#include "camera/camerascanner.h"
#include "camera/cameraservice.h"
#include "camera/framesource.h"
#include "certificationattempts.h"
#include "challengecamera.h"
#include "facesequences.h"
#include "liveness.h"
#include "pension/certificationscreen.h"
#include "pension/facecertificationscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/pensionservice.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

using namespace ssc;
using namespace ssc::face;

using fixtures::cameraShowing;
using fixtures::framesOf;

class TestFaceCertificationScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    std::unique_ptr<FaceCertificationScreen> open(ModuleContext context, CertificationMethod method,
                                                  quint32 seed)
    {
        auto screen =
            std::make_unique<FaceCertificationScreen>(context, CertificationSubject::self(), method, seed);
        screen->resize(1280, 800);
        screen->show();
        // The flow starts when the platform's challenge has come (checked by the tests that need it).
        if (!QTest::qWaitFor([&screen] { return screen->challenge().has_value(); }, 10000))
            qWarning("the platform gave no challenge: %s", qPrintable(screen->promptText()));
        return screen;
    }

    ModuleContext personWithCamera(ScreenSession& kiosk, QList<QImage> frames)
    {
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        context.camera = cameraShowing(std::move(frames));
        return context;
    }

    // The person doing whatever the platform's challenge asks, in front of the screen's camera.
    std::unique_ptr<FaceCertificationScreen> openDoingTheChallenge(ScreenSession& kiosk)
    {
        auto screenSlot = std::make_shared<FaceCertificationScreen*>(nullptr);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        context.camera = challengecamera::doingTheChallenge(screenSlot);
        auto screen = open(context, CertificationMethod::Actions, 5);
        *screenSlot = screen.get();
        return screen;
    }

private slots:
    void initTestCase()
    {
        // The video files of aCameraThatFailsIsSaidPlainly play through FFmpeg, as the camera tests' do
        // (docs/hardware.md, "The camera"); set before Qt Multimedia is first used.
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
        // 周德明 has read the notice and agreed to his face being recorded (tst_faceconsentscreen shows how).
        QCOMPARE(certificationattempts::agree(
                     platform, QStringLiteral("kiosk"), QStringLiteral("/api/v1/me/pension-certification"),
                     {},
                     {{"X-SSC-Citizen-Session",
                       platform.citizenSession(QStringLiteral("elderly-parent")).toLatin1()}})
                     .status,
                 201);
    }

    void everyPromptIsSpokenInBothLanguages()
    {
        for (const QString& key : VoicePrompter::allKeys())
            for (const QString& language : {chineseLanguage, englishLanguage}) {
                QFile file(VoicePrompter::resourceFor(key, language));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QByteArray wav = file.readAll();
                QVERIFY(wav.startsWith("RIFF") && wav.mid(8, 4) == "WAVE");
                const qsizetype data = wav.indexOf("data");
                QVERIFY(data > 0);
                const quint32 byteRate = qFromLittleEndian<quint32>(wav.constData() + 28);
                const quint32 bytes = quint32(wav.size() - data - 8);
                QVERIFY2(double(bytes) / byteRate > 0.4, qPrintable(file.fileName())); // words, not a click
                qint64 energy = 0;
                for (qsizetype i = data + 8; i + 1 < wav.size(); i += 2)
                    energy += std::abs(qFromLittleEndian<qint16>(wav.constData() + i));
                QVERIFY(energy / (bytes / 2) > 200); // sound, not silence
            }
    }

    void aPersonWhoIsDueIsOfferedBothMethods()
    {
        ScreenSession kiosk(platform);
        PensionService service(personWithCamera(kiosk, {fixtures::portrait()}), PensionService::Start::Self);
        service.resize(1280, 800);
        service.show();
        QVERIFY(QTest::qWaitFor([&] { return qobject_cast<CertificationScreen*>(service.top())->loaded(); },
                                10000));
        const QList<QPushButton*> buttons = service.top()->findChildren<QPushButton*>();
        QPushButton* byActions = nullptr;
        for (QPushButton* b : buttons)
            if (b->text().contains(u"做动作"))
                byActions = b;
        QVERIFY(byActions);
        QTRY_VERIFY(byActions->isVisible());
        byActions->click();
        // The notice first (agreed to before: "I agree" goes on), then the face.
        auto* consent = qobject_cast<FaceConsentScreen*>(service.currentWidget());
        QVERIFY(consent);
        QTRY_VERIFY_WITH_TIMEOUT(consent->consentOnFile(), 10000);
        consent->agree();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<FaceCertificationScreen*>(service.currentWidget()), 10000);
    }

    void eachGuidancePromptIsShown_data()
    {
        QTest::addColumn<fixtures::Sequence>("sequence");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<QString>("shot");
        QTest::addColumn<QString>("voice");
        const auto row = [](const char* name, const fixtures::Sequence& sequence, const char16_t* chinese,
                            const char* shot, const char* voice) {
            QTest::newRow(name) << sequence << QString::fromUtf16(chinese) << QString::fromLatin1(shot)
                                << QString::fromLatin1(voice);
        };
        row("no face", fixtures::noFace(), u"圆框", "face-find", "find-face");
        row("second face", fixtures::secondFace(), u"其他人", "face-only-one-person", "only-one");
        row("dark", fixtures::dark(), u"太暗", "face-more-light", "more-light");
        row("off centre", fixtures::offCentre(), u"中间", "face-keep-inside", "keep-inside");
        row("too far", fixtures::tooFar(), u"靠近", "face-closer", "closer");
        row("too close", fixtures::tooClose(), u"离远", "face-move-back", "move-back");
        row("looking up", fixtures::lookingUp(), u"仰头", "face-the-screen", "face-screen");
        row("mask", fixtures::maskOverMouth(), u"遮挡", "face-uncover", "uncover");
        row("blurred", fixtures::blurred(), u"不动", "face-hold-still", "hold-still");
    }

    void eachGuidancePromptIsShown()
    {
        QFETCH(fixtures::Sequence, sequence);
        QFETCH(QString, chinese);
        QFETCH(QString, shot);
        QFETCH(QString, voice);
        ScreenSession kiosk(platform);
        auto screen = open(personWithCamera(kiosk, framesOf({sequence})), CertificationMethod::Actions, 1);
        QTRY_VERIFY2_WITH_TIMEOUT(screen->promptText().contains(chinese), qPrintable(screen->promptText()),
                                  15000);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, shot,
                                                  [&] { return !screen->promptText().isEmpty(); }));
    }

    void aPrintedPhotoFails()
    {
        QList<fixtures::Sequence> photo;
        for (int i = 0; i < 4; ++i)
            photo.append(fixtures::printedPhoto());
        ScreenSession kiosk(platform);
        auto screen = open(personWithCamera(kiosk, framesOf(photo)), CertificationMethod::Actions, 5);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow().outcome(), FlowOutcome::ActionNotSeen, 30000);
        // A failure looks like one: the failure colour on the words and the oval, with its icon.
        QCOMPARE(screen->verdictTone(), QStringLiteral("error"));
        QVERIFY(screen->failureDrawn());
        QCOMPARE(screen->titleText(), QStringLiteral("刷脸认证"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-action-not-seen"), [&] {
            return screen->promptText().contains(u"not seen");
        }));
    }

    void readingAloud()
    {
        ScreenSession kiosk(platform);
        auto screen = open(personWithCamera(kiosk, framesOf({fixtures::still(12), fixtures::mouthOpen(),
                                                             fixtures::mouthOpen(), fixtures::mouthOpen()})),
                           CertificationMethod::ReadAloud, 9);
        QTRY_VERIFY_WITH_TIMEOUT(screen->flow().step() == CertificationFlow::Step::Reading, 10000);
        QCOMPARE(screen->flow().digits().size(), 4);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-read-aloud"),
                                                  [&] { return screen->promptText().contains(u"digits"); }));
        QTest::qWait(3500);
        QPushButton* done = nullptr;
        for (QPushButton* b : screen->findChildren<QPushButton*>())
            if (b->isVisible() && b->text() == QStringLiteral("读完了"))
                done = b;
        QVERIFY(done);
        done->click();
        QCOMPARE(screen->flow().outcome(), FlowOutcome::Passed);
        // A read-aloud certification waits for a clerk.
        QTRY_VERIFY_WITH_TIMEOUT(screen->answer().has_value(), 20000);
        QCOMPARE(screen->answer()->body.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("under_review"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-under-review"),
                                                  [&] { return screen->promptText().contains(u"staff"); }));
    }

    void aFaceUnlikeThePhotoOnFile()
    {
        // The photo on file replaced by another person's (reason 7 of the brief), put back afterwards.
        const QByteArray original = sealedstore::photoOnFile(platform);
        QVERIFY(!original.isEmpty());
        QVERIFY(sealedstore::setPhotoOnFile(platform, certificationattempts::jpeg(fixtures::someoneElse())));

        ScreenSession kiosk(platform);
        auto screen = openDoingTheChallenge(kiosk);
        QTRY_VERIFY_WITH_TIMEOUT(screen->answer().has_value(), 40000);
        QCOMPARE(screen->answer()->body.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("photo_mismatch"));
        QVERIFY2(screen->promptText().contains(u"相片"), qPrintable(screen->promptText()));
        QCOMPARE(screen->verdictTone(), QStringLiteral("error")); // never a green oval on a refusal
        QVERIFY(screen->failureDrawn());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-photo-mismatch"),
                                                  [&] { return screen->promptText().contains(u"photo"); }));
        QVERIFY(sealedstore::setPhotoOnFile(platform, original));
    }

    void thePlatformsRefusalIsShown()
    {
        // Someone steps into the picture for a moment while the person does the challenge: the terminal only
        // guides ("only you…") and sends the recording; the platform sees the second face and says why.
        auto screenSlot = std::make_shared<FaceCertificationScreen*>(nullptr);
        auto camera = std::make_shared<std::function<QImage()>>();
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        context.camera = [screenSlot, camera] {
            if (!*camera) {
                if (!*screenSlot || !(*screenSlot)->challenge())
                    return QImage();
                QList<fixtures::Sequence> crowded = fixtures::doing((*screenSlot)->challenge()->actions);
                crowded.insert(1, fixtures::secondFace());
                *camera = cameraShowing(framesOf(crowded));
            }
            return (*camera)();
        };
        auto screen = open(context, CertificationMethod::Actions, 5);
        *screenSlot = screen.get();
        QTRY_VERIFY_WITH_TIMEOUT(screen->answer().has_value(), 60000);
        QCOMPARE(screen->answer()->body.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("second_person"));
        QVERIFY2(screen->promptText().contains(u"其他人"), qPrintable(screen->promptText()));
        QCOMPARE(screen->voice().spoken().last(), VoicePrompter::keyFor(Guidance::OnlyOnePerson));
        bool again = false;
        for (QPushButton* b : screen->findChildren<QPushButton*>())
            again = again || (b->isVisible() && b->text() == QStringLiteral("再试一次"));
        QVERIFY(again); // a new challenge, a new try
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-platform-refused"), [&] {
            return screen->promptText().contains(u"Another person");
        }));
    }

    void aCameraThatFailsIsSaidPlainly()
    {
        // The terminal's camera as main() sets it up, its source one that fails: a file Qt Multimedia cannot
        // play, reporting its error as a camera does. The person is told plainly and where else to go; the
        // reason is for the diagnostics page.
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.mp4")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(64 * 1024, 'x'));
        broken.close();
        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::Auto,
            [path = broken.fileName()] { return std::make_unique<VideoFileFrames>(path, true); },
            [] { return true; }, scanner);
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        context.camera = [&camera] { return camera.photo(); };
        context.cameraProblem = [&camera] { return camera.problem(); };
        auto screen = open(context, CertificationMethod::Actions, 5);
        QTRY_VERIFY2_WITH_TIMEOUT(screen->promptText().contains(u"摄像头"), qPrintable(screen->promptText()),
                                  10000);
        QVERIFY(!camera.problem().isEmpty());
        QVERIFY(!camera.isRunning());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-camera-failed"),
                                                  [&] { return screen->promptText().contains(u"camera"); }));
    }

    void leavingTheRecordingFails()
    {
        ScreenSession kiosk(platform);
        auto screen = open(personWithCamera(kiosk, framesOf({fixtures::still(12), fixtures::mouthOpen(),
                                                             fixtures::noFace(30)})),
                           CertificationMethod::ReadAloud, 9);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow().outcome(), FlowOutcome::RecordingIncomplete, 15000);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-recording-incomplete"),
                                                  [&] { return screen->promptText().contains(u"whole"); }));
    }

    void actionsPassWhenDone()
    {
        ScreenSession kiosk(platform);
        auto screen = openDoingTheChallenge(kiosk);
        // The platform's challenge is what the screen asks for, in its order.
        QTRY_VERIFY_WITH_TIMEOUT(screen->challenge().has_value(), 10000);
        const QList<LivenessAction> asked = screen->challenge()->actions;
        QCOMPARE(screen->flow().currentAction(), asked.first());
        QTRY_VERIFY_WITH_TIMEOUT(screen->flow().step() == CertificationFlow::Step::Acting, 10000);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-action"), [&] {
            return screen->promptText().contains(QLatin1Char('e'));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow().outcome(), FlowOutcome::Passed, 20000);
        QVERIFY(!screen->bestFrame().isNull());
        // The platform analysed the recording, compared its best frame with the photo on file and recorded
        // the certification.
        QTRY_VERIFY_WITH_TIMEOUT(screen->answer().has_value(), 40000);
        QCOMPARE(screen->answer()->body.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("certified"));
        QVERIFY2(screen->promptText().contains(u"认证成功"), qPrintable(screen->promptText()));
        QCOMPARE(screen->verdictTone(), QStringLiteral("success"));
        QVERIFY(!screen->failureDrawn());
        // Said aloud along the way: each action asked, then the outcome.
        for (LivenessAction action : asked)
            QVERIFY(screen->voice().spoken().contains(VoicePrompter::keyFor(action)));
        QCOMPARE(screen->voice().spoken().last(), QStringLiteral("certified"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("face-certified"), [&] {
            return screen->promptText().contains(u"Certified");
        }));
    }

    void eachActionIsAsked_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("shot");
        QTest::addColumn<QString>("title"); // the title names the action asked
        QTest::newRow("blink") << int(LivenessAction::Blink) << QStringLiteral("face-action-blink")
                               << QStringLiteral("刷脸认证：眨眼");
        QTest::newRow("nod") << int(LivenessAction::Nod) << QStringLiteral("face-action-nod")
                             << QStringLiteral("刷脸认证：点头");
        QTest::newRow("turn") << int(LivenessAction::TurnHead) << QStringLiteral("face-action-turn")
                              << QStringLiteral("刷脸认证：转头");
        QTest::newRow("mouth") << int(LivenessAction::OpenMouth) << QStringLiteral("face-action-mouth")
                               << QStringLiteral("刷脸认证：张嘴");
    }

    void eachActionIsAsked()
    {
        QFETCH(int, action);
        QFETCH(QString, shot);
        QFETCH(QString, title);
        const auto wanted = LivenessAction(action);
        // The platform's challenges are random: a screen whose challenge asks for this action (every one asks
        // for a blink and one other).
        ScreenSession kiosk(platform);
        std::unique_ptr<FaceCertificationScreen> screen;
        for (int tries = 0; tries < 30 && (!screen || !screen->challenge()->actions.contains(wanted));
             ++tries) {
            screen = openDoingTheChallenge(kiosk);
            QTRY_VERIFY_WITH_TIMEOUT(screen->challenge().has_value(), 10000);
        }
        QVERIFY(screen->challenge()->actions.contains(wanted));
        QTRY_VERIFY_WITH_TIMEOUT(screen->flow().step() == CertificationFlow::Step::Acting &&
                                     screen->flow().currentAction() == wanted,
                                 20000);
        QVERIFY(screen->voice().spoken().contains(VoicePrompter::keyFor(wanted)));
        QCOMPARE(screen->titleText(), title);
        QVERIFY(demoterminal::saveInBothLanguages(
            *screen, shot, [&] { return screen->promptText().contains(QLatin1Char('e')); }));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow().outcome(), FlowOutcome::Passed, 20000);
    }
};

Q_DECLARE_METATYPE(ssc::face::fixtures::Sequence)

QTEST_MAIN(TestFaceCertificationScreen)
#include "tst_facecertificationscreen.moc"
