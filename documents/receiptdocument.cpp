#include "receiptdocument.h"

#include <QDateTime>
#include <QTextDocument>

namespace ssc {

PrintableDocument buildReceiptDocument(const QString& title, const QStringList& blocks,
                                       const QString& documentNumber)
{
    auto document = std::make_shared<QTextDocument>();
    useDocumentFont(*document, 11);
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    for (const QString& block : blocks)
        html += QStringLiteral(
                    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                    "style=\"border-color:#7a8696; border-style:solid\"><tr><td>%1</td></tr></table><p></p>")
                    .arg(block.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    document->setHtml(html);
    auto closing = std::make_shared<QTextDocument>();
    useDocumentFont(*closing, 11);
    closing->setHtml(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(ReceiptDocument::tr("Printed %1")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .toHtmlEscaped(),
                 ReceiptDocument::tr("For your information. For a certified proof, please ask at a service "
                                     "counter.")
                     .toHtmlEscaped()));
    PrintableDocument printable;
    printable.kind = QStringLiteral("receipt");
    printable.title = title;
    printable.text = document;
    printable.closing = closing;
    printable.footer =
        documentNumber.isEmpty() ? title : ReceiptDocument::tr("%1 · No. %2").arg(title, documentNumber);
    printable.pageOf = ReceiptDocument::tr("Page %1 of %2");
    return printable;
}

} // namespace ssc
