#pragma once

#include "screenvoice.h"

#include <QObject>

#include <memory>

class QProcess;
class QTextToSpeech;

namespace ssc {

// The kiosk's voice for "read this screen to me", offline: English through Qt TextToSpeech's flite engine
// (Debian's qt6-speech-flite-plugin; flite has English voices only), Chinese through espeak-ng's
// cmn-latn-pinyin voice (the one that reads Chinese characters correctly, as the rendered voice prompts do;
// Qt TextToSpeech has no Chinese voice on Debian 12 without a speech daemon). docs/design-system.md says what
// a kiosk needs for a natural Chinese voice.
class SystemVoice : public QObject, public ScreenVoice {
    Q_OBJECT
public:
    explicit SystemVoice(QObject* parent = nullptr);
    ~SystemVoice() override;

    void say(const QString& text, const QString& language) override;
    void stop() override;

    // The English engine loaded and has a voice; Chinese needs espeak-ng on the PATH.
    bool englishReady() const;
    static bool chineseAvailable();
    bool speaking() const;

private:
    QTextToSpeech* m_english; // the process's one flite engine (systemvoice.cpp: why it is never destroyed)
    QProcess* m_chinese = nullptr;
};

} // namespace ssc
