#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace ssc::platform {

// The head of one HTTP/1.1 request as the connection guard reads it from the raw bytes, before Qt HttpServer
// sees any of them: the request line and the header fields, values as sent. Outside bytes: fuzzed
// (tests/fuzz/fuzz_request_head.cpp).
struct RequestHead {
    QByteArray method;                           // "POST"
    QByteArray path;                             // "/api/v1/ecard/resolve", without the query
    QList<QPair<QByteArray, QByteArray>> fields; // lower-case names, trimmed values

    // The header block without its closing blank line; nullopt when the request line is not
    // "METHOD TARGET HTTP/1.x" or a field line has no colon.
    static std::optional<RequestHead> parse(const QByteArray& block);

    QByteArray value(const QByteArray& lowerName) const; // the first field of that name; empty when none
    int count(const QByteArray& lowerName) const;

    // The declared body length: 0 without Content-Length; nullopt when it is not one non-negative number
    // (several Content-Length fields, a sign, junk), which the guard refuses rather than guess.
    std::optional<qint64> contentLength() const;
    bool chunked() const { return count("transfer-encoding") > 0; }
};

} // namespace ssc::platform
