// The card login round trip (docs/performance.md, "Card login"): the platform's challenge, the card's PIN
// check and INTERNAL AUTHENTICATE (the simulated chip through the terminal's SsseApplication), and the
// platform's check of the answer in POST /card/resolve, against a real ssc-platform process on loopback;
// beside it, an e-card code resolved the same way, to show what the proof adds. Figures only; exit status 1
// when a login did not happen.
#include "latencyfigures.h"
#include "platformfixture.h"

#include "cardreader/ssseapplication.h"
#include "simulator/democard.h"
#include "simulator/simulatedcard.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ssc;

using Figures = LatencyFigures;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int logins = argc > 2 && QByteArray(argv[1]) == "--logins" ? QByteArray(argv[2]).toInt() : 200;
    PlatformFixture platform;
    if (!platform.start()) {
        std::fprintf(stderr, "the platform did not start: %s\n", qPrintable(platform.error()));
        return 1;
    }
    const QJsonObject person = platform.demoPerson(QStringLiteral("li-na"));
    SimulatedCard card(demoCardPersonalisation(person));
    ApduChannel channel([&card](const QByteArray& apdu) { return std::optional(card.process(apdu)); });
    SsseApplication application(channel);
    if (application.read().failure != SsseApplication::ReadFailure::None) {
        std::fprintf(stderr, "the simulated card could not be read\n");
        return 1;
    }

    Figures challenge, onCard, resolve, cardLogin, ecardLogin;
    int failed = 0;
    for (int i = 0; i < logins; ++i) {
        QElapsedTimer whole, step;
        whole.start();
        step.start();
        const QJsonObject asked = platform.cardChallenge();
        challenge.add(step);
        step.start();
        card.reset(); // a new card session: the PIN again
        application.read();
        const bool pinOk =
            application.verifyPin(QStringLiteral("123456")).outcome == SsseApplication::PinOutcome::Accepted;
        const auto answer = application.internalAuthenticate(
            QByteArray::fromHex(asked.value(QStringLiteral("challenge")).toString().toLatin1()));
        onCard.add(step);
        step.start();
        const auto r = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
            {{QStringLiteral("cardIdentifier"), person.value(QStringLiteral("cardIdentifier"))},
             {QStringLiteral("challengeId"), asked.value(QStringLiteral("challengeId"))},
             {QStringLiteral("cryptogram"), QString::fromLatin1(answer.cryptogram.toHex())}});
        resolve.add(step);
        cardLogin.add(whole);
        if (!pinOk || r.status != 200)
            ++failed;

        const QString code = platform.mint(QStringLiteral("li-na")); // the phone's part, not timed
        step.start();
        const auto e =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), code}});
        ecardLogin.add(step);
        if (e.status != 200)
            ++failed;
    }
    std::printf("card login on %s, %d logins, loopback HTTP, one platform process:\n",
                qPrintable(platform.databaseKind()), logins);
    challenge.print("POST /card/challenges");
    onCard.print("card: read, VERIFY, INTERNAL AUTH");
    resolve.print("POST /card/resolve (proof checked)");
    cardLogin.print("card login, whole");
    ecardLogin.print("e-card code login, for comparison");
    std::printf("  the card's proof adds about %.2f ms (p50) to a login\n",
                cardLogin.at(0.5) - ecardLogin.at(0.5));
    if (failed) {
        std::fprintf(stderr, "%d logins failed\n", failed);
        return 1;
    }
    return 0;
}
