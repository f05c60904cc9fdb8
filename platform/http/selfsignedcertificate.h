#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace ssc::platform {

// The platform's TLS identity. Given files are used as they are; `--tls-dir DIR` makes a self-signed
// certificate there once (EC P-256, CN ssc-platform, SAN localhost and 127.0.0.1, ten years) and keeps it,
// so terminals can pin it: the pin, the certificate's SHA-256 in hex, is written beside it as platform.pin.
struct TlsIdentity {
    QSslConfiguration configuration;
    QByteArray pinSha256Hex;
};

std::optional<TlsIdentity> loadTlsIdentity(const QString& certificateFile, const QString& keyFile,
                                           QString* error);
std::optional<TlsIdentity> selfSignedTlsIdentity(const QString& directory, QString* error);

} // namespace ssc::platform
