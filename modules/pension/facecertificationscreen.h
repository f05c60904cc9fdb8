#pragma once

#include "certificationflow.h"
#include "certificationsubject.h"
#include "certificationwords.h"
#include "facescreenwords.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformresult.h"
#include "readingaudio.h"
#include "voiceprompter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace ssc {

class FaceView;
namespace face {
class EvidenceRecording;
class FacePipeline;
} // namespace face

// 养老保险待遇资格认证 by face, on the terminal (and the same screen signs a person in at a kiosk instead of
// a forgotten PIN, CertificationSubject::login): the camera's picture with the oval, one plain instruction at
// a time (the guidance, then each action or the four digits), and the outcome with what to do about it. The
// camera is read 15 times a second from ModuleContext::camera; the analysis runs on the face pipeline's own
// thread. The actions and digits are the platform's challenge (asked for when the attempt starts, or kept
// from a home visit's list); the terminal records the person doing them and the platform decides from the
// recording: what the terminal sees only guides the person.
class FaceCertificationScreen : public QWidget {
    Q_OBJECT
public:
    FaceCertificationScreen(const ModuleContext& context, CertificationSubject subject,
                            face::CertificationMethod method, quint32 seed, QWidget* parent = nullptr);
    ~FaceCertificationScreen() override;

    QString promptText() const;
    // The platform's challenge, once it has come (the flow starts then).
    const std::optional<face::CertificationChallenge>& challenge() const { return m_challenge; }
    const face::CertificationFlow& flow() const { return *m_flow; }
    // The sharpest usable frame seen (what will be compared with the photo on file).
    QImage bestFrame() const { return m_bestFrame; }
    // The platform's answer to a passed attempt, once it has come.
    const std::optional<PlatformResult>& answer() const { return m_answer; }
    QString titleText() const;
    QString verdictTone() const; // "success", "error", "info" once an attempt has ended; empty before
    bool failureDrawn() const;   // the oval's ring in the failure colour
    const VoicePrompter& voice() const { return m_voice; }
    // The sound recorded with the last reading (a WAV file; empty without a microphone).
    QByteArray readingSound() const { return m_audioBytes; }

signals:
    void closed();
    // A login's recording passed: the platform's login answer, a session of method "face".
    void signedIn(const QJsonObject& answer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void start();
    // The challenge: kept for a home visit, else asked of the platform; the flow starts when it is there.
    void askForChallenge();
    void begin(const face::CertificationChallenge& challenge);
    void takeFrame();
    void measured(const face::FaceMeasurement& measurement, const QImage& frame);
    // The texts of the moment, and their prompt said aloud.
    void retranslate();
    void showTexts();
    QString instruction() const;
    QString outcomeText() const;
    // The prompt of the moment, said aloud when it changes.
    QString voiceKey() const;
    // Every attempt goes to the platform, passed or not (it keeps them all); a passed one carries the best
    // frame and waits for the platform's decision. Sent again with the same key, it is filed once.
    void submit();
    void keepInOutbox(const QJsonObject& body);
    void outboxAnswered(const QString& id, const PlatformResult& answer);
    void showAnswer();
    void showVerdict(); // the end of an attempt in its tone: icon, colour of the words, the oval's ring

    ModuleContext m_context;
    CertificationSubject m_subject;
    CertificationWords m_words;
    facewords::Purpose m_purpose;
    face::CertificationMethod m_method;
    QRandomGenerator m_random;
    std::optional<face::CertificationChallenge> m_challenge;
    std::optional<PlatformResult> m_challengeRefusal; // the platform gave none, and why
    std::unique_ptr<face::CertificationFlow> m_flow;
    std::unique_ptr<face::FacePipeline> m_pipeline;
    std::unique_ptr<face::EvidenceRecording> m_recording; // from the first action or digit to the end
    ReadingAudio m_audio;                                 // ...and its sound, when there is a microphone
    QTimer m_frameTimer;
    VoicePrompter m_voice;
    QElapsedTimer m_clock;
    QImage m_bestFrame;
    QString m_pipelineError;
    QString m_cameraTrouble; // the camera's problem while it gives no frames
    QByteArray m_attemptKey;
    QByteArray m_recordingBytes;
    QList<qint64> m_recordingTimes; // each frame's time from the first, sent with the recording
    int m_framesAfter = 0;          // recorded since the last action was seen
    QByteArray m_audioBytes;
    QString m_outboxId; // field mode: the attempt kept in the outbox, until the platform has answered it
    bool m_outboxFailed = false;
    bool m_sending = false;
    std::optional<PlatformResult> m_answer;
    QLabel* m_title;
    FaceView* m_view;
    QLabel* m_verdictIcon; // the end's tone: its icon beside the words, which take its colour
    QLabel* m_prompt;
    QLabel* m_detail;
    QLabel* m_digits;
    QPushButton* m_done;
    QPushButton* m_again;
    QPushButton* m_resend;
    QPushButton* m_back;
};

} // namespace ssc
