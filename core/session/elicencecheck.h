#pragma once

#include "ecard/ecardkeyring.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ssc {

class PlatformClient;

// A social security card e-licence shown on a phone and scanned at a counter (亮证; docs/card-services.md,
// "The e-licence"): the shape, the signature with the platform's published keys and freshness are checked
// here, offline, so a forged, altered or stale licence is refused at once with its reason; a licence that
// passes goes to the platform (POST /e-licences/verify), which checks everything again, looks the code up and
// answers the holder masked. It identifies nobody for a session: the clerk compares the person.
class ELicenceCheck : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Verified, // the platform confirmed it: holder() is the masked holder and card
        Refused,  // offline or by the platform: reason() and advice() say why
    };
    Q_ENUM(Outcome)

    explicit ELicenceCheck(PlatformClient& platform, QObject* parent = nullptr);

    static bool isLicence(const QString& text); // by its prefix: everything else is an e-card code
    // A text arriving while another is checked is ignored.
    void check(const QString& text);
    bool checking() const { return m_checking; }
    // The platform refused or could not be asked; "" when decided offline (the request never left).
    QString refusalCode() const { return m_code; }
    QString reason() const { return m_reason ? m_reason() : QString(); }
    QString advice() const { return m_advice ? m_advice() : QString(); }
    QJsonObject holder() const { return m_holder; } // the platform's answer: masked fields

signals:
    void checked(ssc::ELicenceCheck::Outcome outcome);

private:
    void refuse(QString code, std::function<QString()> reason, std::function<QString()> advice);

    PlatformClient& m_platform;
    ECardKeyRing m_keys;
    bool m_checking = false;
    QString m_code;
    std::function<QString()> m_reason;
    std::function<QString()> m_advice;
    QJsonObject m_holder;
};

} // namespace ssc
