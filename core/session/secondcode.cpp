#include "secondcode.h"

#include "citizensession.h"
#include "ecard/ecardcode.h"
#include "logging/logging.h"
#include "loginflow.h"
#include "platform/platformclient.h"

namespace ssc {

SecondCodeCheck::SecondCodeCheck(PlatformClient& platform, LoginFlow& flow, QObject* parent)
    : QObject(parent), m_platform(platform), m_flow(flow)
{
    // The first person leaves (logout, idle, card removed): a second person held back is not kept open.
    connect(&m_flow, &LoginFlow::sessionWiped, this, [this] {
        ++m_attempt;
        m_checking = false;
        decline();
    });
}

void SecondCodeCheck::check(const QString& text)
{
    if (m_checking || m_flow.state() != LoginFlow::State::LoggedIn || !m_flow.session())
        return;
    if (std::holds_alternative<ECardCodeProblem>(ECardCodeText::parse(text))) {
        qCInfo(lcApp) << "a code that is not an e-card code was scanned while serving: ignored";
        emit checked(Outcome::NotAnECardCode);
        return;
    }
    decline(); // an earlier question not answered yet: the newer code replaces it
    m_checking = true;
    const quint64 attempt = ++m_attempt;
    m_platform.post(
        QStringLiteral("/api/v1/ecard/resolve"), {{QStringLiteral("code"), text}},
        [this, attempt](const PlatformResult& result) {
            if (attempt != m_attempt)
                return; // the first session ended meanwhile (sessionWiped ended any session it opened)
            m_checking = false;
            if (!result.ok()) {
                m_refusal = [result] { return result.message(); };
                emit checked(Outcome::Refused);
                return;
            }
            const auto other = CitizenSession::fromPlatform(result.body);
            if (!other) {
                m_refusal = [] { return tr("The social security system's answer was incomplete."); };
                emit checked(Outcome::Refused);
                return;
            }
            // The platform's reference for the person on this terminal, not a number (masked numbers of two
            // people can look alike).
            const bool same =
                m_flow.session() && other->person.reference == m_flow.session()->person.reference;
            if (same) { // nothing to switch to: the session the code opened is closed again
                m_platform.endCitizenSession(other->token, [](const PlatformResult&) {});
                emit checked(Outcome::SamePerson);
                return;
            }
            m_pending = result.body;
            emit checked(Outcome::AnotherPerson);
        },
        {}, this);
}

QString SecondCodeCheck::pendingPersonName() const
{
    return m_pending.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString();
}

void SecondCodeCheck::confirmSwitch()
{
    if (m_pending.isEmpty())
        return;
    const QJsonObject next = std::exchange(m_pending, {});
    m_flow.logout(); // the first person's session ends and everything of them is wiped
    m_flow.adoptSession(next);
}

void SecondCodeCheck::decline()
{
    if (m_pending.isEmpty())
        return;
    const QJsonObject other = std::exchange(m_pending, {});
    if (const auto session = CitizenSession::fromPlatform(other))
        m_platform.endCitizenSession(session->token, [](const PlatformResult&) {});
}

} // namespace ssc
