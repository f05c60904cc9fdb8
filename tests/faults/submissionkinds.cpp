#include "submissionkinds.h"

#include <QBuffer>
#include <QDate>
#include <QImage>

namespace faults {
namespace {

const QString applications = QStringLiteral("/api/v1/me/applications");
const QString filedApplications = QStringLiteral("applications");

// A phone number that differs by index, so no two bodies are the same.
QString phone(int index)
{
    return QStringLiteral("1381%1").arg(index % 10000000, 7, 10, QLatin1Char('0'));
}

QJsonObject application(const QString& kind, const QJsonObject& values)
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("committed"), true},
            {QStringLiteral("values"), values}};
}

QJsonObject registration(int index)
{
    return application(
        QStringLiteral("unemployment-registration"),
        {{QStringLiteral("phone"), phone(index)},
         {QStringLiteral("education"), QStringLiteral("bachelor")},
         {QStringLiteral("health"), QStringLiteral("good")},
         {QStringLiteral("household"), QStringLiteral("local-urban")},
         {QStringLiteral("residence"), QStringLiteral("北京市朝阳区建国路88号")},
         {QStringLiteral("unemployedOn"), QDate::currentDate().addDays(-20).toString(Qt::ISODate)},
         {QStringLiteral("unemploymentProvince"), QStringLiteral("11")},
         {QStringLiteral("unemploymentPlace"), QStringLiteral("110105")}, // 朝阳区
         {QStringLiteral("reason"), QStringLiteral("21")},
         {QStringLiteral("claimingInsurance"), QStringLiteral("yes")},
         {QStringLiteral("skillLevel"), QStringLiteral("4")},
         {QStringLiteral("jobIntention"), QStringLiteral("employer")}});
}

QJsonObject benefitClaim(int index)
{
    return application(QStringLiteral("unemployment-benefit"),
                       {{QStringLiteral("phone"), phone(index)},
                        {QStringLiteral("seekingWork"), QStringLiteral("yes")},
                        {QStringLiteral("account"), QStringLiteral("card")}});
}

QJsonObject dispute(int index)
{
    const QDate today = QDate::currentDate();
    return application(QStringLiteral("labour-dispute"),
                       {{QStringLiteral("phone"), phone(index)},
                        {QStringLiteral("address"), QStringLiteral("北京市海淀区中关村大街1号")},
                        {QStringLiteral("employerName"), QStringLiteral("北京某某科技有限公司")},
                        {QStringLiteral("employerCode"), QStringLiteral("91350100M0001TGQX1")},
                        {QStringLiteral("employerAddress"), QStringLiteral("北京市朝阳区望京街10号")},
                        {QStringLiteral("category"), QStringLiteral("pay")},
                        {QStringLiteral("stillEmployed"), QStringLiteral("no")},
                        {QStringLiteral("endedOn"), today.addMonths(-2).toString(Qt::ISODate)},
                        {QStringLiteral("aroseOn"), today.addMonths(-3).toString(Qt::ISODate)},
                        {QStringLiteral("amount"), QString::number(12600 + index)},
                        {QStringLiteral("claims"), QStringLiteral("支付拖欠的三个月工资")},
                        {QStringLiteral("facts"), QStringLiteral("2026年6月至8月工资未发放。")}});
}

QJsonObject transfer(int index)
{
    return application(QStringLiteral("pension-transfer"),
                       {{QStringLiteral("transferOut"), QStringLiteral("42")},
                        {QStringLiteral("transferIn"), QStringLiteral("11")},
                        {QStringLiteral("employer"), QStringLiteral("北京中关村智造科技有限公司")},
                        {QStringLiteral("phone"), phone(index)}});
}

} // namespace

const QList<SubmissionKind>& submissionKinds()
{
    static const QList<SubmissionKind> kinds{
        {QStringLiteral("registration"), QStringLiteral("zhang-wei"), applications, filedApplications, true},
        {QStringLiteral("benefit"), QStringLiteral("chen-unemployed"), applications, filedApplications, true},
        {QStringLiteral("dispute"), QStringLiteral("li-na"), applications, filedApplications, false},
        {QStringLiteral("transfer"), QStringLiteral("zhao-mover"), applications, filedApplications, true},
        {QStringLiteral("evidence"),
         QStringLiteral("li-na"),
         QStringLiteral("/api/v1/me/evidence"),
         {},
         false},
        {QStringLiteral("attempt"), QStringLiteral("elderly-parent"),
         QStringLiteral("/api/v1/me/pension-certification/attempts"),
         QStringLiteral("certification_attempts"), false},
    };
    return kinds;
}

const SubmissionKind* kindNamed(const QString& name)
{
    for (const SubmissionKind& kind : submissionKinds())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

QByteArray keyOf(quint64 seed, const QString& kind, int index)
{
    return "fault-" + QByteArray::number(seed) + '-' + kind.toLatin1() + '-' + QByteArray::number(index);
}

QString kindOfKey(const QByteArray& key)
{
    const QList<QByteArray> parts = key.split('-');
    return parts.size() == 4 ? QString::fromLatin1(parts[2]) : QString();
}

int indexOfKey(const QByteArray& key)
{
    return key.split('-').value(3).toInt();
}

QJsonObject bodyOf(const QString& kind, int index)
{
    if (kind == u"registration")
        return registration(index);
    if (kind == u"benefit")
        return benefitClaim(index);
    if (kind == u"dispute")
        return dispute(index);
    if (kind == u"transfer")
        return transfer(index);
    if (kind == u"evidence")
        return {{QStringLiteral("name"), QStringLiteral("工资条-%1.png").arg(index)},
                {QStringLiteral("data"), QString::fromLatin1(evidenceFile(index).toBase64())}};
    return {};
}

QByteArray evidenceFile(int index)
{
    QImage image(32, 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int bit = 0; bit < 32; ++bit)
        if (index & (1 << bit))
            for (int y = 0; y < 8; ++y)
                image.setPixel(bit, y, qRgb(20, 40, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace faults
