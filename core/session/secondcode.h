#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ssc {

class LoginFlow;
class PlatformClient;

// A code scanned while someone is being served is checked before anything on screen changes (issue 17): a
// stray QR that is not an e-card code, a code the platform refuses, or the same person's own code leave the
// service screen exactly as it was; only another person's valid code is held and asks whether to switch.
// The platform resolves a code once, so the second person's session is kept until the answer: taken on
// "switch" (the first person is logged out), ended on the platform on "stay" or when the first session ends.
class SecondCodeCheck : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        NotAnECardCode, // decided offline; nothing left the terminal
        Refused,        // the platform said no (used, expired, card not usable): refusalMessage() says why
        SamePerson,     // the person being served scanned their own code again
        AnotherPerson,  // a valid code of someone else: confirmSwitch() or decline()
    };
    Q_ENUM(Outcome)

    SecondCodeCheck(PlatformClient& platform, LoginFlow& flow, QObject* parent = nullptr);

    // Only while the flow is logged in; a code arriving while another is being checked is ignored.
    void check(const QString& text);
    bool checking() const { return m_checking; }
    bool switchPending() const { return !m_pending.isEmpty(); }
    // The platform's refusal, in the language of the moment (Outcome::Refused).
    QString refusalMessage() const { return m_refusal ? m_refusal() : QString(); }
    // The other person's name (unmasked: the caller masks it for the screen) while a switch is asked.
    QString pendingPersonName() const;

    void confirmSwitch();
    void decline();

signals:
    void checked(ssc::SecondCodeCheck::Outcome outcome);

private:
    PlatformClient& m_platform;
    LoginFlow& m_flow;
    bool m_checking = false;
    quint64 m_attempt = 0; // an answer arriving after the first session ended is not used
    QJsonObject m_pending; // the platform's answer for the other person, until switch or stay
    std::function<QString()> m_refusal;
};

} // namespace ssc
