#include "verificationpage.h"

#include "i18n/translatabletext.h"
#include "i18n/translator.h"
#include "records/recordwords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace ssc::platform {
namespace {

// The page's words, in the page's language (not the process's: one platform answers both).
class Words {
public:
    explicit Words(QString language) : m_language(std::move(language)) {}
    QString operator()(const char* source, const QStringList& args = {}) const
    {
        return (*this)(TranslatableText{"VerificationPage", source, args});
    }
    QString operator()(const TranslatableText& text) const { return text.in(m_language).toHtmlEscaped(); }
    QString of(const QJsonValue& bilingual) const
    {
        const QJsonObject names = bilingual.toObject();
        const QString text = names.value(m_language).toString();
        return (text.isEmpty() ? names.value(chineseLanguage).toString() : text).toHtmlEscaped();
    }
    const QString& language() const { return m_language; }

private:
    QString m_language;
};

// A label the printed record uses too, in the same words.
TranslatableText onPaper(const char* source)
{
    return {"RecordDocument", source, {}};
}

QString insuranceName(const Words& w, const QString& key, bool resident)
{
    const TranslatableText words =
        insuranceWords(key, resident ? RecordVariant::Resident : RecordVariant::Employee);
    return words.isEmpty() ? key.toHtmlEscaped() : w(words);
}

QString yuan(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(qAbs(cents % 100), 2, 10, QChar(u'0'));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label, value);
}

// Printed times are Beijing time, as on the paper.
QString beijingTime(const QString& isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate)
        .toOffsetFromUtc(8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString page(const Words& w, const QString& body)
{
    const bool english = w.language() == englishLanguage;
    const QString other = english ? chineseLanguage : englishLanguage;
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
               "content=\"width=device-width, initial-scale=1\"><title>%2</title><style>"
               "body{font-family:sans-serif;font-size:18px;line-height:1.5;color:#1c2733;margin:16px;"
               "max-width:720px}"
               ".verdict{padding:16px;border-radius:8px;font-size:22px;font-weight:bold}"
               ".genuine{color:#155a2b;background:#e3f4e8;border:2px solid #155a2b}"
               ".unknown{color:#8c1d17;background:#fdecea;border:2px solid #8c1d17}"
               "table{border-collapse:collapse;width:100%;margin:12px 0}"
               "th,td{border:1px solid #7a8696;padding:6px;text-align:left}th{background:#e8eef5}"
               "</style></head><body><h1>%2</h1>%3<p><a href=\"?lang=%4\">%5</a></p></body></html>\n")
        .arg(w.language(),
             w(QT_TRANSLATE_NOOP("VerificationPage", "Checking a social insurance rights record")), body,
             other, english ? QStringLiteral("中文") : QStringLiteral("English"));
}

