#pragma once

// Rights record answers shaped like the platform's (docs/api.md, "Rights records"), for tests that need one
// without a platform: an employee with arrears and a transfer, a retiree with benefits, a resident.
#include <QJsonArray>
#include <QJsonObject>

namespace recordsamples {

inline QJsonArray months(qint64 base, const QString& marks, int personalPerMille, int employerPerMille)
{
    QJsonArray list;
    for (int m = 1; m <= 12; ++m) {
        const QChar c = marks.at(m - 1);
        const QString mark = c == u'P'   ? QStringLiteral("paid")
                             : c == u'A' ? QStringLiteral("arrears")
                             : c == u'T' ? QStringLiteral("transferred")
                                         : QStringLiteral("not_due");
        const qint64 b = mark == u"not_due" ? 0 : base;
        list.append(QJsonObject{{QStringLiteral("month"), m},
                                {QStringLiteral("baseCents"), b},
                                {QStringLiteral("employerCents"), b * employerPerMille / 1000},
                                {QStringLiteral("personalCents"), b * personalPerMille / 1000},
                                {QStringLiteral("mark"), mark}});
    }
    return list;
}

inline QJsonObject account(const char* name, qint64 opening, qint64 credited, qint64 interest,
                           qint64 withdrawn, int monthsInTotal)
{
    return {{QStringLiteral("account"), QLatin1String(name)}, {QStringLiteral("openingCents"), opening},
            {QStringLiteral("creditedCents"), credited},      {QStringLiteral("interestCents"), interest},
            {QStringLiteral("withdrawnCents"), withdrawn},    {QStringLiteral("months"), monthsInTotal}};
}

inline QJsonObject record(const QString& variant, bool retired)
{
    return {
        {QStringLiteral("province"), QJsonObject{{QStringLiteral("code"), QStringLiteral("110000")},
                                                 {QStringLiteral("name"), QStringLiteral("北京市")}}},
        {QStringLiteral("year"), 2024},
        {QStringLiteral("variant"), variant},
        {QStringLiteral("holder"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张伟")},
                                               {QStringLiteral("ssn"), QStringLiteral("110105198503120017")},
                                               {QStringLiteral("sex"), QStringLiteral("male")}}},
        {QStringLiteral("employer"), QStringLiteral("北京华信科技有限公司")},
        {QStringLiteral("startedOn"), QStringLiteral("2008-07-01")},
        {QStringLiteral("retired"), retired},
        {QStringLiteral("contributions"), QJsonArray()},
        {QStringLiteral("accounts"), QJsonArray()},
        {QStringLiteral("benefits"), QJsonArray()},
        {QStringLiteral("closedInsurances"), QJsonArray()},
        {QStringLiteral("verificationCode"), QStringLiteral("7K2M-9QXD-4HNP-0RTV")},
        {QStringLiteral("verifyUrl"),
         QStringLiteral("https://si.12333.gov.cn/api/v1/records/verify/7K2M-9QXD-4HNP-0RTV")},
        {QStringLiteral("cutoff"), QStringLiteral("2024-12-31")},
        {QStringLiteral("issuedAt"), QStringLiteral("2026-11-29T02:30:00Z")},
        {QStringLiteral("issuedBy"),
         QJsonObject{
             {QStringLiteral("office"),
              QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("北京市社会保险基金管理中心")},
                          {QStringLiteral("en"), QStringLiteral("Beijing Social Insurance Fund Management "
                                                                "Centre")}}},
             {QStringLiteral("place"),
              QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("东城区社保大厅 2 号自助机")},
                          {QStringLiteral("en"), QStringLiteral("Dongcheng District Social Security Hall, "
                                                                "kiosk 2")}}}}}};
}

// 张伟 in 2024: March and April in arrears, January and February transferred in.
inline QJsonObject employee()
{
    QJsonObject r = record(QStringLiteral("employee"), false);
    const QString marks = QStringLiteral("TTAAPPPPPPPP");
    r[QStringLiteral("contributions")] =
        QJsonArray{QJsonObject{{QStringLiteral("insurance"), QStringLiteral("pension")},
                               {QStringLiteral("months"), months(1123400, marks, 80, 160)}},
                   QJsonObject{{QStringLiteral("insurance"), QStringLiteral("medical")},
                               {QStringLiteral("months"), months(1123400, marks, 20, 80)}},
                   QJsonObject{{QStringLiteral("insurance"), QStringLiteral("unemployment")},
                               {QStringLiteral("months"), months(1123400, marks, 5, 5)}}};
    r[QStringLiteral("accounts")] = QJsonArray{account("pension", 9012345, 898720, 236123, 0, 198),
                                               account("medical", 812000, 314552, 0, 188731, 198)};
    r[QStringLiteral("closedInsurances")] = QJsonArray{QStringLiteral("injury"), QStringLiteral("maternity")};
    return r;
}

inline QJsonObject retiree()
{
    QJsonObject r = record(QStringLiteral("employee"), true);
    r[QStringLiteral("accounts")] = QJsonArray{account("pension", 7200000, 0, 188640, 621582, 475),
                                               account("medical", 151000, 222000, 0, 133200, 475)};
    r[QStringLiteral("benefits")] =
        QJsonArray{QJsonObject{{QStringLiteral("insurance"), QStringLiteral("pension")},
                               {QStringLiteral("kind"), QStringLiteral("基本养老金")},
                               {QStringLiteral("months"), 12},
                               {QStringLiteral("amountCents"), 5212200}}};
    return r;
}

inline QJsonObject resident()
{
    QJsonObject r = record(QStringLiteral("resident"), false);
    r[QStringLiteral("employer")] = QString();
    r[QStringLiteral("contributions")] = QJsonArray{
        QJsonObject{{QStringLiteral("insurance"), QStringLiteral("pension")},
                    {QStringLiteral("months"), months(300000, QStringLiteral("--P---------"), 1000, 20)}}};
    r[QStringLiteral("accounts")] = QJsonArray{account("pension", 2100000, 306000, 55020, 0, 144),
                                               account("medical", 1, 1, 0, 0, 1)}; // not shown for residents
    return r;
}

// grade: the pension's place in the table it was paid under, as the platform sends it (0: one amount).
inline QJsonObject payment(const char* insurance, int forYear, qint64 cents, const char* receipt,
                           int grade = 0)
{
    return {{QStringLiteral("insurance"), QLatin1String(insurance)},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("forYear"), forYear},
            {QStringLiteral("amountCents"), cents},
            {QStringLiteral("paidOn"), QStringLiteral("2024-11-20")},
            {QStringLiteral("receipt"), QLatin1String(receipt)}};
}

// A resident who paid next year's medical insurance and this year's pension at the hall with the e-card.
inline QJsonObject residentWhoPaidAtTheHall()
{
    QJsonObject r = resident();
    r[QStringLiteral("payments")] = QJsonArray{payment("pension", 2024, 150000, "PAY1-2345-6789-ABCD", 11),
                                               payment("medical", 2025, 40000, "PAY9-8765-4321-DCBA", 0)};
    return r;
}

} // namespace recordsamples
