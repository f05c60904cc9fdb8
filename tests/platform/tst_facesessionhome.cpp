// The kiosk's home screen for a person signed in by face alone (docs/card-services.md, "Face instead of a
// forgotten PIN"), in the real kiosk window against the real platform: the face login made as a kiosk makes
// it (the platform's challenge, the person on file doing it, the recording), its session adopted by the login
// flow; the services that need more than a face are greyed with the reason and refuse kindly when opened,
// the rest open. zh and en, standard and elder.
#include "certificationattempts.h"
#include "kioskwindow.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "homescreen.h"
#include "messagescreen.h"

#include <QToolButton>

using namespace ssc;

class TestFaceSessionHome : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<LoginFlow> flow;
    ModuleRegistry modules;
    std::unique_ptr<MainWindow> window;

    QToolButton* tile(const QString& id)
    {
        for (auto* t : window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
            if (t->property("serviceId").toString() == id)
                return t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        demoterminal::openKioskWindow(platform.port(), 90, 20, client, flow, modules, window);
    }

    void whatNeedsMoreThanAFaceIsGreyedWithTheReason()
    {
        const QJsonObject asked =
            platform
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/face-login/challenges"),
                            {{QStringLiteral("notice"), faceLoginNoticeVersion()},
                             {QStringLiteral("cardIdentifier"),
                              platform.cardProof(QStringLiteral("elderly-parent"))[u"cardIdentifier"]}})
                .json;
        const auto login = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/face-login"),
            certificationattempts::attempt(platform, QStringLiteral("actions"), asked,
                                           certificationattempts::doingWhatIsAsked(asked)));
        QCOMPARE(login.status, 200);
        flow->adoptSession(login.json);
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QCOMPARE(flow->session()->method, QStringLiteral("face"));
        for (const QString& id : {QStringLiteral("change-pin"), QStringLiteral("labour-dispute"),
                                  QStringLiteral("unemployment-benefit")}) {
            QVERIFY2(tile(id) && tile(id)->property("locked").toBool(), qPrintable(id));
            QVERIFY(tile(id)->property("tileSummary").toString().contains(u"不仅"));
        }
        for (const QString& id :
             {QStringLiteral("records"), QStringLiteral("my-card"), QStringLiteral("pension-certification")})
            QVERIFY2(tile(id) && !tile(id)->property("locked").toBool(), qPrintable(id));
        QVERIFY(demoterminal::saveInBothLanguages(*window, QStringLiteral("face-session-home"), [&] {
            return tile(QStringLiteral("change-pin"))
                ->property("tileSummary")
                .toString()
                .contains(u"not only");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(demoterminal::saveInBothLanguages(*window, QStringLiteral("face-session-home-elder"), [&] {
            return tile(QStringLiteral("change-pin"))
                ->property("tileSummary")
                .toString()
                .contains(u"not only");
        }));
        applyTheme(*qApp, Theme::Standard);

        // Opened anyway: the reason and the way on, nothing asked of the person.
        QTest::mouseClick(tile(QStringLiteral("change-pin")), Qt::LeftButton);
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->messageScreen()));
        QVERIFY(window->messageScreen()->title().contains(u"刷脸"));
        QVERIFY(window->messageScreen()->advice().contains(u"服务窗口"));
        demoterminal::saveScreenshot(*window, QStringLiteral("face-session-refused-zh_CN.png"));
        // What a face session may do opens.
        window->openService(QStringLiteral("records"));
        QTRY_VERIFY(window->currentScreen() != static_cast<QWidget*>(window->messageScreen()));
    }
};

QTEST_MAIN(TestFaceSessionHome)
#include "tst_facesessionhome.moc"
