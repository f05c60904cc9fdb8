#include "facecertificationscreen.h"

#include "moduleapi/boxbyshape.h"
#include "moduleapi/tonedwidgets.h"

#include "facescreenwords.h"
#include "faceverdict.h"

#include "evidencerecording.h"
#include "facepipeline.h"
#include "faceview.h"
#include "logging/logging.h"
#include "outbox/outboxsender.h"
#include "outbox/visitchallenges.h"
#include "platform/platformclient.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ssc {

using face::CertificationFlow;
using face::FlowOutcome;
using face::Guidance;

namespace {

constexpr int framesPerSecond = 15;
// Recorded after the last action is seen here: the platform measures the frames again, from the recording,
// and a blink judged "back" on the last frame here may need a frame more there.
constexpr int framesAfterTheLastAction = 10;

} // namespace

FaceCertificationScreen::FaceCertificationScreen(const ModuleContext& context, CertificationSubject subject,
                                                 face::CertificationMethod method, quint32 seed,
                                                 QWidget* parent)
    : QWidget(parent), m_context(context), m_subject(std::move(subject)), m_words(m_subject, context),
      m_purpose(m_subject), m_method(method), m_random(seed), m_title(new QLabel(this)),
      m_view(new FaceView(face::Oval{}, this)), m_verdictIcon(new QLabel(this)), m_prompt(new QLabel(this)),
      m_detail(new QLabel(this)), m_digits(new QLabel(this)), m_done(new QPushButton(this)),
      m_again(new QPushButton(this)), m_resend(new QPushButton(this)), m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("screen"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_prompt->setObjectName(QStringLiteral("promptTitle"));
    m_detail->setObjectName(QStringLiteral("promptDetail"));
    m_digits->setObjectName(QStringLiteral("faceDigits"));
    for (QLabel* label : {m_prompt, m_detail, m_digits}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_back->setObjectName(QStringLiteral("backButton"));
    m_again->setObjectName(QStringLiteral("againButton"));
    m_again->setProperty("primary", true);
    m_done->setProperty("primary", true);
    m_resend->setProperty("primary", true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_again);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_done);
    auto* side = new QVBoxLayout;
    side->addStretch();
    m_verdictIcon->setFixedSize(64, 64);
    m_verdictIcon->hide();
    side->addWidget(m_verdictIcon, 0, Qt::AlignHCenter);
    side->addWidget(m_prompt);
    side->addWidget(m_digits);
    side->addWidget(m_detail);
    side->addStretch();
    side->addLayout(buttons);
    // The camera beside the words on a landscape screen, above them on a portrait hall kiosk (1080 x 1920),
    // where side by side left the face and the words a narrow strip in the middle of the screen.
    auto* columns = new QBoxLayout(QBoxLayout::LeftToRight);
    columns->setSpacing(32);
    columns->addWidget(m_view, 3);
    columns->addLayout(side, 2);
    BoxByShape::arrange(this, columns, BoxByShape::landscape);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        m_frameTimer.stop();
        emit closed();
    });
    connect(m_again, &QPushButton::clicked, this, &FaceCertificationScreen::start);
    connect(m_resend, &QPushButton::clicked, this, &FaceCertificationScreen::submit);
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_flow->finishReading(m_clock.elapsed());
        m_frameTimer.stop();
        submit();
        retranslate();
    });
    if (m_context.outbox)
        connect(m_context.outbox, &OutboxSender::itemAnswered, this,
                &FaceCertificationScreen::outboxAnswered);
    m_frameTimer.setInterval(1000 / framesPerSecond);
    connect(&m_frameTimer, &QTimer::timeout, this, &FaceCertificationScreen::takeFrame);
    start();
}

FaceCertificationScreen::~FaceCertificationScreen() = default;

void FaceCertificationScreen::start()
{
    m_flow.reset();
    m_challenge.reset();
    m_challengeRefusal.reset();
    m_bestFrame = {};
    m_pipelineError.clear();
    m_attemptKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces); // a new attempt
    m_recording.reset();
    m_recordingBytes.clear();
    m_recordingTimes.clear();
    m_frameTimer.stop();
    m_audio.finish();
    m_audioBytes.clear();
    m_outboxId.clear();
    m_outboxFailed = false;
    m_voice.forget();
    m_answer.reset();
    m_sending = false;
    if (!m_pipeline) {
        m_pipeline = std::make_unique<face::FacePipeline>();
        connect(m_pipeline.get(), &face::FacePipeline::measured, this, &FaceCertificationScreen::measured);
        connect(m_pipeline.get(), &face::FacePipeline::failed, this, [this](const QString& reason) {
            m_pipelineError = reason; // for the log; the person is told plainly
            m_frameTimer.stop();
            retranslate();
        });
    }
    m_pipeline->reset();
    retranslate();
    if (m_context.camera)
        askForChallenge();
}

