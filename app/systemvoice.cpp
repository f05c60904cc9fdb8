#include "systemvoice.h"

#include "i18n/translator.h"
#include "logging/logging.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTextToSpeech>

namespace ssc {
namespace {

const QString espeak = QStringLiteral("espeak-ng");

// One flite engine for the process, made on first use and never destroyed. Qt 6.4's flite plugin deletes its
// audio output from its own thread after the engine has gone when the engine is destroyed soon after
// speaking: a crash (seen in CI: ~QAudioSink from the plugin's thread, tst_systemvoice). Reading aloud needs
// only one.
QTextToSpeech* sharedFliteEngine()
{
    static QTextToSpeech* const engine = [] {
        auto* made = new QTextToSpeech(QStringLiteral("flite"));
        made->setRate(-0.2); // a little slower than the engine's own pace: the listener is often old
        return made;
    }();
    return engine;
}

} // namespace

SystemVoice::SystemVoice(QObject* parent)
    : QObject(parent), m_english(sharedFliteEngine()), m_chinese(new QProcess(this))
{
    m_chinese->setProgram(espeak);
    if (m_english->state() == QTextToSpeech::Error)
        qCWarning(lcApp) << "read aloud: the flite speech engine did not load; English is not spoken";
}

SystemVoice::~SystemVoice()
{
    stop();
}

void SystemVoice::say(const QString& text, const QString& language)
{
    stop();
    if (text.isEmpty())
        return;
    if (language == englishLanguage) {
        m_english->say(text);
        return;
    }
    // -s 140: words a minute, a little slower than espeak-ng's 175; the text is an argument, never a shell's.
    m_chinese->setArguments({QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"), QStringLiteral("-s"),
                             QStringLiteral("140"), text});
    m_chinese->start();
}

void SystemVoice::stop()
{
    m_english->stop();
    if (m_chinese->state() != QProcess::NotRunning) {
        m_chinese->kill();
        m_chinese->waitForFinished(1000);
    }
}

bool SystemVoice::englishReady() const
{
    return m_english->state() != QTextToSpeech::Error && !m_english->availableVoices().isEmpty();
}

bool SystemVoice::chineseAvailable()
{
    return !QStandardPaths::findExecutable(espeak).isEmpty();
}

bool SystemVoice::speaking() const
{
    return m_english->state() == QTextToSpeech::Speaking || m_chinese->state() != QProcess::NotRunning;
}

} // namespace ssc
