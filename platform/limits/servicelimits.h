#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace ssc::platform {

// Every limit the platform keeps on what reaches it, in one place: docs/security.md ("Limits") lists each
// with its reason, docs/operations.md the options that change them.
struct ServiceLimits {
    // Bodies. A route declares its own allowance when registered (Router::add); unknown paths and routes that
    // declare none get the standard one. Above the unauthenticated allowance nothing of a body is read before
    // the terminal's credentials in the headers check out.
    static constexpr qint64 standardBodyBytes = 64 * 1024;
    static constexpr qint64 unauthenticatedBodyBytes = 64 * 1024;
    static constexpr qint64 maxHeaderBytes = 16 * 1024;

    // Timeouts, in milliseconds: the whole header block from the request's first byte; the whole body from
    // the end of the headers; a keep-alive connection with no request under way.
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 60'000;
    int idleTimeoutMs = 30'000;
    // Shutting down (SIGTERM): how long the heavy work in flight may take to be answered before the process
    // leaves anyway (docs/operations.md, "Several instances").
    int drainTimeoutMs = 30'000;

    // Open connections: in all, and from one peer address.
    int maxConnections = 512;
    int maxConnectionsPerPeer = 128;

    // Requests: per terminal and per account (citizen or staff member), a token bucket refilled at `rate` a
    // second holding at most `burst`.
    double terminalRate = 30;
    int terminalBurst = 300;
    double accountRate = 10;
    int accountBurst = 120;

    // Heavy work (recording analysis, video and image decoding, evidence checks): worker threads, and how
    // many more may wait for one before requests get 503.
    int workerThreads = 2;
    int workerQueue = 16;
    // The workers' nice value: heavy work yields the processor to routing and answering. 0 where the
    // analyses' own speed matters more than the serving thread's (the tests, on a machine they share).
    int workerNice = 10;
    // Calls to other services (the acquirer: create, pay, query, refund) wait on the network, not a core:
    // threads of their own at nice 0, so a payment never waits for an analysis, and how many may wait.
    int networkThreads = 8;
    int networkQueue = 64;

    static int defaultWorkerThreads();
    // "A,B" of the command line into two numbers; nullopt when not that shape, A not positive or B negative.
    static std::optional<std::pair<double, double>> parsePair(const QString& text);
};

} // namespace ssc::platform