void FaceCertificationScreen::askForChallenge()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_context.visitChallenges && m_subject.kind == CertificationSubject::Kind::ByStaff)
        if (const auto kept = m_context.visitChallenges->forPerson(m_subject.id, now))
            if (const auto challenge = face::CertificationChallenge::fromJson(*kept))
                return begin(*challenge);
    if (!m_context.platform)
        return;
    m_context.platform->post(
        m_subject.challengesPath(), m_subject.challengeBody(),
        [this](const PlatformResult& result) {
            const auto challenge =
                result.ok() ? face::CertificationChallenge::fromJson(result.body) : std::nullopt;
            if (challenge)
                return begin(*challenge);
            m_challengeRefusal = result;
            retranslate();
        },
        {}, this);
}

void FaceCertificationScreen::begin(const face::CertificationChallenge& challenge)
{
    m_challenge = challenge;
    m_flow = std::make_unique<CertificationFlow>(m_method, challenge);
    m_clock.start();
    m_frameTimer.start();
    retranslate();
}

void FaceCertificationScreen::takeFrame()
{
    // A frame is taken only when it can be analysed: the camera's newest picture then, never a stale one, and
    // a recorded sequence (tests, the demo) is played frame by frame however slow the machine.
    if (m_pipeline->busy())
        return;
    const QImage frame = m_context.camera();
    // A camera that fails or is unplugged gives no frames: the person is told so while it lasts.
    const QString trouble = frame.isNull() && m_context.cameraProblem ? m_context.cameraProblem() : QString();
    if (trouble != m_cameraTrouble) {
        m_cameraTrouble = trouble;
        retranslate();
    }
    if (!frame.isNull())
        m_pipeline->offer(frame, m_clock.elapsed());
}

void FaceCertificationScreen::measured(const face::FaceMeasurement& measurement, const QImage& frame)
{
    if (!m_flow)
        return; // a frame of an attempt given up
    if (m_flow->step() == CertificationFlow::Step::Finished) {
        if (!m_recording || !m_recording->isRecording() || !m_frameTimer.isActive())
            return;
        m_recording->add(frame, measurement.atMs); // the moment after the last action
        m_view->show(frame, FaceView::Tone::Good);
        if (++m_framesAfter >= framesAfterTheLastAction) {
            m_frameTimer.stop();
            submit();
        }
        return;
    }
    const std::optional<face::FaceMeasurement> bestBefore = m_flow->bestFrame();
    const bool changed = m_flow->feed(measurement);
    // The whole challenge is recorded, from the first action asked (or the digits shown) to the end: the
    // platform checks it all.
    if ((m_flow->step() == CertificationFlow::Step::Acting ||
         m_flow->step() == CertificationFlow::Step::Reading) &&
        !m_recording) {
        m_recording = std::make_unique<face::EvidenceRecording>(
            framesPerSecond, face::EvidenceRecording::certificationSize,
            face::EvidenceRecording::certificationQuality);
        if (!m_recording->start(nullptr))
            m_recording.reset(); // sent without: the platform then refuses it and says why
        if (m_flow->step() == CertificationFlow::Step::Reading)
            m_audio.start();
    }
    if (m_recording && m_recording->isRecording())
        m_recording->add(frame, measurement.atMs);
    if (m_flow->bestFrame() && (!bestBefore || bestBefore->atMs != m_flow->bestFrame()->atMs))
        m_bestFrame = frame;
    const bool usable = m_flow->guidance() == Guidance::Ready;
    m_view->show(frame, !measurement.hasLandmarks ? FaceView::Tone::Waiting
                        : usable                  ? FaceView::Tone::Good
                                                  : FaceView::Tone::Fix);
    if (m_flow->step() == CertificationFlow::Step::Finished) {
        m_framesAfter = 0;
        // Actions passed here: a moment more is recorded before it is sent; otherwise nothing more to see.
        if (m_flow->outcome() != FlowOutcome::Passed || m_method != face::CertificationMethod::Actions ||
            !m_recording) {
            m_frameTimer.stop();
            submit();
        }
    }
    if (changed)
        retranslate();
}

