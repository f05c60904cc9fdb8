#include "rightsrecorddocument.h"

#include "camera/qrimage.h"
#include "domain/provinces.h"
#include "payments/residentcontributions.h"
#include "platform/platformresult.h"
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

// The pension's grade as chosen from the year's table (第11档); a dash for the medical insurance's one
// amount.
QString gradeText(const HallPayment& p)
{
    return p.grade > 0 ? RecordDocument::tr("Grade %1").arg(p.grade) : QStringLiteral("—");
}

// A receipt's code in groups of four (DB39 C86E C3FC 330D): read and typed without losing the place, and a
// narrow column breaks it between groups, never inside one.
QString inFours(const QString& code)
{
    QString compact = code;
    compact.remove(u'-');
    QStringList groups;
    for (qsizetype i = 0; i < compact.size(); i += 4)
        groups.append(compact.mid(i, 4));
    return groups.join(u' ');
}

QString paymentsSection(const RightsRecord& r, int section)
{
    QString rows = QStringLiteral("<tr>") + headerCell(RecordDocument::tr("Insurance")) +
                   headerCell(RecordDocument::tr("For the year")) + headerCell(RecordDocument::tr("Grade")) +
                   headerCell(RecordDocument::tr("Amount (yuan)")) +
                   headerCell(RecordDocument::tr("Paid on")) +
                   headerCell(RecordDocument::tr("Receipt verification code")) + QStringLiteral("</tr>");
    for (const HallPayment& p : r.payments)
        rows += QStringLiteral("<tr>") + cell(RecordTexts::insurance(p.insurance, RecordVariant::Resident)) +
                cell(QString::number(p.forYear), "right") + cell(gradeText(p), "center") +
                cell(formatYuan(p.amountCents), "right") + cell(p.paidOn.toString(Qt::ISODate)) +
                cell(inFours(p.receipt)) + QStringLiteral("</tr>");
    return heading(RecordDocument::tr("%1. Contributions paid with the e-card").arg(section)) + table(rows);
}

// The province as the document's language names it; the platform's own name when the terminal has none.
QString provinceOf(const RightsRecord& r)
{
    const QString name = provinceName(r.provinceCode);
    return name.isEmpty() ? r.provinceName : name;
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
                .arg(provinceOf(r), names.join(RecordDocument::tr(", ")))));
}

QString office(const RightsRecord& r)
{
    return inCurrentLanguage(r.issuingOffice);
}

// The foot of the last page, in every language: the QR code beside the words that say what it is for, and
// the office that issued the record, where and when.
std::shared_ptr<QTextDocument> closingBlock(const RightsRecord& r)
{
    auto block = std::make_shared<QTextDocument>();
    useDocumentFont(*block, 8.5);
    // One bit per pixel, so the PDF keeps it lossless (a colour image would be stored as JPEG).
    block->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ssc:qr")),
                       renderQrCode(r.verifyUrl, 6).convertToFormat(QImage::Format_Mono));
    const QString issuedAt = r.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString placeName = inCurrentLanguage(r.issuedAtPlace);
    const QString place = placeName.isEmpty() ? QString()
                                              : QStringLiteral("<br>") +
                                                    esc(RecordDocument::tr("Printed at %1").arg(placeName));
    block->setHtml(
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                       "style=\"border-color:#7a8696; border-style:solid\"><tr>"
                       "<td width=\"124\"><img src=\"ssc:qr\" width=\"112\" height=\"112\"></td>"
                       "<td>%1<br><b>%2</b><br>%3<br><span style=\"font-size:7pt\">%4</span><br>%5</td>"
                       "<td width=\"34%\" align=\"center\">%6<br><b>%7</b>%8<br>%9</td></tr></table>")
            .arg(esc(RecordDocument::tr("Verification code")), esc(r.verificationCode),
                 esc(RecordDocument::tr("To check this record, scan the code with a phone, or open this "
                                        "address and compare what it shows with the paper:")),
                 esc(r.verifyUrl),
                 esc(RecordDocument::tr("Data as of %1").arg(r.cutoff.toString(Qt::ISODate))),
                 esc(RecordDocument::tr("Issued by")), esc(office(r)), place,
                 esc(RecordDocument::tr("on %1").arg(issuedAt))));
    return block;
}

} // namespace

PrintableDocument buildRightsRecordDocument(const RightsRecord& r)
{
    auto document = std::make_shared<QTextDocument>();
    useDocumentFont(*document, 9);
    int section = 2;
    QString html =
        QStringLiteral("<h2 align=\"center\">%1</h2><p align=\"center\">%2<br>%3</p>")
            .arg(esc(RecordDocument::tr("Social insurance personal rights record, %1").arg(r.year)),
                 esc(RecordDocument::tr("%1 · %2").arg(provinceOf(r), RecordTexts::variant(r.variant))),
                 esc(RecordDocument::tr("Document No. %1").arg(r.verificationCode)));
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
    if (r.showsPayments())
        html += paymentsSection(r, section++);
    html += closedInsurances(r);
    document->setHtml(html);
    PrintableDocument printable;
    printable.kind = QStringLiteral("rights-record");
    printable.title = RecordDocument::tr("Social insurance personal rights record");
    printable.text = document;
    printable.closing = closingBlock(r);
    printable.footer = RecordDocument::tr("%1 · Document No. %2").arg(office(r), r.verificationCode);
    printable.pageOf = RecordDocument::tr("Page %1 of %2");
    printable.largestPointSize = 11;
    return printable;
}

} // namespace ssc
