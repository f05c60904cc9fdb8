#include "receiptdocument.h"

#include <QDateTime>
#include <QTextDocument>

namespace ssc {

PrintableDocument buildReceiptDocument(const QString& title, const QStringList& blocks)
{
    auto document = std::make_shared<QTextDocument>();
    useDocumentFont(*document, 11);
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    for (const QString& block : blocks)
        html += QStringLiteral(
                    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                    "style=\"border-color:#7a8696; border-style:solid\"><tr><td>%1</td></tr></table><p></p>")
                    .arg(block.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    html +=
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(ReceiptDocument::tr("Printed %1")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .toHtmlEscaped(),
                 ReceiptDocument::tr("For your information. For a certified proof, please ask at a service "
                                     "counter.")
                     .toHtmlEscaped());
    document->setHtml(html);
    return {QStringLiteral("receipt"), title, document};
}

} // namespace ssc
