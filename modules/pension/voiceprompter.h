#pragma once

#include "guidance.h"
#include "liveness.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSoundEffect;

namespace ssc {

// Says the certification's prompts aloud (the brief: prompts on screen and spoken), from WAV files rendered
// at build time in both languages (resources/voice). A prompt is said when it changes, not again and again
// while it stands; with no audio output (a headless test, a laptop muted by the system) nothing is played,
// and what would have been said is still recorded for the tests.
class VoicePrompter : public QObject {
    Q_OBJECT
public:
    explicit VoicePrompter(QObject* parent = nullptr);
    ~VoicePrompter() override;

    static QString keyFor(face::Guidance guidance);
    static QString keyFor(face::LivenessAction action);
    // The resource of a key in a language: ":/voice/<language>/<key>.wav".
    static QString resourceFor(const QString& key, const QString& language);
    static QStringList allKeys();

    void say(const QString& key);
    void forget() { m_last.clear(); } // a new attempt: the first prompt is said again
    QStringList spoken() const { return m_spoken; }

private:
    std::unique_ptr<QSoundEffect> m_effect;
    bool m_audio = false;
    QString m_last;
    QStringList m_spoken;
};

} // namespace ssc
