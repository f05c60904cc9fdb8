#include "rightsrecorddocument.h"

#include "camera/qrimage.h"
#include "privacy/masking.h"
#include "recordtexts.h"

#include <QTextDocument>
#include <QUrl>

namespace ssc {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& text, const char* align = "left")
{
    return QStringLiteral("<td align=\"%1\">%2</td>").arg(QLatin1String(align), esc(text));
}

QString headerCell(const QString& text)
{
    return QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(esc(text));
}

QString table(const QString& rows)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-color:#7a8696; border-style:solid\">%1</table>")
        .arg(rows);
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"color:#0b4a8b\">%1</h3>").arg(esc(text));
}

QString basicInformation(const RightsRecord& r)
{
    const auto row = [](const QString& a, const QString& b, const QString& c, const QString& d) {
        return QStringLiteral("<tr>%1%2%3%4</tr>").arg(headerCell(a), cell(b), headerCell(c), cell(d));
    };
    // Masked on paper too: a record left in a kiosk tray must not give away a whole ID number. The
    // verification code lets whoever needs the full record fetch it from the platform.
    return heading(RecordDocument::tr("1. Basic information")) +
           table(row(RecordDocument::tr("Name"), mask(r.holderName, MaskKind::Name),
                     RecordDocument::tr("Social security number"), mask(r.holderSsn, MaskKind::IdNumber)) +
                 row(RecordDocument::tr("Sex"), RecordTexts::sex(r.holderSex),
                     RecordDocument::tr("Insured as"), RecordTexts::variant(r.variant)) +
                 row(RecordDocument::tr("Employer"), r.employer.isEmpty() ? QStringLiteral("–") : r.employer,
                     RecordDocument::tr("Insured since"), r.startedOn));
}

QString contributions(const RightsRecord& r)
{
    QString header = QStringLiteral("<tr>") + headerCell(RecordDocument::tr("Month")) +
                     headerCell(RecordDocument::tr("Base (yuan)"));
    for (const InsuranceContributions& c : r.contributions)
        header += headerCell(RecordTexts::insurance(c.insurance, r.variant));
    header += QStringLiteral("</tr>");
    QString rows;
    for (int m = 0; m < 12; ++m) {
        const ContributionMonth& first = r.contributions.first().months[size_t(m)];
        rows += QStringLiteral("<tr>") +
                cell(RecordDocument::tr("%1-%2").arg(r.year).arg(m + 1, 2, 10, QChar(u'0'))) +
                cell(first.baseCents ? formatYuan(first.baseCents) : QStringLiteral("–"), "right");
        for (const InsuranceContributions& c : r.contributions) {
            const ContributionMonth& month = c.months[size_t(m)];
            const QString amount =
                month.mark == MonthMark::NotDue ? QString() : formatYuan(month.personalCents) + u' ';
            rows += cell(amount + RecordTexts::markSymbol(month.mark), "right");
        }
        rows += QStringLiteral("</tr>");
    }
    const auto totals = [&r](const QString& label, auto sum) {
        QString row = QStringLiteral("<tr>") + headerCell(label) + cell(QString());
        for (const InsuranceContributions& c : r.contributions)
            row += cell(formatYuan(sum(c)), "right");
        return row + QStringLiteral("</tr>");
    };
    const bool resident = r.variant == RecordVariant::Resident;
    return heading(RecordDocument::tr("2. Contributions (personal share per month)")) +
           table(header + rows +
                 totals(RecordDocument::tr("Personal total"),
                        [](const InsuranceContributions& c) { return c.personalTotal(); }) +
                 totals(resident ? RecordDocument::tr("Government subsidy")
                                 : RecordDocument::tr("Employer total"),
                        [](const InsuranceContributions& c) { return c.employerTotal(); })) +
           QStringLiteral("<p>%1</p>").arg(esc(RecordTexts::legend()));
}

