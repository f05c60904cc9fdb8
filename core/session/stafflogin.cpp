#include "stafflogin.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ssc {
namespace {

class StaffText {
    Q_DECLARE_TR_FUNCTIONS(StaffLogin)
public:
    static QString missing() { return tr("Enter your user name and password."); }
    static QString wrongBeforePause(int left)
    {
        return tr("%n more wrong password(s) will pause signing in.", nullptr, left);
    }
    static QString offlineRefused()
    {
        return tr("The social security system cannot be reached, and this laptop has no valid offline "
                  "sign-in for this "
                  "user and password. Sign in once with a network connection on the day of the visits.");
    }
};

} // namespace

StaffLogin::StaffLogin(PlatformClient& platform, QObject* parent) : QObject(parent), m_platform(platform) {}

void StaffLogin::login(const QString& username, const QString& password)
{
    if (m_busy)
        return;
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        m_error = &StaffText::missing;
        m_advice = nullptr;
        emit changed();
        return;
    }
    m_busy = true;
    m_error = nullptr;
    m_advice = nullptr;
    emit changed();
    m_platform.post(
        QStringLiteral("/api/v1/staff/login"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
        [this, username, password](const PlatformResult& result) {
            m_busy = false;
            const bool noNetwork = result.noAnswer();
            if (result.ok())
                signedInOnline(result, password);
            else if (noNetwork && m_fieldDay)
                signInOffline(username, password);
            else
                refused(result);
            emit changed();
        },
        {}, this);
}

void StaffLogin::refused(const PlatformResult& result)
{
    m_error = [result] { return result.message(); };
    const int left = result.body.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("wrongBeforePause"))
                         .toInt();
    if (result.errorCode == u"wrong_password" && left > 0)
        m_advice = [left] { return StaffText::wrongBeforePause(left); };
}

void StaffLogin::signedInOnline(const PlatformResult& result, const QString& password)
{
    const QJsonObject staff = result.body.value(QStringLiteral("staff")).toObject();
    m_staff = Staff{staff.value(QStringLiteral("username")).toString(),
                    staff.value(QStringLiteral("displayName")).toString(),
                    staff.value(QStringLiteral("role")).toString()};
    m_offline = false;
    m_platform.setStaffSession(result.body.value(QStringLiteral("staffSession")).toString());
    qCInfo(lcApp) << "staff logged in:" << m_staff->username;
    if (!m_fieldDayPath.isEmpty() && m_staff->roles().contains(u"visitor"))
        downloadFieldDay(password);
}

bool StaffLogin::signInOffline(const QString& username, const QString& password)
{
    if (!m_fieldDay->admits(username, password, QDateTime::currentMSecsSinceEpoch())) {
        m_error = &StaffText::offlineRefused;
        return false;
    }
    const FieldDay::Credential& who = m_fieldDay->credential();
    m_staff = Staff{who.username, who.displayName, who.role};
    m_offline = true;
    qCInfo(lcApp) << "staff signed in offline:" << who.username;
    return true;
}

void StaffLogin::downloadFieldDay(const QString& password)
{
    const Staff who = *m_staff;
    m_platform.get(
        QStringLiteral("/api/v1/staff/visits"),
        [this, who, password](const PlatformResult& result) {
            if (!result.ok() || !m_staff || m_staff->username != who.username)
                return;
            auto day = FieldDay::fromPlatform(result.body,
                                              {{}, 0, who.username, who.displayName, who.role, {}}, password);
            if (day && day->save(m_fieldDayPath)) {
                m_fieldDay = std::move(day);
                qCInfo(lcApp) << "the day's visits kept for offline use:" << m_fieldDay->visits().size();
                emit changed();
            }
        },
        this);
}

void StaffLogin::useFieldDay(const QString& path)
{
    m_fieldDayPath = path;
    m_fieldDay = FieldDay::load(path);
    if (!m_fieldDay)
        return;
    // A credential revoked on the platform (a laptop reported lost) is wiped as soon as the platform answers.
    const QString id = m_fieldDay->credential().id;
    m_platform.get(
        QStringLiteral("/api/v1/staff/offline-credentials/") + id,
        [this, id](const PlatformResult& result) {
            if (result.noAnswer())
                return;
            const QString state = result.body.value(QStringLiteral("state")).toString();
            if (result.ok() && state == u"valid")
                return;
            if (result.ok() && m_fieldDay && m_fieldDay->credential().id == id) {
                qCInfo(lcApp) << "offline sign-in" << state << ": forgotten";
                FieldDay::forget(m_fieldDayPath);
                m_fieldDay.reset();
            }
        },
        this);
}

void StaffLogin::logout()
{
    if (!m_staff)
        return;
    m_platform.post(QStringLiteral("/api/v1/staff/logout"), {}, [](const PlatformResult&) {});
    m_platform.setStaffSession({});
    qCInfo(lcApp) << "staff logged out:" << m_staff->username;
    m_staff.reset();
    m_offline = false;
    emit changed();
}

} // namespace ssc
