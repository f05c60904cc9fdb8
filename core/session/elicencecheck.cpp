#include "elicencecheck.h"

#include "ecard/elicence.h"
#include "logging/logging.h"
#include "platform/platformclient.h"

#include <QDateTime>

namespace ssc {
namespace {

class CheckText {
    Q_DECLARE_TR_FUNCTIONS(ELicenceCheck)
public:
    static QString forged()
    {
        return tr("This e-licence was not issued by the social insurance office, or it was altered.");
    }
    static QString doNotAccept() { return tr("Do not accept it. Ask for the card, or another proof."); }
    static QString expired() { return tr("This e-licence is more than 5 minutes old."); }
    static QString openAgain()
    {
        return tr("Ask the citizen to open it again on their phone or at a kiosk, and scan the new one.");
    }
    static QString future() { return tr("This e-licence is dated in the future."); }
    static QString scanAgain() { return tr("Please scan it again."); }
};

} // namespace

ELicenceCheck::ELicenceCheck(PlatformClient& platform, QObject* parent)
    : QObject(parent), m_platform(platform), m_keys(platform)
{
    m_keys.refresh();
}

bool ELicenceCheck::isLicence(const QString& text)
{
    return ELicenceText::looksLikeLicence(text);
}

void ELicenceCheck::refuse(QString code, std::function<QString()> reason, std::function<QString()> advice)
{
    qCInfo(lcApp) << "e-licence refused:" << (code.isEmpty() ? QStringLiteral("(offline)") : code);
    m_checking = false;
    m_code = std::move(code);
    m_reason = std::move(reason);
    m_advice = std::move(advice);
    emit checked(Outcome::Refused);
}

void ELicenceCheck::check(const QString& text)
{
    if (m_checking)
        return;
    m_checking = true;
    m_holder = {};
    const auto parsed = ELicenceText::parse(text);
    if (const auto* problem = std::get_if<ELicenceProblem>(&parsed)) {
        const ELicenceProblem why = *problem;
        refuse(
            {}, [why] { return ELicenceText::describe(why); }, &CheckText::scanAgain);
        return;
    }
    const SignedELicence& shown = std::get<SignedELicence>(parsed);
    // The signature with the keys the platform publishes (a key this terminal does not know yet is left to
    // the platform, and fetched meanwhile); then the time by this terminal's clock.
    if (m_keys.check(shown) == ECardKeyRing::Check::Forged) {
        refuse({}, &CheckText::forged, &CheckText::doNotAccept);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr int skew = 5;
    if (now >= shown.licence.expiresAt() + skew) {
        refuse({}, &CheckText::expired, &CheckText::openAgain);
        return;
    }
    if (shown.licence.issuedAt > now + skew) {
        refuse({}, &CheckText::future, &CheckText::doNotAccept);
        return;
    }
    m_platform.post(
        QStringLiteral("/api/v1/e-licences/verify"), {{QStringLiteral("licence"), text}},
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                refuse(
                    result.errorCode, [result] { return result.message(); },
                    [result] { return result.advice(); });
                return;
            }
            m_checking = false;
            m_code.clear();
            m_holder = result.body.value(QStringLiteral("licence")).toObject();
            emit checked(Outcome::Verified);
        },
        {}, this);
}

} // namespace ssc
