#include "reviewqueuescreen.h"

#include "evidencerecording.h"
#include "platform/platformclient.h"

#include <QAudioDevice>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSoundEffect>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

namespace ssc {
namespace {

constexpr int framesPerSecond = 15;
const QSize videoSize(480, 360);

} // namespace

QList<const char*> ReviewQueueScreen::reasons()
{
    return {QT_TR_NOOP("the person is not clearly seen"), QT_TR_NOOP("wrong digits read"),
            QT_TR_NOOP("the reading is not recorded whole")};
}

ReviewQueueScreen::ReviewQueueScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_list(new QVBoxLayout), m_video(new QLabel(this)), m_who(new QLabel(this)),
      m_replay(new QPushButton(this)), m_approve(new QPushButton(this)), m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("screen"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_video->setFixedSize(videoSize);
    m_video->setAlignment(Qt::AlignCenter);
    m_video->setObjectName(QStringLiteral("card"));
    m_approve->setProperty("primary", true);

    auto* decisions = new QVBoxLayout;
    decisions->addWidget(m_who);
    decisions->addWidget(m_replay);
    decisions->addSpacing(16);
    decisions->addWidget(m_approve);
    for (int i = 0; i < reasons().size(); ++i) {
        auto* button = new QPushButton(this);
        connect(button, &QPushButton::clicked, this, [this, i] { reject(i); });
        m_rejects.append(button);
        decisions->addWidget(button);
    }
    decisions->addStretch();
    m_list->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(m_list, 1);
    columns->addWidget(m_video, 0, Qt::AlignTop);
    columns->addLayout(decisions, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(20);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(columns, 1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_context.back)
            m_context.back();
    });
    connect(m_replay, &QPushButton::clicked, this, &ReviewQueueScreen::play);
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueScreen::approve);
    m_player.setInterval(1000 / framesPerSecond);
    connect(&m_player, &QTimer::timeout, this, &ReviewQueueScreen::showFrame);
    retranslate();
    reload();
}

ReviewQueueScreen::~ReviewQueueScreen() = default;

void ReviewQueueScreen::reload()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/certification-reviews"),
        [this](const PlatformResult& result) {
            m_loaded = true;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            m_waiting = result.body.value(QStringLiteral("reviews")).toArray();
            // The list, rebuilt: one button a person, oldest first.
            while (m_list->count() > 1) {
                QLayoutItem* item = m_list->takeAt(0);
                delete item->widget();
                delete item;
            }
            for (int i = 0; i < m_waiting.size(); ++i) {
                const QJsonObject r = m_waiting[i].toObject();
                auto* button = new QPushButton(this);
                button->setText(QStringLiteral("%1 · %2").arg(
                    r.value(QStringLiteral("name")).toString(),
                    QDateTime::fromMSecsSinceEpoch(r.value(QStringLiteral("createdAt")).toInteger())
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
                connect(button, &QPushButton::clicked, this, [this, i] { select(i); });
                m_list->insertWidget(i, button);
            }
            select(m_waiting.isEmpty() ? -1 : 0);
        },
        this);
}

