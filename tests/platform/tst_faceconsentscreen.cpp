// The notice and the separate agreement before a face is recorded (docs/face.md, "Consent"), with the real
// widgets on the real platform: the camera is not asked for a single picture before the person's tap; the
// agreement is recorded with the notice's version; at a counter only the citizen's own code agrees; a
// withdrawal is recorded and stops the next challenge; the notice is read aloud where the shell reads screens
// (the elder interface). Screenshots in both languages, standard and elder.
#include "screensession.h"
#include "screenshots.h"

#include "certificationattempts.h"
#include "facesequences.h"
#include "pension/certificationscreen.h"
#include "pension/facecertificationscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/pensionservice.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

using namespace ssc;

namespace {

QPushButton* button(QWidget* screen, const QString& name)
{
    auto* b = screen->findChild<QPushButton*>(name);
    return b && b->isVisible() ? b : nullptr;
}

// Saves the screen in both languages, in the standard theme and then the elder one.
bool saveBothThemes(QWidget& screen, const QString& base, const std::function<bool()>& englishShown)
{
    bool ok = demoterminal::saveInBothLanguages(screen, base, englishShown);
    applyTheme(*qApp, Theme::Elder);
    ok = demoterminal::saveInBothLanguages(screen, base + QStringLiteral("-elder"), englishShown) && ok;
    applyTheme(*qApp, Theme::Standard);
    return ok;
}

} // namespace

class TestFaceConsentScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QString consentRow(const QString& column)
    {
        QSqlQuery q(platform.database());
        const QString value =
            q.exec(QStringLiteral("SELECT %1 FROM face_consents ORDER BY id DESC").arg(column)) && q.next()
                ? q.value(0).toString()
                : QString();
        q.finish();
        return value;
    }

    int consentCount()
    {
        QSqlQuery q(platform.database());
        const int count = q.exec(QStringLiteral("SELECT COUNT(*) FROM face_consents")) && q.next()
                              ? q.value(0).toInt()
                              : -1;
        q.finish();
        return count;
    }

    // The person's own notice at 1280x800, `agreed` set when the platform recorded their agreement.
    std::unique_ptr<FaceConsentScreen> openNotice(const ModuleContext& context, bool& agreed)
    {
        auto consent = std::make_unique<FaceConsentScreen>(context, CertificationSubject::self());
        connect(consent.get(), &FaceConsentScreen::agreed, this, [&agreed] { agreed = true; });
        consent->resize(1280, 800);
        consent->show();
        return consent;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void theCameraWaitsForThePersonsTap()
    {
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        int pictures = 0;
        context.camera = [&pictures] {
            ++pictures;
            return face::fixtures::portrait();
        };
        QList<const QWidget*> readAloud;
        context.readAloud = [&readAloud](const QWidget* screen) { readAloud.append(screen); };
        PensionService service(context, PensionService::Start::Self);
        service.resize(1280, 800);
        service.show();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CertificationScreen*>(service.top())->loaded(), 10000);
        QPushButton* byActions = nullptr;
        for (QPushButton* b : service.top()->findChildren<QPushButton*>())
            if (b->text().contains(u"做动作"))
                byActions = b;
        QVERIFY(byActions);
        QTRY_VERIFY(byActions->isVisible());
        byActions->click();
        auto* consent = qobject_cast<FaceConsentScreen*>(service.top());
        QVERIFY(consent);
        QTRY_VERIFY_WITH_TIMEOUT(consent->loaded(), 10000);
        QVERIFY(!consent->consentOnFile());
        QVERIFY(readAloud.contains(consent)); // said as it opens, where the shell reads screens aloud
        const QString words = allLabelText(consent);
        for (const char16_t* point : {u"录制什么", u"180", u"谁会看到", u"工作人员"})
            QVERIFY2(words.contains(QString::fromUtf16(point)), qPrintable(words));
        QVERIFY(!button(consent, QStringLiteral("consentWithdraw"))); // nothing to withdraw yet
        // The two answers side by side: leaving is said to be the refusal it is.
        QCOMPARE(consent->findChild<QPushButton*>(QStringLiteral("backButton"))->text(),
                 QStringLiteral("不同意"));
        // The notice is read; no picture has been taken, and the platform would refuse a challenge.
        QTest::qWait(1000);
        QCOMPARE(pictures, 0);
        const auto refused = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/pension-certification/challenges"),
            {}, {{"X-SSC-Citizen-Session", kiosk.token()}});
        QCOMPARE(refused.errorCode(), QStringLiteral("face_consent_required"));
        QVERIFY(saveBothThemes(*consent, QStringLiteral("face-consent"),
                               [&] { return allLabelText(consent).contains(u"What is recorded"); }));
        QCOMPARE(pictures, 0);

        button(consent, QStringLiteral("consentAgree"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<FaceCertificationScreen*>(service.top()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pictures > 0, 10000); // the camera only now
        QCOMPARE(consentRow(QStringLiteral("notice_version")), faceConsentNoticeVersion());
        QCOMPARE(consentRow(QStringLiteral("method")), QStringLiteral("session"));
        QCOMPARE(consentRow(QStringLiteral("asked_by")), QStringLiteral("self"));
    }

    void aWithdrawalIsRecordedAndStopsTheNextCapture()
    {
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        QVERIFY(certificationattempts::agree(platform, QStringLiteral("kiosk"),
                                             QStringLiteral("/api/v1/me/pension-certification"), {},
                                             {{"X-SSC-Citizen-Session", kiosk.token()}})
                    .status == 201);
        FaceConsentScreen consent(context, CertificationSubject::self());
        consent.resize(1280, 800);
        consent.show();
        QTRY_VERIFY_WITH_TIMEOUT(consent.loaded(), 10000);
        QVERIFY(consent.consentOnFile());
        QVERIFY(consent.statusText().contains(u"同意过"));
        // Agreed before: leaving refuses nothing, it is Back.
        QCOMPARE(consent.findChild<QPushButton*>(QStringLiteral("backButton"))->text(),
                 QStringLiteral("返回"));
        QVERIFY(button(&consent, QStringLiteral("consentWithdraw")));
        QVERIFY(saveBothThemes(consent, QStringLiteral("face-consent-on-file"),
                               [&] { return consent.statusText().contains(u"agreed"); }));
        button(&consent, QStringLiteral("consentWithdraw"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!consent.consentOnFile(), 10000);
        QVERIFY2(consent.statusText().contains(u"撤回"), qPrintable(consent.statusText()));
        QVERIFY(!consentRow(QStringLiteral("withdrawn_at")).isEmpty());
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST",
                                 QStringLiteral("/api/v1/me/pension-certification/challenges"), {},
                                 {{"X-SSC-Citizen-Session", kiosk.token()}})
                     .errorCode(),
                 QStringLiteral("face_consent_required"));
        QVERIFY(saveBothThemes(consent, QStringLiteral("face-consent-withdrawn"),
                               [&] { return consent.statusText().contains(u"withdrawn"); }));
    }

    // Where the notice does not fit (the elder interface at 1280x800), "I agree" waits until it has been
    // paged to its end, and says so; a tap before that records nothing.
    void agreeingWaitsForTheWholeNotice()
    {
        ScreenSession kiosk(platform);
        ModuleContext context = kiosk.logIn(QStringLiteral("elderly-parent"));
        applyTheme(*qApp, Theme::Elder);
        bool agreed = false;
        const auto notice = openNotice(context, agreed);
        FaceConsentScreen& consent = *notice;
        QTRY_VERIFY_WITH_TIMEOUT(consent.loaded(), 10000);
        QVERIFY(!consent.consentOnFile()); // withdrawn in the test before
        const int recorded = consentCount();
        QPushButton* agree = button(&consent, QStringLiteral("consentAgree"));
        QVERIFY(agree);
        QTest::qWait(200); // laid out: the page knows what fits
        QVERIFY(!consent.readToEnd());
        QVERIFY(!agree->isEnabled());
        QVERIFY2(allLabelText(&consent).contains(u"读到最后"), qPrintable(allLabelText(&consent)));
        // Only the elder pictures: the standard theme fits the whole notice, which counts as read.
        QVERIFY(
            demoterminal::saveInBothLanguages(consent, QStringLiteral("face-consent-read-first-elder"), [&] {
                return allLabelText(&consent).contains(u"Read to the end");
            }));
        QVERIFY(!agree->isEnabled());
        QTest::mouseClick(agree, Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(!agreed);
        QCOMPARE(consentCount(), recorded); // nothing recorded
        QPushButton* down = button(&consent, QStringLiteral("pageDown"));
        QVERIFY(down);
        for (int pages = 0; pages < 10 && !consent.readToEnd(); ++pages) {
            down->click();
            QTest::qWait(50);
        }
        QVERIFY(consent.readToEnd());
        QTRY_VERIFY(agree->isEnabled());
        for (const QLabel* label : consent.findChildren<QLabel*>())
            QVERIFY(!label->isVisible() || !label->text().contains(u"读到最后"));
        QTest::mouseClick(agree, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(agreed, 10000);
        QCOMPARE(consentRow(QStringLiteral("method")), QStringLiteral("session"));
        applyTheme(*qApp, Theme::Standard);
    }

    void atACounterOnlyTheCitizensOwnCodeAgrees()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        ModuleContext context = counter.logIn(QStringLiteral("elderly-parent"));
        bool agreed = false;
        const auto notice = openNotice(context, agreed);
        FaceConsentScreen& consent = *notice;
        QTRY_VERIFY_WITH_TIMEOUT(consent.loaded(), 10000);
        QVERIFY(allLabelText(&consent).contains(u"柜台"));     // who is asking: the clerk at this counter
        consent.agree();                                       // the tap alone is not enough here
        QVERIFY(consent.awaitingConfirmation());               // the citizen's code or card next
        QVERIFY(consent.statusText().contains(u"电子社保卡")); // what to do, in words
        QVERIFY(saveBothThemes(consent, QStringLiteral("face-consent-counter"),
                               [&] { return consent.statusText().contains(u"e-card"); }));
        consent.confirmWithCode(platform.mint(QStringLiteral("zhang-wei"))); // someone else's
        QTRY_VERIFY_WITH_TIMEOUT(consent.statusText().contains(u"没有记录成功"), 10000);
        QVERIFY(!agreed);
        QVERIFY(consent.awaitingConfirmation());
        consent.confirmWithCode(platform.mint(QStringLiteral("elderly-parent")));
        QTRY_VERIFY_WITH_TIMEOUT(agreed, 10000);
        QCOMPARE(consentRow(QStringLiteral("method")), QStringLiteral("ecard"));
    }
};

QTEST_MAIN(TestFaceConsentScreen)
#include "tst_faceconsentscreen.moc"
