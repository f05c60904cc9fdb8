#pragma once

#include "printabledocument.h"
#include "records/rightsrecord.h"

#include <QCoreApplication>

namespace ssc {

class RecordDocument {
    Q_DECLARE_TR_FUNCTIONS(RecordDocument)
};

// The printed 社会保险个人权益记录单 (rules.md §10) in the terminal's language: basic information (masked),
// contributions with the monthly marks (not for retirees), personal accounts (employees: pension and medical;
// residents: pension), benefits (only when some were received), the insurances the province has not opened,
// and the verification code with its QR.
PrintableDocument buildRightsRecordDocument(const RightsRecord& record);

} // namespace ssc
