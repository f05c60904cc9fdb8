#pragma once

#include "platform/platformclient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ssc {

// The clerk's or visiting staff member's login on counter and field terminals (no widgets). Every platform
// call made while logged in carries the staff session, so the platform's audit log knows who acted.
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

    void login(const QString& username, const QString& password);
    void logout();

signals:
    void changed();

private:
    PlatformClient& m_platform;
    std::optional<Staff> m_staff;
    std::function<QString()> m_error;
    bool m_busy = false;
};

} // namespace ssc