QString summary(const Words& w, const QJsonObject& v)
{
    const bool resident = v[QStringLiteral("variant")].toString() == u"resident";
    const QJsonObject s = v[QStringLiteral("summary")].toObject();
    QString html;
    const QJsonArray contributions = s[QStringLiteral("contributions")].toArray();
    if (!contributions.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(w(QT_TRANSLATE_NOOP("VerificationPage", "Contributions in the year")),
                         w(onPaper(QT_TRANSLATE_NOOP("RecordDocument", "Insurance"))),
                         w(QT_TRANSLATE_NOOP("VerificationPage", "Months paid")),
                         w(QT_TRANSLATE_NOOP("VerificationPage", "Months in arrears")),
                         w(QT_TRANSLATE_NOOP("VerificationPage", "Months transferred in")));
        for (const QJsonValue& c : contributions)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(insuranceName(w, c[QStringLiteral("insurance")].toString(), resident))
                        .arg(c[QStringLiteral("paidMonths")].toInt())
                        .arg(c[QStringLiteral("arrearsMonths")].toInt())
                        .arg(c[QStringLiteral("transferredMonths")].toInt());
        html += QStringLiteral("</table>");
    }
    const QJsonArray accounts = s[QStringLiteral("accounts")].toArray();
    if (!accounts.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2><table>")
                .arg(w(QT_TRANSLATE_NOOP("VerificationPage", "Personal accounts at the end of the year")));
        for (const QJsonValue& a : accounts)
            html += row(w(accountWords(a[QStringLiteral("account")].toString())),
                        w(QT_TRANSLATE_NOOP("VerificationPage", "%1 yuan"),
                          {yuan(a[QStringLiteral("closingCents")].toInteger())}));
        html += QStringLiteral("</table>");
    }
    const QJsonArray benefits = s[QStringLiteral("benefits")].toArray();
    if (!benefits.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table>")
                    .arg(w(QT_TRANSLATE_NOOP("VerificationPage", "Benefits received in the year")));
        for (const QJsonValue& b : benefits)
            html += row(insuranceName(w, b[QStringLiteral("insurance")].toString(), resident),
                        w(QT_TRANSLATE_NOOP("VerificationPage", "%1 months, %2 yuan"),
                          {QString::number(b[QStringLiteral("months")].toInt()),
                           yuan(b[QStringLiteral("amountCents")].toInteger())}));
        html += QStringLiteral("</table>");
    }
    const QJsonArray payments = s[QStringLiteral("payments")].toArray();
    if (!payments.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2><table>")
                .arg(w(onPaper(QT_TRANSLATE_NOOP("RecordDocument", "Contributions paid with the e-card"))));
        for (const QJsonValue& p : payments)
            html += row(insuranceName(w, p[QStringLiteral("insurance")].toString(), true),
                        w(QT_TRANSLATE_NOOP("VerificationPage", "%1 yuan for %2, paid on %3"),
                          {yuan(p[QStringLiteral("amountCents")].toInteger()),
                           QString::number(p[QStringLiteral("forYear")].toInt()),
                           p[QStringLiteral("paidOn")].toString()}));
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

QByteArray verificationPage(const QJsonObject& v, const QString& language)
{
    const Words w(language);
    const QJsonObject issuedBy = v[QStringLiteral("issuedBy")].toObject();
    const QString office = w.of(issuedBy[QStringLiteral("office")]);
    const bool resident = v[QStringLiteral("variant")].toString() == u"resident";
    QString body =
        QStringLiteral("<p class=\"verdict genuine\">&#10004; %1</p><p>%2</p><table>")
            .arg(w(QT_TRANSLATE_NOOP("VerificationPage", "Genuine: this record was issued by %1."), {office}),
                 w(QT_TRANSLATE_NOOP(
                     "VerificationPage",
                     "Compare the paper with what is below. The monthly figures are on the "
                     "paper only; names and numbers are partly hidden to protect the holder.")));
    body +=
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Document number")),
            v[QStringLiteral("verificationCode")].toString().toHtmlEscaped()) +
        row(w(onPaper(QT_TRANSLATE_NOOP("RecordDocument", "Issued by"))), office) +
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Issued at")), w.of(issuedBy[QStringLiteral("place")])) +
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Issued on (Beijing time)")),
            beijingTime(v[QStringLiteral("issuedAt")].toString())) +
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Holder")),
            v[QStringLiteral("holder")].toString().toHtmlEscaped()) +
        row(w(onPaper(QT_TRANSLATE_NOOP("RecordDocument", "Social security number"))),
            v[QStringLiteral("holderSsn")].toString().toHtmlEscaped()) +
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Province")),
            w.of(v[QStringLiteral("province")].toObject()[QStringLiteral("names")])) +
        row(w(QT_TRANSLATE_NOOP("VerificationPage", "Year")),
            QString::number(v[QStringLiteral("year")].toInt())) +
        row(w(onPaper(QT_TRANSLATE_NOOP("RecordDocument", "Insured as"))),
            w(variantWords(resident ? RecordVariant::Resident : RecordVariant::Employee))) +
        QStringLiteral("</table>") + summary(w, v);
    return page(w, body).toUtf8();
}

QByteArray unknownCodePage(const QString& code, const QString& language)
{
    const Words w(language);
    const QString body =
        QStringLiteral("<p class=\"verdict unknown\">&#10008; %1</p><p>%2</p>")
            .arg(w(QT_TRANSLATE_NOOP("VerificationPage",
                                     "Not confirmed: no record was issued under the code %1."),
                   {code.left(40)}),
                 w(QT_TRANSLATE_NOOP(
                     "VerificationPage",
                     "Check the code against the paper and type it again. If it still is not "
                     "found, do not accept the paper: ask the holder to print a new record, or "
                     "ask the social insurance office.")));
    return page(w, body).toUtf8();
}

QString pageLanguage(const QString& langQuery, const QString& acceptLanguage)
{
    if (langQuery == englishLanguage || langQuery == chineseLanguage)
        return langQuery;
    return acceptLanguage.trimmed().startsWith(QStringLiteral("en"), Qt::CaseInsensitive) ? englishLanguage
                                                                                          : chineseLanguage;
}

} // namespace ssc::platform
