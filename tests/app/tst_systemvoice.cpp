// The kiosk's real voice for "read this screen to me", heard at the loudspeaker of a private PulseAudio
// server: the flite engine of Qt TextToSpeech loads and says English, espeak-ng says Chinese, and stop() ends
// a reading at once (what the next citizen must not hear).
#include "privatesoundserver.h"
#include "systemvoice.h"

#include "i18n/translator.h"

#include <QTest>

using namespace ssc;
using testing::Listener;
using testing::PrivateSoundServer;

class TestSystemVoice : public QObject {
    Q_OBJECT

    // A quarter of a second of sound (16-bit mono), silence left out: words, not a click.
    static constexpr qsizetype someWords = PrivateSoundServer::sampleRate / 2;

    // Says `text` and waits until the loudspeaker has played some words of it.
    static bool heard(const QString& text, const QString& language)
    {
        const std::unique_ptr<Listener> ear = testing::listenAtTheLoudspeaker();
        if (!ear)
            return false;
        SystemVoice voice;
        voice.say(text, language);
        return QTest::qWaitFor([&] { return ear->heard().size() > someWords; }, 15000);
    }

private slots:
    void theEnglishEngineStartsAndIsHeard()
    {
        QVERIFY(SystemVoice().englishReady());
        QVERIFY(heard(QStringLiteral("Your social insurance record. Choose a year."), englishLanguage));
    }

    void chineseIsHeard()
    {
        QVERIFY(SystemVoice::chineseAvailable());
        QVERIFY(heard(QStringLiteral("社会保险个人权益记录单。请选择年度。"), chineseLanguage));
    }

    void stopEndsTheReading()
    {
        SystemVoice voice;
        voice.say(QStringLiteral("社会保险个人权益记录单。请选择年度。缴费情况，个人账户，享受待遇。"),
                  chineseLanguage);
        QTRY_VERIFY_WITH_TIMEOUT(voice.speaking(), 5000);
        voice.stop();
        QVERIFY(!voice.speaking());
    }
};

int main(int argc, char** argv)
{
    return testing::execWithPrivateSoundServer<TestSystemVoice>(argc, argv);
}
#include "tst_systemvoice.moc"