void FaceCertificationScreen::submit()
{
    // Only an attempt the guidance saw through is sent: one that failed here would fail there too, and the
    // person is told why at once. The platform decides from the recording alone (docs/face.md).
    if (!m_context.platform || !m_flow || m_flow->step() != CertificationFlow::Step::Finished ||
        m_flow->outcome() != FlowOutcome::Passed)
        return;
    if (m_recording && m_recording->isRecording()) {
        m_recordingTimes = m_recording->times();
        m_recordingBytes = m_recording->finish(); // kept: sending again sends the same recording
    }
    if (m_audio.isRecording())
        m_audioBytes = m_audio.finish();
    QJsonArray times;
    for (qint64 t : std::as_const(m_recordingTimes))
        times.append(t);
    QJsonObject body{{QStringLiteral("method"), m_method == face::CertificationMethod::Actions
                                                    ? QStringLiteral("actions")
                                                    : QStringLiteral("read-aloud")},
                     {QStringLiteral("challenge"), m_challenge->id},
                     {QStringLiteral("recording"), QString::fromLatin1(m_recordingBytes.toBase64())},
                     {QStringLiteral("frameTimes"), times}};
    if (!m_audioBytes.isEmpty())
        body.insert(QStringLiteral("recordingSound"), QString::fromLatin1(m_audioBytes.toBase64()));
    m_sending = true;
    m_answer.reset();
    if (m_context.outbox)
        return keepInOutbox(body);
    m_context.platform->post(
        m_subject.attemptsPath(), body,
        [this](const PlatformResult& result) {
            m_sending = false;
            m_answer = result;
            retranslate();
            if (m_subject.isLogin() && result.ok())
                emit signedIn(result.body);
        },
        m_attemptKey, this);
    retranslate();
}

void FaceCertificationScreen::keepInOutbox(const QJsonObject& body)
{
    // On a home visit the attempt is kept first and sent after: no network loses nothing.
    OutboxItem item{{},
                    m_subject.attemptsPath(),
                    body,
                    m_attemptKey,
                    0,
                    {},
                    outboxServices::pensionCertification,
                    m_subject.maskedName};
    QString error;
    m_outboxFailed = !m_context.outbox->outbox().add(item, &error);
    if (m_outboxFailed)
        qCWarning(lcCore) << "certification not kept:" << error;
    else
        m_outboxId = item.id;
    if (!m_outboxFailed && m_context.visitChallenges)
        m_context.visitChallenges->forget(m_challenge->id); // answered: not offered again
    retranslate();
    m_context.outbox->sendNow();
}

void FaceCertificationScreen::outboxAnswered(const QString& id, const PlatformResult& answer)
{
    if (id != m_outboxId || !m_flow)
        return;
    m_outboxId.clear();
    if (m_flow->outcome() == FlowOutcome::Passed) {
        m_sending = false;
        m_answer = answer;
    }
    retranslate();
}

void FaceCertificationScreen::showAnswer()
{
    const PlatformResult& answer = *m_answer;
    // On a home visit the outbox sends again by itself.
    m_resend->setVisible(!m_context.outbox && !answer.ok() && answer.kind != PlatformResult::Kind::Refused);
    if (!answer.ok()) {
        m_prompt->setText(m_purpose.notSent());
        m_detail->setText(answer.messageAndAdvice());
        // A challenge expired or used, or the recording showed something wrong: a new attempt asks for a new
        // one. Not for a face that does not match the photo, or past the limits: the advice says where to go.
        const QString outcome = answer.body.value(QStringLiteral("outcome")).toString();
        m_again->setVisible(answer.kind == PlatformResult::Kind::Refused &&
                            answer.errorCode != u"face_login_limit" && outcome != u"photo_mismatch" &&
                            outcome != u"no_photo_on_file");
        return;
    }
    if (m_subject.isLogin()) { // signed in: the shell opens the person's home
        m_prompt->setText(tr("Welcome. You are signed in."));
        m_detail->clear();
        return;
    }
    const QString outcome = answer.body.value(QStringLiteral("outcome")).toString();
    const QString forSomeoneElse = m_words.verdict(outcome);
    m_prompt->setText(forSomeoneElse.isEmpty()
                          ? inCurrentLanguage(answer.body.value(QStringLiteral("message")).toObject())
                          : forSomeoneElse);
    const QString until = answer.body.value(QStringLiteral("certification"))
                              .toObject()
                              .value(QStringLiteral("certifiedUntil"))
                              .toString();
    m_detail->setText(outcome == u"certified" || outcome == u"already_certified"
                          ? tr("Certified until %1.").arg(until)
                          : QString());
    // A photo that does not match needs the card office, not another try; what the recording showed (the
    // wrong order, a face leaving the picture…) is worth another try with a new challenge.
    m_again->setVisible(outcome != u"certified" && outcome != u"already_certified" &&
                        outcome != u"under_review" && outcome != u"photo_mismatch" &&
                        outcome != u"no_photo_on_file");
}