void ReviewQueueScreen::select(int index)
{
    m_current = index;
    m_frames.clear();
    m_player.stop();
    m_sound.reset();
    m_soundFile.reset();
    m_video->clear();
    retranslate();
    if (index < 0)
        return;
    const QJsonObject r = m_waiting[index].toObject();
    m_video->setPixmap(QPixmap::fromImage(
        QImage::fromData(QByteArray::fromBase64(r.value(QStringLiteral("frame")).toString().toLatin1()))
            .scaled(videoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const QString receipt = r.value(QStringLiteral("receipt")).toString();
    m_context.platform->get(
        QStringLiteral("/api/v1/staff/certification-reviews/%1/recording").arg(receipt),
        [this, index](const PlatformResult& result) {
            if (index != m_current)
                return; // the clerk has moved on
            m_frames = face::EvidenceRecording::frames(
                QByteArray::fromBase64(result.body.value(QStringLiteral("recording")).toString().toLatin1()));
            const QByteArray sound =
                QByteArray::fromBase64(result.body.value(QStringLiteral("sound")).toString().toLatin1());
            if (!sound.isEmpty()) {
                // QSoundEffect plays files: the sound goes to a private temporary file, gone with the review.
                m_soundFile = std::make_unique<QTemporaryFile>();
                if (m_soundFile->open() && m_soundFile->write(sound) == sound.size() &&
                    m_soundFile->flush()) {
                    if (!QMediaDevices::defaultAudioOutput().isNull()) {
                        m_sound = std::make_unique<QSoundEffect>();
                        m_sound->setSource(QUrl::fromLocalFile(m_soundFile->fileName()));
                    }
                } else {
                    m_soundFile.reset();
                }
            }
            retranslate();
            play();
        },
        this);
}

void ReviewQueueScreen::play()
{
    m_frame = 0;
    if (!m_frames.isEmpty())
        m_player.start();
    if (m_sound) {
        m_sound->stop();
        m_sound->play();
    }
}

void ReviewQueueScreen::showFrame()
{
    if (m_frame >= m_frames.size())
        return m_player.stop();
    m_video->setPixmap(QPixmap::fromImage(m_frames[m_frame++].scaled(videoSize, Qt::KeepAspectRatio)));
}

void ReviewQueueScreen::approve()
{
    decide({{QStringLiteral("decision"), QStringLiteral("approve")}});
}

void ReviewQueueScreen::reject(int reason)
{
    // The reason is recorded in the clerk's language, as they read it on the button.
    decide({{QStringLiteral("decision"), QStringLiteral("reject")},
            {QStringLiteral("reason"), tr(reasons().value(reason))}});
}

void ReviewQueueScreen::decide(const QJsonObject& decision)
{
    if (m_current < 0 || m_busy || !m_context.platform)
        return;
    m_busy = true;
    retranslate();
    const QString receipt = m_waiting[m_current].toObject().value(QStringLiteral("receipt")).toString();
    m_context.platform->post(
        QStringLiteral("/api/v1/staff/certification-reviews/%1").arg(receipt), decision,
        [this](const PlatformResult& result) {
            m_busy = false;
            m_problem = result.ok() ? QString() : result.messageAndAdvice();
            reload();
        },
        {}, this);
}

QString ReviewQueueScreen::statusText() const
{
    return m_status->text();
}

void ReviewQueueScreen::retranslate()
{
    m_title->setText(tr("Read-aloud certifications to review"));
    m_back->setText(tr("Back"));
    m_replay->setText(tr("Play again"));
    m_approve->setText(tr("Approve: the person reads the digits"));
    for (int i = 0; i < m_rejects.size(); ++i)
        m_rejects[i]->setText(tr("Refuse: %1").arg(tr(reasons()[i])));
    const bool chosen = m_current >= 0;
    for (QPushButton* b : m_rejects) {
        b->setVisible(chosen);
        b->setEnabled(!m_busy);
    }
    m_approve->setVisible(chosen);
    m_approve->setEnabled(!m_busy);
    m_replay->setVisible(chosen);
    m_video->setVisible(chosen);
    m_replay->setEnabled(!m_frames.isEmpty());
    // The digits the platform asked for: the clerk hears (or lip-reads) whether these are the ones read.
    const QJsonObject waiting = chosen ? m_waiting[m_current].toObject() : QJsonObject();
    m_who->setText(
        chosen
            ? tr("%1, certification by reading aloud").arg(waiting.value(QStringLiteral("name")).toString()) +
                  QLatin1Char('\n') +
                  tr("Digits asked: %1")
                      .arg(waiting.value(QStringLiteral("digits"))
                               .toString()
                               .split(QString(), Qt::SkipEmptyParts)
                               .join(QLatin1Char(' '))) +
                  QLatin1Char('\n') +
                  (m_soundFile ? tr("With sound.") : tr("Without sound: judge from the lips."))
            : QString());
    if (!m_loaded)
        return m_status->setText(tr("Looking up the certifications waiting…"));
    if (!m_problem.isEmpty())
        return m_status->setText(m_problem);
    m_status->setText(m_waiting.isEmpty()
                          ? tr("Nothing waiting for review.")
                          : tr("%n certification(s) waiting, oldest first.", "", int(m_waiting.size())));
}

void ReviewQueueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
