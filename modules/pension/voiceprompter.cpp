#include "voiceprompter.h"

#include "i18n/translator.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace ssc {

using face::Guidance;
using face::LivenessAction;

VoicePrompter::VoicePrompter(QObject* parent)
    : QObject(parent), m_audio(!QMediaDevices::defaultAudioOutput().isNull())
{
    if (m_audio)
        m_effect = std::make_unique<QSoundEffect>();
}

VoicePrompter::~VoicePrompter() = default;

QString VoicePrompter::keyFor(Guidance guidance)
{
    switch (guidance) {
    case Guidance::Ready:
        return {};
    case Guidance::FindFace:
        return QStringLiteral("find-face");
    case Guidance::OnlyOnePerson:
        return QStringLiteral("only-one");
    case Guidance::MoreLight:
        return QStringLiteral("more-light");
    case Guidance::KeepInside:
        return QStringLiteral("keep-inside");
    case Guidance::ComeCloser:
        return QStringLiteral("closer");
    case Guidance::MoveBack:
        return QStringLiteral("move-back");
    case Guidance::FaceTheScreen:
        return QStringLiteral("face-screen");
    case Guidance::Uncover:
        return QStringLiteral("uncover");
    case Guidance::HoldStill:
        return QStringLiteral("hold-still");
    }
    return {};
}

QString VoicePrompter::keyFor(LivenessAction action)
{
    switch (action) {
    case LivenessAction::Blink:
        return QStringLiteral("blink");
    case LivenessAction::Nod:
        return QStringLiteral("nod");
    case LivenessAction::TurnHead:
        return QStringLiteral("turn");
    case LivenessAction::OpenMouth:
        return QStringLiteral("mouth");
    }
    return {};
}

QString VoicePrompter::resourceFor(const QString& key, const QString& language)
{
    return QStringLiteral(":/voice/%1/%2.wav").arg(language, key);
}

QStringList VoicePrompter::allKeys()
{
    QStringList keys;
    for (Guidance g : {Guidance::FindFace, Guidance::OnlyOnePerson, Guidance::MoreLight, Guidance::KeepInside,
                       Guidance::ComeCloser, Guidance::MoveBack, Guidance::FaceTheScreen, Guidance::Uncover,
                       Guidance::HoldStill})
        keys.append(keyFor(g));
    for (LivenessAction a :
         {LivenessAction::Blink, LivenessAction::Nod, LivenessAction::TurnHead, LivenessAction::OpenMouth})
        keys.append(keyFor(a));
    keys << QStringLiteral("read") << QStringLiteral("passed") << QStringLiteral("not-seen")
         << QStringLiteral("record-whole") << QStringLiteral("photo-mismatch") << QStringLiteral("certified");
    return keys;
}

void VoicePrompter::say(const QString& key)
{
    if (key.isEmpty() || key == m_last)
        return;
    m_last = key;
    m_spoken.append(key);
    if (!m_audio)
        return;
    m_effect->stop(); // a new prompt interrupts the old one: the newest is what matters
    m_effect->setSource(QUrl(QStringLiteral("qrc") + resourceFor(key, currentLanguage())));
    m_effect->play();
}

} // namespace ssc