QString FaceCertificationScreen::promptText() const
{
    return m_prompt->text();
}

QString FaceCertificationScreen::instruction() const
{
    const CertificationFlow& f = *m_flow;
    if (f.guidance() != Guidance::Ready || f.step() == CertificationFlow::Step::Positioning)
        return facewords::guidance(f.guidance());
    if (f.step() == CertificationFlow::Step::Reading)
        return tr("Looking at the screen, read these four digits aloud:");
    return facewords::action(f.currentAction());
}

QString FaceCertificationScreen::outcomeText() const
{
    switch (m_flow->outcome()) {
    case FlowOutcome::None:
        return {};
    case FlowOutcome::Passed:
        return tr("Well done: you are there in person.");
    case FlowOutcome::ActionNotSeen:
        return tr(
            "The action asked for was not seen in time. Face the screen, do each action when it is asked, "
            "and try again.");
    case FlowOutcome::NotSpoken:
        return tr("We did not see you read the digits. Look at the screen and read them aloud.");
    case FlowOutcome::RecordingIncomplete:
        return tr("Record the whole process: keep your face in the oval from the first digit to the last.");
    case FlowOutcome::TooShort:
        return tr("That was too short: read all four digits, then press \"I have read them\".");
    case FlowOutcome::CouldNotPosition:
        return tr("We could not see your face well enough. %1")
            .arg(facewords::guidance(m_flow->lastProblem()));
    }
    return {};
}

void FaceCertificationScreen::retranslate()
{
    showTexts();
    showVerdict();
    m_voice.say(voiceKey()); // said when it changes: the same prompt again is not repeated
}

