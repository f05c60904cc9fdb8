#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace ssc {

class ReceiptDocument {
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
};

// A query result on paper: the service's title, one framed block per result (plain text, already masked as
// on screen), the print time, and a note that it is for the citizen's information.
PrintableDocument buildReceiptDocument(const QString& title, const QStringList& blocks);

} // namespace ssc
