#include "stafflogin.h"

#include "logging/logging.h"

#include <QCoreApplication>

namespace ssc {
namespace {

class StaffText {
    Q_DECLARE_TR_FUNCTIONS(StaffLogin)
public:
    static QString missing() { return tr("Enter your user name and password."); }
};

} // namespace

StaffLogin::StaffLogin(PlatformClient& platform, QObject* parent) : QObject(parent), m_platform(platform) {}

void StaffLogin::login(const QString& username, const QString& password)
{
    if (m_busy)
        return;
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        m_error = &StaffText::missing;
        emit changed();
        return;
    }
    m_busy = true;
    m_error = nullptr;
    emit changed();
    m_platform.post(
        QStringLiteral("/api/v1/staff/login"),
        {{QStringLiteral("username"), username.trimmed()}, {QStringLiteral("password"), password}},
        [this](const PlatformResult& result) {
            m_busy = false;
            if (result.ok()) {
                const QJsonObject staff = result.body.value(QStringLiteral("staff")).toObject();
                m_staff = Staff{staff.value(QStringLiteral("username")).toString(),
                                staff.value(QStringLiteral("displayName")).toString(),
                                staff.value(QStringLiteral("role")).toString()};
                m_platform.setStaffSession(result.body.value(QStringLiteral("staffSession")).toString());
                qCInfo(lcApp) << "staff logged in:" << m_staff->username;
            } else {
                m_error = [result] { return result.message(); };
            }
            emit changed();
        },
        {}, this);
}

void StaffLogin::logout()
{
    if (!m_staff)
        return;
    m_platform.post(QStringLiteral("/api/v1/staff/logout"), {}, [](const PlatformResult&) {});
    m_platform.setStaffSession({});
    qCInfo(lcApp) << "staff logged out:" << m_staff->username;
    m_staff.reset();
    emit changed();
}

} // namespace ssc