void FaceCertificationScreen::showTexts()
{
    m_title->setText(titleText());
    m_back->setText(tr("Back"));
    m_again->setText(tr("Try again"));
    m_done->setText(tr("I have read them"));
    m_resend->setText(tr("Send again"));
    for (QWidget* w : {static_cast<QWidget*>(m_done), static_cast<QWidget*>(m_digits),
                       static_cast<QWidget*>(m_resend), static_cast<QWidget*>(m_again)})
        w->hide();
    if (!m_context.camera || !m_pipelineError.isEmpty()) {
        m_prompt->setText(m_purpose.notPossibleHere());
        m_detail->setText(m_purpose.whereElse());
        return;
    }
    if (!m_cameraTrouble.isEmpty()) { // the reason itself is on the diagnostics page, for the staff
        m_prompt->setText(tr("The camera is not working at the moment."));
        m_detail->setText(m_purpose.whereElse());
        return;
    }
    if (!m_flow) {
        // A login's claim refused (no such person, the limits) is not cured by asking again; a network is.
        m_again->setVisible(
            m_challengeRefusal &&
            (!m_subject.isLogin() || m_challengeRefusal->kind != PlatformResult::Kind::Refused));
        m_prompt->setText(m_challengeRefusal ? m_purpose.cannotStart() : m_purpose.preparing());
        m_detail->setText(m_challengeRefusal ? m_challengeRefusal->messageAndAdvice() : QString());
        return;
    }
    const CertificationFlow& f = *m_flow;
    const bool finished = f.step() == CertificationFlow::Step::Finished;
    const bool reading = f.step() == CertificationFlow::Step::Reading;
    m_done->setVisible(reading);
    m_again->setVisible(finished && f.outcome() != FlowOutcome::Passed);
    m_digits->setVisible(reading);
    m_digits->setText(f.digits().split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
    if (finished && f.outcome() == FlowOutcome::Passed && m_answer)
        return showAnswer();
    if (finished && m_outboxFailed) {
        m_prompt->setText(tr("The certification could not be kept on this device."));
        m_detail->setText(tr("Please tell the staff member: the device's storage needs attention."));
        return;
    }
    if (finished && f.outcome() == FlowOutcome::Passed && !m_outboxId.isEmpty()) {
        // Not a success yet: the platform decides once it has the recording. Said so, in the waiting tone.
        m_prompt->setText(tr("Kept safely on this device: not sent yet."));
        m_detail->setText(
            tr("Sent by itself once there is a network; the social insurance office then decides."));
        return;
    }
    if (finished) {
        m_prompt->setText(m_sending ? m_purpose.sending() : outcomeText());
        m_detail->setText(QString());
        return;
    }
    m_prompt->setText(instruction());
    m_detail->setText(f.step() == CertificationFlow::Step::Acting
                          ? tr("Action %1 of %2").arg(f.actionNumber()).arg(f.actionCount())
                          : QString());
}

// What is asked now: the action being done ("刷脸认证：点头"), reading the digits, or certification by face
// before and after; for someone else, whom it is for.
QString FaceCertificationScreen::titleText() const
{
    QString title = m_purpose.title();
    if (m_flow && m_flow->step() == CertificationFlow::Step::Acting)
        title = m_purpose.titleDoing(m_flow->currentAction());
    else if (m_flow && m_flow->step() == CertificationFlow::Step::Reading)
        title = tr("Certification by face: read the digits aloud");
    return m_subject.kind == CertificationSubject::Kind::Self || m_subject.isLogin()
               ? title
               : tr("%1 — for %2").arg(title, m_subject.maskedName);
}

QString FaceCertificationScreen::verdictTone() const
{
    return m_verdictIcon->isVisibleTo(this) ? m_prompt->property("tone").toString() : QString();
}

bool FaceCertificationScreen::failureDrawn() const
{
    return m_view->tone() == FaceView::Tone::Failed;
}

void FaceCertificationScreen::showVerdict()
{
    const std::optional<design::Tone> tone =
        faceVerdict(m_flow.get(), m_answer, !m_outboxId.isEmpty(), m_outboxFailed);
    m_verdictIcon->setVisible(tone.has_value());
    design::setStyleProperty(m_prompt, "tone", tone ? design::toneKey(*tone) : QString());
    if (!tone)
        return;
    design::showToneIcon(m_verdictIcon, *tone, m_verdictIcon->width());
    m_verdictIcon->setToolTip(design::toneWord(*tone));
    if (*tone == design::Tone::Error)
        m_view->setTone(FaceView::Tone::Failed);
}

QString FaceCertificationScreen::voiceKey() const
{
    if (!m_context.camera || !m_pipelineError.isEmpty() || !m_flow)
        return {}; // nothing to guide: the screen says a counter can help, or waits for the challenge
    const CertificationFlow& f = *m_flow;
    if (f.step() != CertificationFlow::Step::Finished) {
        if (f.guidance() != Guidance::Ready || f.step() == CertificationFlow::Step::Positioning)
            return VoicePrompter::keyFor(f.guidance());
        return f.step() == CertificationFlow::Step::Reading ? QStringLiteral("read")
                                                            : VoicePrompter::keyFor(f.currentAction());
    }
    switch (f.outcome()) {
    case FlowOutcome::Passed: {
        const QString outcome =
            m_answer ? m_answer->body.value(QStringLiteral("outcome")).toString() : QString();
        // What the platform saw in the recording, said as the terminal's own guidance says it; a refusal it
        // has no prompt for (a still picture, a loop…) is only shown.
        if (outcome == u"certified")
            return QStringLiteral("certified");
        if (outcome == u"photo_mismatch")
            return QStringLiteral("photo-mismatch");
        if (outcome == u"wrong_order" || outcome == u"no_blink" || outcome == u"action_not_seen")
            return QStringLiteral("not-seen");
        if (outcome == u"face_left")
            return QStringLiteral("record-whole");
        if (outcome == u"second_person")
            return VoicePrompter::keyFor(Guidance::OnlyOnePerson);
        return outcome.isEmpty() || outcome == u"under_review" || outcome == u"already_certified"
                   ? QStringLiteral("passed")
                   : QString();
    }
    case FlowOutcome::ActionNotSeen:
        return QStringLiteral("not-seen");
    case FlowOutcome::RecordingIncomplete:
        return QStringLiteral("record-whole");
    case FlowOutcome::NotSpoken:
    case FlowOutcome::TooShort:
        return QStringLiteral("read");
    case FlowOutcome::CouldNotPosition:
        return VoicePrompter::keyFor(f.lastProblem());
    case FlowOutcome::None:
        break;
    }
    return {};
}

void FaceCertificationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