QString accounts(const RightsRecord& r, int section)
{
    QString rows =
        QStringLiteral("<tr>") + headerCell(RecordDocument::tr("Account")) +
        headerCell(RecordDocument::tr("Balance at the end of last year")) +
        headerCell(RecordDocument::tr("Credited this year")) + headerCell(RecordDocument::tr("Interest")) +
        headerCell(RecordDocument::tr("Paid out")) + headerCell(RecordDocument::tr("Months in total")) +
        headerCell(RecordDocument::tr("Balance at the end of this year")) + QStringLiteral("</tr>");
    for (const PersonalAccount& a : r.shownAccounts())
        rows += QStringLiteral("<tr>") + cell(RecordTexts::account(a.account)) +
                cell(formatYuan(a.openingCents), "right") + cell(formatYuan(a.creditedCents), "right") +
                cell(formatYuan(a.interestCents), "right") + cell(formatYuan(a.withdrawnCents), "right") +
                cell(QString::number(a.months), "right") + cell(formatYuan(a.closingCents()), "right") +
                QStringLiteral("</tr>");
    return heading(RecordDocument::tr("%1. Personal accounts (yuan)").arg(section)) + table(rows);
}

QString benefits(const RightsRecord& r, int section)
{
    QString rows = QStringLiteral("<tr>") + headerCell(RecordDocument::tr("Insurance")) +
                   headerCell(RecordDocument::tr("Benefit")) + headerCell(RecordDocument::tr("Months")) +
                   headerCell(RecordDocument::tr("Amount (yuan)")) + QStringLiteral("</tr>");
    for (const BenefitReceived& b : r.benefits)
        rows += QStringLiteral("<tr>") + cell(RecordTexts::insurance(b.insurance, r.variant)) + cell(b.kind) +
                cell(QString::number(b.months), "right") + cell(formatYuan(b.amountCents), "right") +
                QStringLiteral("</tr>");
    return heading(RecordDocument::tr("%1. Benefits received").arg(section)) + table(rows);
}

QString closedInsurances(const RightsRecord& r)
{
    if (r.closedInsurances.isEmpty())
        return {};
    QStringList names;
    for (const QString& key : r.closedInsurances)
        names << RecordTexts::insurance(key, r.variant);
    return QStringLiteral("<p>%1</p>")
        .arg(esc(
            RecordDocument::tr("%1 has not opened these insurances for national query; ask the local office "
                               "for them: %2.")
                .arg(r.provinceName, names.join(RecordDocument::tr(", ")))));
}

QString verification(const RightsRecord& r)
{
    return QStringLiteral(
               "<table width=\"100%\" cellpadding=\"4\"><tr><td width=\"110\"><img src=\"ssc:qr\" "
               "width=\"100\" height=\"100\"></td><td>%1<br><b>%2</b><br>%3<br>%4</td></tr></table>")
        .arg(esc(RecordDocument::tr("Verification code")), esc(r.verificationCode),
             esc(RecordDocument::tr(
                 "Scan the code, or enter the verification code at si.12333.gov.cn, to check "
                 "this record.")),
             esc(RecordDocument::tr("Data as of %1 · printed %2")
                     .arg(r.cutoff.toString(Qt::ISODate),
                          r.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
}

} // namespace

PrintableDocument buildRightsRecordDocument(const RightsRecord& r)
{
    auto document = std::make_shared<QTextDocument>();
    useDocumentFont(*document, 9);
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ssc:qr")),
                          renderQrCode(r.verifyUrl, 6));
    int section = 2;
    QString html =
        QStringLiteral("<h2 align=\"center\">%1</h2><p align=\"center\">%2</p>")
            .arg(esc(RecordDocument::tr("Social insurance personal rights record, %1").arg(r.year)),
                 esc(RecordDocument::tr("%1 · %2").arg(r.provinceName, RecordTexts::variant(r.variant))));
    // Sections are numbered as shown: with contributions hidden (retirees), accounts become section 2.
    html += basicInformation(r);
    if (r.showsContributions()) {
        html += contributions(r);
        ++section;
    }
    if (!r.shownAccounts().isEmpty())
        html += accounts(r, section++);
    if (r.showsBenefits())
        html += benefits(r, section++);
    html += closedInsurances(r) + verification(r);
    document->setHtml(html);
    return {QStringLiteral("rights-record"), RecordDocument::tr("Social insurance personal rights record"),
            document};
}

} // namespace ssc
