#pragma once

#include "fieldday.h"
#include "platform/platformclient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ssc {

// The clerk's or visiting staff member's login on counter and field terminals (no widgets). Every platform
// call made while logged in carries the staff session, so the platform's audit log knows who acted.
// On a field laptop (useFieldDay()), an online sign-in also downloads the day's visits with an offline
// sign-in credential (FieldDay); when the platform cannot be reached, that credential and the password let
// the visiting staff member in offline until it ends. What they record waits in the outbox; the platform
// decides it on arrival.
class StaffLogin : public QObject {
    Q_OBJECT
public:
    struct Staff {
        QString username;
        QString displayName;
        QString role; // clerk | visitor | reviewer, or several comma separated
        QStringList roles() const { return role.split(u',', Qt::SkipEmptyParts); }
    };

    explicit StaffLogin(PlatformClient& platform, QObject* parent = nullptr);

    const std::optional<Staff>& staff() const { return m_staff; }
    bool busy() const { return m_busy; }
    // The reason of the last failed login, in the current language (empty after success).
    QString lastError() const { return m_error ? m_error() : QString(); }
    // What to do about it, when there is more to say: after a wrong password, how many more wrong ones the
    // platform allows before it pauses signing in (its count: it keeps the counters).
    QString lastAdvice() const { return m_advice ? m_advice() : QString(); }

    void login(const QString& username, const QString& password);
    void logout();

    // Field laptops: where the day's visits and the offline sign-in are kept (loaded now if present).
    void useFieldDay(const QString& path);
    const std::optional<FieldDay>& fieldDay() const { return m_fieldDay; }
    bool offline() const { return m_offline; } // signed in with the offline credential

signals:
    void changed();

private:
    PlatformClient& m_platform;
    std::optional<Staff> m_staff;
    std::function<QString()> m_error;
    std::function<QString()> m_advice;
    bool m_busy = false;
    bool m_offline = false;
    QString m_fieldDayPath;
    std::optional<FieldDay> m_fieldDay;

    void refused(const PlatformResult& result); // the reason, and the advice when there is one
    void signedInOnline(const PlatformResult& result, const QString& password);
    bool signInOffline(const QString& username, const QString& password);
    void downloadFieldDay(const QString& password);
};

} // namespace ssc
