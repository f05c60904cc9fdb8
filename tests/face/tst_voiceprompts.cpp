// The spoken prompts as a person hears them: VoicePrompter plays through a private PulseAudio server whose
// loudspeaker is a FIFO, and the test listens there. What comes out is the recording of the words, in the
// language on screen; a standing prompt is said once; a new prompt cuts the old one short.
#include "i18n/translator.h"
#include "pension/voiceprompter.h"
#include "privatesoundserver.h"
#include "wavaudio.h"

#include <QFile>
#include <QTest>

using namespace ssc;
using testing::Listener;
using testing::PrivateSoundServer;

class TestVoicePrompts : public QObject {
    Q_OBJECT

    std::unique_ptr<Listener> m_listener;

    static QByteArray recording(const QString& key, const QString& language)
    {
        QFile file(VoicePrompter::resourceFor(key, language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto wav = face::readWav(file.readAll());
        const bool playable = wav && wav->sampleRate == PrivateSoundServer::sampleRate && wav->channels == 1;
        return playable ? testing::withoutSilence(wav->pcm) : QByteArray(); // as the listener hears it
    }
    qsizetype timesHeard(const QByteArray& pcm) const { return m_listener->heard().count(pcm); }

private slots:
    void initTestCase()
    {
        m_listener = testing::listenAtTheLoudspeaker();
        QVERIFY2(m_listener, "no PulseAudio server, or its loudspeaker cannot be heard");
    }
    void init() { m_listener->clear(); }
    void cleanupTestCase() { m_listener.reset(); }

    void thePromptIsPlayedInTheLanguageOnScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("otherLanguage");
        QTest::newRow("zh_CN") << chineseLanguage << englishLanguage;
        QTest::newRow("en") << englishLanguage << chineseLanguage;
    }
    void thePromptIsPlayedInTheLanguageOnScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, otherLanguage);
        QVERIFY(useLanguage(language));
        const QByteArray blink = recording(QStringLiteral("blink"), language);
        QVERIFY(blink.size() > PrivateSoundServer::sampleRate); // about half a second of words, at least
        VoicePrompter voice;
        voice.say(VoicePrompter::keyFor(face::LivenessAction::Blink));
        QTRY_COMPARE_WITH_TIMEOUT(timesHeard(blink), 1, 10000); // every sample, as recorded
        QCOMPARE(timesHeard(recording(QStringLiteral("blink"), otherLanguage)), 0);
    }

    void aStandingPromptIsSaidOnce()
    {
        QVERIFY(useLanguage(chineseLanguage));
        const QByteArray holdStill = recording(QStringLiteral("hold-still"), chineseLanguage);
        VoicePrompter voice;
        voice.say(QStringLiteral("hold-still"));
        QTRY_COMPARE_WITH_TIMEOUT(timesHeard(holdStill), 1, 10000);
        voice.say(QStringLiteral("hold-still")); // still standing: not again
        QTest::qWait(int(holdStill.size() * 1000 / 2 / PrivateSoundServer::sampleRate) +
                     1500); // time to be heard
        QCOMPARE(timesHeard(holdStill), 1);
        voice.forget(); // a new attempt: the first prompt is said again
        voice.say(QStringLiteral("hold-still"));
        QTRY_COMPARE_WITH_TIMEOUT(timesHeard(holdStill), 2, 10000);
        QCOMPARE(voice.spoken(), QStringList(2, QStringLiteral("hold-still")));
    }

    void aNewPromptCutsTheOldShort()
    {
        QVERIFY(useLanguage(chineseLanguage));
        const QByteArray read = recording(QStringLiteral("read"), chineseLanguage);
        const QByteArray passed = recording(QStringLiteral("passed"), chineseLanguage);
        VoicePrompter voice;
        voice.say(QStringLiteral("read"));
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->heard().contains(read.left(PrivateSoundServer::sampleRate / 5)),
                                 10000);
        voice.say(QStringLiteral("passed"));
        QTRY_COMPARE_WITH_TIMEOUT(timesHeard(passed), 1, 10000);
        QCOMPARE(timesHeard(read), 0); // not to its end
    }
};

int main(int argc, char** argv)
{
    return testing::execWithPrivateSoundServer<TestVoicePrompts>(argc, argv);
}
#include "tst_voiceprompts.moc"
