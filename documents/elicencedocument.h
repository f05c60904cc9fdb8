#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace ssc {

class ELicenceDocument {
    Q_DECLARE_TR_FUNCTIONS(ELicenceDocument)
};

// The social security card e-licence on paper (docs/card-services.md, "The e-licence"): the fields as the
// kiosk shows them (masked; named in the terminal's language by the caller), the verification code, and the
// signed QR with the time until which a counter accepts it. The paper is for reading (视读); the QR on it is
// as fresh as the screen's.
PrintableDocument buildELicenceDocument(const QList<std::pair<QString, QString>>& fields,
                                        const QString& verificationCode, const QString& qrText,
                                        const QDateTime& freshUntil);

} // namespace ssc
