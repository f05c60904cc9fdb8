#include "recordquery.h"

#include "logging/logging.h"
#include "platform/platformclient.h"
#include "rightsrecorddocument.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrlQuery>

namespace ssc {
namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

RecordQuery::RecordQuery(PlatformClient* platform, QObject* parent) : QObject(parent), m_platform(platform) {}

void RecordQuery::loadProvinces()
{
    if (!m_platform)
        return;
    m_platform->get(
        QStringLiteral("/api/v1/records/provinces"),
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                emit provincesFailed(result);
                return;
            }
            m_provinces.clear();
            for (const QJsonValue& v : result.body.value(QStringLiteral("provinces")).toArray()) {
                const QJsonObject p = v.toObject();
                m_provinces.append({p.value(QStringLiteral("code")).toString(),
                                    p.value(QStringLiteral("name")).toString(),
                                    p.value(QStringLiteral("firstYear")).toInt(),
                                    p.value(QStringLiteral("lastYear")).toInt(),
                                    p.value(QStringLiteral("currentYear")).toInt(),
                                    strings(p.value(QStringLiteral("openInsurances"))),
                                    strings(p.value(QStringLiteral("closedInsurances")))});
            }
            emit provincesLoaded();
        },
        this);
}

const RecordQuery::Province* RecordQuery::province(const QString& code) const
{
    for (const Province& p : m_provinces)
        if (p.code == code)
            return &p;
    return nullptr;
}

void RecordQuery::fetch(const QString& provinceCode, int year)
{
    clear();
    if (!m_platform)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("province"), provinceCode);
    query.addQueryItem(QStringLiteral("year"), QString::number(year));
    const int request = ++m_request;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_platform->get(
        QStringLiteral("/api/v1/me/records?") + query.toString(QUrl::FullyEncoded),
        [this, request, started](const PlatformResult& result) {
            if (request == m_request)
                present(result, started);
        },
        this);
}

void RecordQuery::present(const PlatformResult& result, qint64 startedMs)
{
    m_fetchMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    if (!result.ok()) {
        emit failed(result);
        return;
    }
    RightsRecordParse parsed = parseRightsRecord(result.body);
    if (!parsed.record) {
        qCWarning(lcApp) << "the platform sent a rights record that cannot be read:" << parsed.problem;
        PlatformResult unreadable = result;
        unreadable.kind = PlatformResult::Kind::BadAnswer;
        unreadable.errorCode = QStringLiteral("bad_answer");
        emit failed(unreadable);
        return;
    }
    QElapsedTimer build;
    build.start();
    m_record = std::move(parsed.record);
    m_document = buildRightsRecordDocument(*m_record);
    m_pdf = m_document.toPdf();
    m_buildMs = build.elapsed();
    emit recordReady();
}

void RecordQuery::clear()
{
    ++m_request; // an answer still on its way is dropped
    m_record.reset();
    m_document = {};
    m_pdf.fill('\0');
    m_pdf.clear();
}

} // namespace ssc
