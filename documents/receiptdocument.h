#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace ssc {

class ReceiptDocument {
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
};

// A query result or a filed application on paper: the service's title, one framed block per result (plain
// text, already masked as on screen), and at the foot of the last page the print time and a note that it is
// for the citizen's information; every page's footer carries the document number (a filed application's
// receipt number, when there is one) and "page x of y".
PrintableDocument buildReceiptDocument(const QString& title, const QStringList& blocks,
                                       const QString& documentNumber = {});

} // namespace ssc
