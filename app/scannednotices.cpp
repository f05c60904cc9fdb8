// MainWindow's word about a code scanned while someone is served: a second person's e-card code (switch, or
// say why it cannot be used), and at a counter an e-licence shown on a phone (its holder masked, or why it is
// refused). Neither changes what is on screen.
#include "mainwindow.h"

#include "i18n/translator.h"
#include "moduleapi/designsystem.h"
#include "privacy/masking.h"
#include "session/elicencecheck.h"
#include "session/loginflow.h"
#include "session/secondcode.h"
#include "sessionnotices.h"

#include <QJsonObject>

namespace ssc {

void MainWindow::secondCodeChecked(int outcome)
{
    using Outcome = SecondCodeCheck::Outcome;
    switch (static_cast<Outcome>(outcome)) {
    case Outcome::NotAnECardCode:
        m_notices->tell(
            design::Tone::Info, [] { return tr("That was not an e-card code"); },
            [] { return tr("Nothing was changed. You can carry on where you were."); }, 10);
        break;
    case Outcome::Refused: {
        const QString why = m_secondCode->refusalMessage();
        m_notices->tell(
            design::Tone::Warning, [] { return tr("That code could not be used"); },
            [why] { return why + u' ' + tr("Nothing was changed. You can carry on where you were."); }, 15);
        break;
    }
    case Outcome::SamePerson:
        m_notices->tell(
            design::Tone::Info, [] { return tr("You are already logged in"); },
            [] { return tr("That was your own code. You can carry on where you were."); }, 10);
        break;
    case Outcome::AnotherPerson:
        if (m_services.flow->session())
            m_notices->askSwitch(ssc::mask(m_services.flow->session()->person.name, MaskKind::Name),
                                 ssc::mask(m_secondCode->pendingPersonName(), MaskKind::Name));
        break;
    }
}

void MainWindow::eLicenceChecked(int outcome)
{
    if (static_cast<ELicenceCheck::Outcome>(outcome) == ELicenceCheck::Outcome::Refused) {
        const QString why = m_eLicence->reason() + u' ' + m_eLicence->advice();
        m_notices->tell(
            design::Tone::Error, [] { return tr("E-licence refused"); }, [why] { return why; }, 30);
        return;
    }
    const QJsonObject h = m_eLicence->holder(); // masked by the platform
    const QString issuer = h.value(currentLanguage() == englishLanguage ? QStringLiteral("issuerNameEn")
                                                                        : QStringLiteral("issuerName"))
                               .toString();
    const auto field = [h](const char* key) { return h.value(QLatin1String(key)).toString(); };
    m_notices->tell(
        design::Tone::Success, [] { return tr("E-licence genuine and fresh"); },
        [=] {
            return tr("%1 · social security number %2 · card %3, %4, valid until %5. Compare the person with "
                      "the holder; the licence logs nobody in.")
                .arg(field("holderName"), field("holderNumber"), field("cardNumber"), issuer,
                     field("validUntil"));
        },
        60);
}

} // namespace ssc
