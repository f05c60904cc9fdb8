#include "elicencedocument.h"

#include "camera/qrimage.h"

#include <QTextDocument>
#include <QUrl>

namespace ssc {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

PrintableDocument buildELicenceDocument(const QList<std::pair<QString, QString>>& fields,
                                        const QString& verificationCode, const QString& qrText,
                                        const QDateTime& freshUntil)
{
    const QString title = ELicenceDocument::tr("Social security card e-licence");
    auto document = std::make_shared<QTextDocument>();
    useDocumentFont(*document, 12);
    QString rows;
    for (const auto& [name, value] : fields)
        rows +=
            QStringLiteral("<tr><td width=\"35%\">%1</td><td><b>%2</b></td></tr>").arg(esc(name), esc(value));
    document->setHtml(QStringLiteral("<h2 align=\"center\">%1</h2><table width=\"100%\" border=\"1\" "
                                     "cellspacing=\"0\" cellpadding=\"8\" style=\"border-color:#7a8696; "
                                     "border-style:solid\">%2</table>")
                          .arg(esc(title), rows));
    auto closing = std::make_shared<QTextDocument>();
    useDocumentFont(*closing, 9);
    // One bit per pixel, so the PDF keeps it lossless (a colour image would be stored as JPEG).
    closing->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ssc:qr")),
                         renderQrCode(qrText, 4).convertToFormat(QImage::Format_Mono));
    closing->setHtml(QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                    "style=\"border-color:#7a8696; border-style:solid\"><tr>"
                                    "<td width=\"150\"><img src=\"ssc:qr\" width=\"140\" height=\"140\"></td>"
                                    "<td>%1<br><b>%2</b><br>%3<br>%4</td></tr></table>")
                         .arg(esc(ELicenceDocument::tr("Verification code")), esc(verificationCode),
                              esc(ELicenceDocument::tr(
                                      "A service counter checks this code with its scanner until %1. After "
                                      "that the paper is for reading only: open the licence again for a "
                                      "fresh code.")
                                      .arg(freshUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
                              esc(ELicenceDocument::tr("Names and numbers are printed masked."))));
    PrintableDocument printable;
    printable.kind = QStringLiteral("e-licence");
    printable.title = title;
    printable.text = document;
    printable.closing = closing;
    printable.footer = ELicenceDocument::tr("%1 · Verification code %2").arg(title, verificationCode);
    printable.pageOf = ELicenceDocument::tr("Page %1 of %2");
    return printable;
}

} // namespace ssc
