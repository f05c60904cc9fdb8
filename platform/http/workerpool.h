#pragma once

#include "router.h"

#include <QObject>
#include <QThreadPool>

namespace ssc::platform {

// The bounded pool heavy work runs on (video and image decoding, recording analysis, face comparison,
// evidence checks), so the serving thread only routes, authenticates and answers. At most `threads` jobs run
// and `queue` more wait; past that run() refuses at once and the request gets 503 with Retry-After, so a
// burst of uploads never builds an unbounded queue. Workers never touch the database: each job's rest runs
// back on the serving thread (docs/architecture.md, "Threads").
class WorkerPool : public QObject {
    Q_OBJECT
public:
    WorkerPool(int threads, int queue, int nice = 10, QObject* parent = nullptr);
    ~WorkerPool() override;

    // Starts `deferred.work` on a worker; `done` gets the rest of the handler on the serving thread. False,
    // and nothing started, when the pool and its queue are full.
    bool run(Deferred deferred, std::function<void(std::function<ApiResult()>)> done);
    int inFlight() const { return m_inFlight; }

private:
    QThreadPool m_pool;
    int m_capacity;
    int m_nice;
    int m_inFlight = 0; // counted on the serving thread only
};

} // namespace ssc::platform
